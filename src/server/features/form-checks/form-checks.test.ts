import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJoinedClient, createTrainer } from '../../../../tests/factories/clients';
import { builtInExerciseIds, STAPLES } from '../../../../tests/factories/programs';
import type { Agent } from '../../../../tests/setup/agent';
import { createTestApp, type TestApp } from '../../../../tests/setup/test-app';
import { startOpenAiStandIn, textOf } from '../../../../tests/stand-ins/openai';
import type { FormCheck, FormCheckDetail } from '../../../shared/form-checks';
import { AppError } from '../../lib/errors';
import { runDueJobs } from '../jobs/jobs.runner';
import { jobRegistry } from '../jobs/registry';
import { processVideo } from '../uploads/upload-pipeline';

/**
 * Form checks: a client sends a short video of a logged set (checked by content), the trainer
 * comments at moments (messages about the video; the client is told), and with AI on a first look
 * from the stills the browser took goes to the trainer as a draft the client never sees.
 */
const fixture = (name: string) => readFileSync(new URL(`../../../../tests/fixtures/${name}`, import.meta.url));
const video = (name: string, as = name) => new File([fixture(name)], as);
const still = async (hue: string) =>
  new File(
    [
      new Uint8Array(
        await sharp({ create: { width: 64, height: 48, channels: 3, background: hue } })
          .jpeg()
          .toBuffer(),
      ),
    ],
    'still.jpg',
  );

const FIRST_LOOK = {
  summary: 'Depth looks good; the knees drift in at the bottom.',
  observations: [{ atMs: 1500, text: 'Knees move inside the toes at the bottom.' }],
  cues: ['Push the knees out'],
  caveat: 'Three stills cannot show speed or bar path.',
};

async function logSet(agent: Agent, exerciseId: string) {
  const sessionId = randomUUID();
  const setId = randomUUID();
  expect((await agent.put(`/api/me/sessions/${sessionId}`, { name: 'Lower', startedAt: '2026-03-31T08:00:00Z' })).status).toBe(201);
  const set = { exerciseId, position: 0, setNumber: 3, weight: 100, reps: 5, loggedAt: '2026-03-31T08:10:00Z' };
  expect((await agent.put(`/api/me/sessions/${sessionId}/sets/${setId}`, set)).status).toBe(200);
  return setId;
}

describe('form checks with AI on', () => {
  let openai: Awaited<ReturnType<typeof startOpenAiStandIn>>;
  let t: TestApp;
  let trainer: Agent;
  let ana: Agent;
  let ben: Agent;
  let anaSet = '';
  let benSet = '';
  let sent: FormCheck;
  let kicks = 0;

  beforeAll(async () => {
    openai = await startOpenAiStandIn();
    t = await createTestApp({ env: { OPENAI_BASE_URL: openai.url, OPENAI_API_KEY: openai.apiKey }, kickJobs: () => (kicks += 1) });
    t.clock.set(new Date('2026-03-31T09:00:00Z'));
    trainer = (await createTrainer(t.app, { name: 'Sam Rivera' })).agent;
    const a = await createJoinedClient(t.app, trainer, { client: { name: 'Ana Ruiz' } });
    const b = await createJoinedClient(t.app, trainer, { client: { name: 'Ben Okafor' } });
    [ana, ben] = [a.agent, b.agent];
    const [squat] = await builtInExerciseIds(t.db, STAPLES.slice(0, 1));
    anaSet = await logSet(ana, squat!);
    benSet = await logSet(ben, squat!);
  });
  afterAll(async () => {
    await t.close();
    await openai.close();
  });

  it('a client sends a video of a logged set with stills; the coach is told', async () => {
    const res = await ana.upload<FormCheck>('/api/form-checks', {
      video: video('squat-3s.mp4', 'IMG_0042.MP4'),
      frames: [await still('#ff0000'), await still('#00ff00'), await still('#0000ff')],
      frameTimesMs: '0,1500,2900',
      setLogId: anaSet,
      note: 'Knees feel wobbly at the bottom',
    });
    expect(res.status).toBe(201);
    sent = res.body;
    expect(kicks).toBe(1); // the first look is queued and the runner told to go now
    expect(sent).toMatchObject({
      status: 'waiting',
      durationMs: 3000,
      videoType: 'video/mp4',
      note: 'Knees feel wobbly at the bottom',
      ai: null,
    });
    expect(sent.label).toMatch(/Squat · set 3 · 100 kg × 5$/);
    expect(sent.frames.map((frame) => frame.atMs)).toEqual([0, 1500, 2900]);
    expect(sent.posterUrl).toBe(sent.frames[0]!.url);
    const notifications = (await trainer.get('/api/notifications')).body.items as { type: string; link: string }[];
    expect(notifications.find((n) => n.type === 'form_check')).toMatchObject({ link: `/form-checks/${sent.id}` });
    const waiting = (await trainer.get('/api/form-checks?status=waiting')).body.items as FormCheck[];
    expect(waiting.map((item) => item.id)).toEqual([sent.id]);
    const attention = (await trainer.get('/api/attention')).body.items as { rule: string; priority: string; action: { link: string } }[];
    expect(attention.find((item) => item.rule === 'form_check_waiting')).toMatchObject({
      priority: 'normal',
      action: { link: `/form-checks/${sent.id}` },
    });
  });

  it('checks the file by its content, its length and whose set it is', async () => {
    const send = (fields: Record<string, string | Blob | Blob[]>) => ana.upload('/api/form-checks', { setLogId: anaSet, ...fields });
    const named = await send({ video: new File(['not a video at all'], 'squat.mp4') });
    expect(named.status).toBe(400);
    expect(named.body.error.details.fields[0].path).toBe('video');
    const photo = await send({ video: await still('#123456') });
    expect(photo.body.error.details.fields[0]).toMatchObject({ path: 'video', message: expect.stringMatching(/image\/jpeg/) });
    const long = await send({ video: video('long-75s.mp4') });
    expect(long.status).toBe(400);
    expect(long.body.error.message).toMatch(/75 s long: trim it to 60 s/);
    const webm = await send({ video: video('squat-3s.webm') });
    expect(webm.status).toBe(201);
    expect(webm.body).toMatchObject({ videoType: 'video/webm', durationMs: 3000 });
    const notMine = await send({ video: video('squat-3s.mov'), setLogId: benSet });
    expect(notMine.status).toBe(400);
    expect(notMine.body.error.details.fields[0].path).toBe('setLogId');
    const badTimes = await send({ video: video('squat-3s.mov'), frames: [await still('#000000')], frameTimesMs: '0,1' });
    expect(badTimes.body.error.details.fields[0].path).toBe('frameTimesMs');
    const bigStill = await send({
      video: video('squat-3s.mov'),
      frames: [new File([new Uint8Array(1024 * 1024 + 1)], 'big.jpg')],
      frameTimesMs: '0',
    });
    expect(bigStill.body.error.details.fields[0].path).toBe('frames');
    expect((await trainer.upload('/api/form-checks', { video: video('squat-3s.mp4'), setLogId: anaSet })).status).toBe(403);
    await ana.delete(`/api/form-checks/${(webm.body as FormCheck).id}`);
  });

  it('refuses a video over the size limit as 413 naming the field', async () => {
    const error = await processVideo(new Uint8Array(fixture('squat-3s.mp4')), 'a.mp4', { maxBytes: 1000, maxMs: 60_000 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(413);
    expect((error as AppError).details).toMatchObject({ fields: [{ path: 'video' }] });
  });

  it('streams the video in ranges to its client and the trainer only', async () => {
    const part = await ana.download(sent.videoUrl, { range: 'bytes=0-99' });
    expect(part.status).toBe(206);
    expect(part.bytes.byteLength).toBe(100);
    expect(part.headers.get('content-range')).toBe(`bytes 0-99/${fixture('squat-3s.mp4').byteLength}`);
    expect((await trainer.download(sent.videoUrl)).bytes.byteLength).toBe(fixture('squat-3s.mp4').byteLength);
    expect((await ben.download(sent.videoUrl)).status).toBe(404);
    expect((await ben.download(sent.frames[0]!.url)).status).toBe(404);
    expect((await ben.get(`/api/form-checks/${sent.id}`)).status).toBe(404);
    expect((await ben.get('/api/form-checks')).body.items).toEqual([]);
  });

  it('the AI first look sees only the stills and goes to the trainer, never the client', async () => {
    openai.reset();
    openai.respond(() => ({ content: JSON.stringify(FIRST_LOOK) }));
    await runDueJobs(t.jobDeps, jobRegistry, 5_000);
    const request = openai.received.at(-1)!;
    const parts = request.messages[1]!.content as { type: string; image_url?: { url: string } }[];
    expect(parts.filter((part) => part.type === 'image_url')).toHaveLength(3);
    expect(parts.every((part) => part.type !== 'image_url' || part.image_url!.url.startsWith('data:image/jpeg;base64,'))).toBe(true);
    expect(textOf(request.messages[1]!.content)).toContain('Knees feel wobbly');
    // The video's own bytes never leave: no part is a video.
    expect(JSON.stringify(request)).not.toContain('video/mp4');
    const forTrainer = (await trainer.get<FormCheckDetail>(`/api/form-checks/${sent.id}`)).body;
    expect(forTrainer.ai).toMatchObject({ status: 'ready', summary: FIRST_LOOK.summary, cues: FIRST_LOOK.cues });
    expect((await ana.get<FormCheckDetail>(`/api/form-checks/${sent.id}`)).body.ai).toBeNull();
    const usage = (await trainer.get('/api/ai/usage')).body.rows as { feature: string }[];
    expect(usage.map((row) => row.feature)).toContain('form_check');
  });

  it('a failed first look says so and the trainer can ask again', async () => {
    openai.failNext(2, 'model overloaded');
    const failed = (await trainer.post<FormCheckDetail>(`/api/form-checks/${sent.id}/first-look`)).body;
    expect(failed.ai).toMatchObject({ status: 'failed', error: expect.stringMatching(/did not answer/) });
    openai.respond(() => ({ content: JSON.stringify(FIRST_LOOK) }));
    expect((await trainer.post<FormCheckDetail>(`/api/form-checks/${sent.id}/first-look`)).body.ai!.status).toBe('ready');
    expect((await ana.post(`/api/form-checks/${sent.id}/first-look`)).status).toBe(403);
  });

  it('the trainer comments at a moment; the client is told and sees it in the video and the conversation', async () => {
    const comment = await trainer.post(`/api/form-checks/${sent.id}/comments`, { body: 'Here — push the knees out.', atMs: 1500 });
    expect(comment.status).toBe(201);
    expect(comment.body.subject).toEqual({ type: 'form_check', id: sent.id, atMs: 1500 });
    expect(comment.body.subjectLabel).toMatch(/^Form check — .*Squat/);
    const late = await trainer.post(`/api/form-checks/${sent.id}/comments`, { body: 'x', atMs: 9000 });
    expect(late.status).toBe(400);
    expect(late.body.error.details.fields[0].path).toBe('atMs');
    const notifications = (await ana.get('/api/notifications')).body.items as { type: string; link: string; title: string }[];
    expect(notifications.find((n) => n.type === 'form_check_comment')).toMatchObject({
      link: `/form-checks/${sent.id}`,
      title: expect.stringMatching(/^Sam Rivera commented on your video/),
    });
    const detail = (await ana.get<FormCheckDetail>(`/api/form-checks/${sent.id}`)).body;
    expect(detail.comments.map((c) => [c.body, c.subject?.atMs])).toEqual([['Here — push the knees out.', 1500]]);
    expect(detail.commentCount).toBe(1);
    const reply = await ana.post(`/api/form-checks/${sent.id}/comments`, { body: 'Thanks! Better?', atMs: null });
    expect(reply.status).toBe(201);
    expect((await ben.post(`/api/form-checks/${sent.id}/comments`, { body: 'hi' })).status).toBe(404);
  });

  it('marking it reviewed tells the client once and empties the waiting list', async () => {
    expect((await ana.put(`/api/form-checks/${sent.id}/reviewed`, { reviewed: true })).status).toBe(403);
    const done = await trainer.put<FormCheckDetail>(`/api/form-checks/${sent.id}/reviewed`, { reviewed: true });
    expect(done.body).toMatchObject({ status: 'reviewed', reviewedAt: expect.stringMatching(/^2026-03-31T09:/) });
    await trainer.put(`/api/form-checks/${sent.id}/reviewed`, { reviewed: true });
    const told = ((await ana.get('/api/notifications')).body.items as { title: string }[]).filter((n) =>
      /reviewed your video/.test(n.title),
    );
    expect(told).toHaveLength(1);
    expect((await trainer.get('/api/form-checks?status=waiting')).body.items).toEqual([]);
    const attention = (await trainer.get('/api/attention')).body.items as { rule: string }[];
    expect(attention.map((item) => item.rule)).not.toContain('form_check_waiting');
  });

  it('the client deletes a video: its bytes and stills go, the comments stay in the conversation', async () => {
    expect((await ben.delete(`/api/form-checks/${sent.id}`)).status).toBe(404);
    expect((await ana.delete(`/api/form-checks/${sent.id}`)).status).toBe(204);
    expect((await ana.download(sent.videoUrl)).status).toBe(404);
    expect((await trainer.download(sent.frames[1]!.url)).status).toBe(404);
    expect((await ana.get(`/api/form-checks/${sent.id}`)).status).toBe(404);
    const messages = (await trainer.get(`/api/clients/${sent.clientId}/messages`)).body;
    expect(JSON.stringify(messages)).toContain('push the knees out');
  });
});

describe('form checks with AI off', () => {
  let t: TestApp;
  afterAll(() => t.close());
  it('still works: no first look is queued', async () => {
    t = await createTestApp();
    const trainer = (await createTrainer(t.app)).agent;
    const ana = (await createJoinedClient(t.app, trainer, { client: { name: 'Ana Ruiz' } })).agent;
    const [squat] = await builtInExerciseIds(t.db, STAPLES.slice(0, 1));
    const setLogId = await logSet(ana, squat!);
    const res = await ana.upload<FormCheck>('/api/form-checks', {
      video: video('squat-3s.mov'),
      frames: await still('#ff0000'),
      frameTimesMs: '0',
      setLogId,
    });
    expect(res.status).toBe(201);
    expect((await trainer.get<FormCheckDetail>(`/api/form-checks/${res.body.id}`)).body.ai).toMatchObject({ status: 'off' });
  });
});
