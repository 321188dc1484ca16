import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOnboarding, createJoinedClient, createTrainer } from '../../../../tests/factories/clients';
import { builtInExerciseIds, STAPLES } from '../../../../tests/factories/programs';
import type { Agent } from '../../../../tests/setup/agent';
import { createTestApp, type TestApp } from '../../../../tests/setup/test-app';

let t: TestApp;
let trainer: Agent;
let squat: string;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-03-31T10:00:00Z'));
  trainer = (await createTrainer(t.app)).agent;
  squat = (await builtInExerciseIds(t.db, STAPLES.slice(0, 1)))[0]!;
});
afterAll(() => t.close());

const weigh = (agent: Agent, clientId: string, date: string, value: number, unit = 'kg') =>
  agent.post(`/api/clients/${clientId}/measurements`, { date, entries: [{ metric: 'weight', value, unit }] });

/** A finished workout of `sets` squat sets at `kg` × `reps`, on the given day. */
async function workout(agent: Agent, day: string, kg: number, reps = 5, sets = 1) {
  const id = randomUUID();
  await agent.put(`/api/me/sessions/${id}`, { name: 'Squats', startedAt: `${day}T09:00:00Z` });
  const setIds: string[] = [];
  for (let n = 1; n <= sets; n++) {
    const setId = randomUUID();
    setIds.push(setId);
    const res = await agent.put(`/api/me/sessions/${id}/sets/${setId}`, {
      exerciseId: squat,
      position: 0,
      setNumber: n,
      weight: kg,
      unit: 'kg',
      reps,
      loggedAt: `${day}T09:0${n}:00Z`,
    });
    expect(res.status).toBe(200);
  }
  expect((await agent.post(`/api/me/sessions/${id}/finish`, { finishedAt: `${day}T09:45:00Z` })).status).toBe(200);
  return { id, setIds };
}

const badgeList = async (agent: Agent, clientId: string) => {
  const res = await agent.get(`/api/clients/${clientId}/achievements`);
  expect(res.status).toBe(200);
  return res.body as {
    badges: Array<{ badge: string; earned: boolean; earnedAt: string | null }>;
    streak: { current: number; best: number };
    workouts: number;
  };
};
const earned = (body: Awaited<ReturnType<typeof badgeList>>) => body.badges.filter((b) => b.earned).map((b) => b.badge);

describe('goals', () => {
  it('runs a weight goal from the latest weigh-in to the target, typed in lb, and marks it achieved once', async () => {
    const { client, agent } = await createJoinedClient(t.app, trainer);
    await weigh(agent, client.id, '2026-03-01', 90);
    const created = await agent.post(`/api/clients/${client.id}/goals`, {
      kind: 'weight',
      target: 176.37,
      unit: 'lb',
      deadline: '2026-06-30',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ kind: 'weight', unit: 'lb', baseUnit: 'kg', startValue: 90, status: 'active', progress: 0 });
    expect(created.body.targetValue).toBeCloseTo(80, 1);

    await weigh(agent, client.id, '2026-03-15', 85);
    const halfway = (await trainer.get(`/api/clients/${client.id}/goals`)).body.items[0];
    expect(halfway.progress).toBeCloseTo(0.5, 1);
    expect(halfway).toMatchObject({ current: 85, currentDate: '2026-03-15', status: 'active' });

    await weigh(agent, client.id, '2026-03-30', 79.9);
    const done = (await agent.get(`/api/clients/${client.id}/goals`)).body.items[0];
    expect(done).toMatchObject({ status: 'achieved', progress: 1, achievedValue: 79.9 });
    // Weight back up afterwards: still achieved, celebrated exactly once (client and trainer).
    await weigh(agent, client.id, '2026-03-31', 81);
    expect((await agent.get(`/api/clients/${client.id}/goals`)).body.items[0].status).toBe('achieved');
    const mine = (await agent.get('/api/notifications')).body.items.filter((n: { title: string }) => n.title.startsWith('Goal reached'));
    expect(mine).toHaveLength(1);
    const coach = (await trainer.get('/api/notifications')).body.items.filter(
      (n: { title: string; clientId: string }) => n.clientId === client.id && n.title.includes('reached a goal'),
    );
    expect(coach).toHaveLength(1);
    expect(earned(await badgeList(agent, client.id))).toContain('goal_achieved');
  });

  it('follows a lift by its best estimated 1RM', async () => {
    const { client, agent } = await createJoinedClient(t.app, trainer);
    await workout(agent, '2026-03-02', 100, 5); // e1RM 116.67
    const goal = await trainer.post(`/api/clients/${client.id}/goals`, { kind: 'lift', exerciseId: squat, target: 140, unit: 'kg' });
    expect(goal.status).toBe(201);
    expect(goal.body.startValue).toBeCloseTo(116.667, 2);
    await workout(agent, '2026-03-09', 120, 3); // 132
    const now = (await agent.get(`/api/clients/${client.id}/goals`)).body.items[0];
    expect(now.current).toBeCloseTo(132, 2);
    expect(now.progress).toBeCloseTo((132 - 116.667) / (140 - 116.667), 2);
    await workout(agent, '2026-03-16', 140, 1);
    expect((await agent.get(`/api/clients/${client.id}/goals`)).body.items[0].status).toBe('achieved');
  });

  it('names the bad field: no start value yet, a target where you are, a past deadline, a unit that does not fit', async () => {
    const { client, agent } = await createJoinedClient(t.app, trainer);
    const path = `/api/clients/${client.id}/goals`;
    const noStart = await agent.post(path, { kind: 'body_fat', target: 15, unit: '%' });
    expect(noStart.status).toBe(400);
    expect(noStart.body.error.details.fields[0].path).toBe('start');
    expect((await agent.post(path, { kind: 'body_fat', target: 15, unit: '%', start: 22 })).status).toBe(201);
    await weigh(agent, client.id, '2026-03-20', 80);
    const same = await agent.post(path, { kind: 'weight', target: 80, unit: 'kg' });
    expect(same.body.error.details.fields[0].path).toBe('target');
    const past = await agent.post(path, { kind: 'weight', target: 75, unit: 'kg', deadline: '2026-01-01' });
    expect(past.body.error.details.fields[0].path).toBe('deadline');
    const wrongUnit = await agent.post(path, { kind: 'weight', target: 75, unit: 'cm' });
    expect(wrongUnit.body.error.details.fields[0].path).toBe('unit');
    const silly = await agent.post(path, { kind: 'weight', target: 7500, unit: 'kg' });
    expect(silly.body.error.details.fields[0].path).toBe('target');
    const noLift = await agent.post(path, { kind: 'lift', target: 100, unit: 'kg' });
    expect(noLift.body.error.details.fields[0].path).toBe('exerciseId');
    const kind = await agent.post(path, { kind: 'vibes', target: 1, unit: 'kg' });
    expect(kind.status).toBe(400);
    expect(kind.body.error.details.fields[0].path).toBe('kind');
  });

  it('lets a moved target be reached again, archives and deletes', async () => {
    const { client, agent } = await createJoinedClient(t.app, trainer);
    await weigh(agent, client.id, '2026-03-01', 90);
    const goal = (await agent.post(`/api/clients/${client.id}/goals`, { kind: 'weight', target: 85, unit: 'kg' })).body;
    await weigh(agent, client.id, '2026-03-10', 84);
    expect((await agent.get(`/api/clients/${client.id}/goals`)).body.items[0].status).toBe('achieved');
    const moved = await trainer.put(`/api/goals/${goal.id}`, { title: 'Next step', target: 80, unit: 'kg', deadline: null });
    expect(moved.body).toMatchObject({ status: 'active', title: 'Next step' });
    const archived = await agent.put(`/api/goals/${goal.id}`, {
      title: 'Next step',
      target: 80,
      unit: 'kg',
      deadline: null,
      archived: true,
    });
    expect(archived.body.status).toBe('archived');
    expect((await agent.delete(`/api/goals/${goal.id}`)).status).toBe(200);
    expect((await agent.get(`/api/clients/${client.id}/goals`)).body.items).toEqual([]);
  });
});

describe('badges and the weekly streak', () => {
  it('awards badges from the data once, and recomputes them when the data behind one is deleted', async () => {
    const { client, agent } = await createJoinedClient(t.app, trainer);
    expect(earned(await badgeList(agent, client.id))).toEqual([]);

    await workout(agent, '2026-03-10', 100, 5);
    let body = await badgeList(agent, client.id);
    expect(earned(body)).toEqual(['first_workout']);
    expect(body.badges.find((b) => b.badge === 'first_workout')!.earnedAt).toBe('2026-03-10T09:45:00.000Z');

    const heavier = await workout(agent, '2026-03-17', 105, 5);
    body = await badgeList(agent, client.id);
    expect(earned(body)).toEqual(['first_workout', 'first_pr']);
    expect(body.workouts).toBe(2);
    // Two weeks in a row (9 and 16 March); last week had nothing, so the streak stands at 0 this week.
    expect(body.streak).toMatchObject({ current: 0, best: 2 });

    // Asking again changes nothing and announces nothing twice.
    await badgeList(agent, client.id);
    const announced = (await agent.get('/api/notifications')).body.items.filter((n: { title: string }) => n.title.startsWith('New badge'));
    expect(announced.map((n: { title: string }) => n.title).sort()).toEqual([
      'New badge: First personal record',
      'New badge: First workout',
    ]);

    // The record set is deleted: the record is gone, so is the badge; logging it again brings it back quietly.
    await agent.delete(`/api/me/sessions/${heavier.id}/sets/${heavier.setIds[0]}`);
    expect(earned(await badgeList(agent, client.id))).toEqual(['first_workout']);
    await workout(agent, '2026-03-24', 110, 5);
    expect(earned(await badgeList(agent, client.id))).toEqual(['first_workout', 'first_pr']);
    const again = (await agent.get('/api/notifications')).body.items.filter(
      (n: { title: string }) => n.title === 'New badge: First personal record',
    );
    expect(again).toHaveLength(1);
    expect(again[0].count).toBe(1);
  });

  it("counts streak weeks in the client's time zone and week", async () => {
    const { client, agent } = await createJoinedClient(t.app, trainer);
    expect((await agent.put('/api/me/onboarding', buildOnboarding({ timeZone: 'America/Los_Angeles' }))).status).toBe(200);
    // Monday 23 March 01:30 UTC is Sunday 22 March evening in Los Angeles: the week before (Monday weeks).
    const id = randomUUID();
    await agent.put(`/api/me/sessions/${id}`, { name: 'Late one', startedAt: '2026-03-23T01:30:00Z' });
    await agent.post(`/api/me/sessions/${id}/finish`, { finishedAt: '2026-03-23T02:15:00Z' });
    await workout(agent, '2026-03-31', 60);
    const body = await badgeList(agent, client.id);
    // Sunday 22 March belongs to the week of Monday 16 March; the week of 23 March had nothing: no streak across it.
    expect(body.streak).toEqual({ current: 1, best: 1, trainedThisWeek: true });
  });
});

/** A phone photo with camera details and a GPS position in its EXIF. */
async function photoWithGps(): Promise<Uint8Array> {
  return new Uint8Array(
    await sharp({ create: { width: 900, height: 1200, channels: 3, background: '#d9b38c' } })
      .jpeg()
      .withExif({
        IFD0: { Make: 'Phone Co', Model: 'Pocket 9' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 0/1' },
      })
      .toBuffer(),
  );
}

const photoForm = (bytes: Uint8Array | string, name: string, pose: string, date: string) => {
  const form = new FormData();
  form.append('file', new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name));
  form.append('pose', pose);
  form.append('date', date);
  return form;
};

describe('progress photos', () => {
  it('strips GPS and all metadata, serves the photo to its client and the trainer only, and deletes the files', async () => {
    const a = await createJoinedClient(t.app, trainer);
    const b = await createJoinedClient(t.app, trainer);
    const original = await photoWithGps();
    expect((await sharp(original).metadata()).exif).toBeDefined();

    const res = await a.agent.request(
      'POST',
      `/api/clients/${a.client.id}/photos`,
      photoForm(original, 'front.jpg', 'front', '2026-03-30'),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ pose: 'front', date: '2026-03-30', width: 900, height: 1200 });
    expect(res.body.url).toMatch(/^\/api\/uploads\/[0-9a-f-]{36}$/);

    const stored = await a.agent.download(res.body.url);
    expect(stored.status).toBe(200);
    const meta = await sharp(stored.bytes).metadata();
    expect(meta.exif).toBeUndefined();
    expect(Buffer.from(stored.bytes).includes('Pocket 9')).toBe(false);
    expect((await trainer.download(res.body.url)).status).toBe(200);
    expect((await trainer.download(res.body.thumbnailUrl)).status).toBe(200);
    expect((await b.agent.download(res.body.url)).status).toBe(404);
    expect((await b.agent.download(res.body.thumbnailUrl)).status).toBe(404);
    expect((await b.agent.get(`/api/clients/${a.client.id}/photos`)).status).toBe(404);
    expect((await b.agent.delete(`/api/photos/${res.body.id}`)).status).toBe(404);

    const listed = (await trainer.get(`/api/clients/${a.client.id}/photos?pose=front`)).body.items;
    expect(listed.map((p: { id: string }) => p.id)).toEqual([res.body.id]);

    expect((await a.agent.delete(`/api/photos/${res.body.id}`)).status).toBe(200);
    expect((await a.agent.download(res.body.url)).status).toBe(404);
    expect((await a.agent.get(`/api/clients/${a.client.id}/photos`)).body.items).toEqual([]);
    // The bytes are gone from storage, full size and thumbnail.
    const uploadId = res.body.url.split('/').pop() as string;
    const dir = join(t.uploadsDir, 'clients', a.client.id);
    expect(readdirSync(dir).filter((name) => name.startsWith(uploadId))).toEqual([]);
  });

  it('replaces the same pose on the same day (the old files go), keeps other poses and days', async () => {
    const { client, agent } = await createJoinedClient(t.app, trainer);
    const path = `/api/clients/${client.id}/photos`;
    const first = (await agent.request('POST', path, photoForm(await photoWithGps(), 'a.jpg', 'side', '2026-03-01'))).body;
    const replaced = (await agent.request('POST', path, photoForm(await photoWithGps(), 'b.jpg', 'side', '2026-03-01'))).body;
    await agent.request('POST', path, photoForm(await photoWithGps(), 'c.jpg', 'side', '2026-03-29'));
    await agent.request('POST', path, photoForm(await photoWithGps(), 'd.jpg', 'back', '2026-03-29'));
    const items = (await agent.get(path)).body.items as Array<{ id: string; pose: string; date: string }>;
    expect(items.map((p) => `${p.date} ${p.pose}`)).toEqual(['2026-03-29 back', '2026-03-29 side', '2026-03-01 side']);
    expect(items.some((p) => p.id === first.id)).toBe(false);
    expect(items.some((p) => p.id === replaced.id)).toBe(true);
    expect((await agent.download(first.url)).status).toBe(404);
  });

  it('refuses a text file named .jpg with 400, a 20 MB upload with 413, a missing pose or a future date by name', async () => {
    const { client, agent } = await createJoinedClient(t.app, trainer);
    const path = `/api/clients/${client.id}/photos`;
    const text = await agent.request('POST', path, photoForm('just some text, not a picture', 'holiday.jpg', 'front', '2026-03-30'));
    expect(text.status).toBe(400);
    expect(text.body.error).toMatchObject({ code: 'VALIDATION_FAILED', details: { fields: [{ path: 'file' }] } });

    const huge = new Uint8Array(20 * 1024 * 1024);
    huge.set([0xff, 0xd8, 0xff, 0xe0]);
    const big = await agent.request('POST', path, photoForm(huge, 'big.jpg', 'front', '2026-03-30'));
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe('PAYLOAD_TOO_LARGE');

    const noPose = await agent.request('POST', path, photoForm(await photoWithGps(), 'a.jpg', 'upside-down', '2026-03-30'));
    expect(noPose.status).toBe(400);
    expect(noPose.body.error.details.fields[0].path).toBe('form.pose');
    const future = await agent.request('POST', path, photoForm(await photoWithGps(), 'a.jpg', 'front', '2026-04-02'));
    expect(future.body.error.details.fields[0].path).toBe('date');
    expect((await agent.get(path)).body.items).toEqual([]);
  });

  it('sweeps a stored photo whose record was never written, a day later, and leaves recorded ones alone', async () => {
    const { client, agent } = await createJoinedClient(t.app, trainer);
    const kept = (
      await agent.request('POST', `/api/clients/${client.id}/photos`, photoForm(await photoWithGps(), 'k.jpg', 'back', '2026-03-30'))
    ).body;
    const { storeUpload, sweepOrphanUploads } = await import('../uploads/uploads.service');
    const stray = await storeUpload(t.jobDeps, {
      clientId: client.id,
      uploadedBy: client.userId!,
      purpose: 'progress_photo',
      processed: {
        kind: 'image',
        name: 'x.jpg',
        contentType: 'image/jpeg',
        body: new Uint8Array([1, 2, 3]),
        width: 1,
        height: 1,
        thumbnail: null,
      },
    });
    t.clock.set(new Date('2026-04-01T11:00:00Z'));
    try {
      expect(await sweepOrphanUploads(t.jobDeps)).toBeGreaterThanOrEqual(1);
    } finally {
      t.clock.set(new Date('2026-03-31T10:00:00Z'));
    }
    expect((await agent.download(`/api/uploads/${stray.id}`)).status).toBe(404);
    expect((await agent.download(kept.url)).status).toBe(200);
  });
});
