import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { localDate } from '../../src/server/features/programs/schedule-rules';
import type { FormCheck } from '../../src/shared/form-checks';
import { CLIENT_PASSWORD, createJoinedClient, createTrainer, TRAINER_PASSWORD } from '../factories/clients';
import { scheduleOneOff } from '../factories/programs';
import type { Agent } from '../setup/agent';
import { startOpenAiStandIn } from '../stand-ins/openai';
import { DESKTOP, launchBrowser, newContext, PHONE, screenshots, signIn, startServer } from './harness';

/**
 * Form checks: the client films a logged set and sends it from the gym (checked and stills taken in
 * the browser, the upload's progress shown); the coach asks for the AI first look, turns one of its
 * observations into a comment at its moment and marks the video reviewed; the client sees the
 * comment on the video's timeline, and never the AI's draft.
 */
const TZ = 'Europe/Madrid';
const fixture = (name: string) => resolve('tests/fixtures', name);
const FIRST_LOOK = {
  summary: 'Good depth; the knees drift in as she comes out of the bottom.',
  observations: [
    { atMs: 1050, text: 'Knees move inside the toes out of the bottom.' },
    { atMs: null, text: 'The bar stays over mid-foot throughout.' },
  ],
  cues: ['Spread the floor', 'Knees out on the way up'],
  caveat: 'Four stills cannot show speed or bar path between them.',
};

let ai: Awaited<ReturnType<typeof startOpenAiStandIn>>;
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let trainerApi: Agent;
let clientId = '';
let emptyClientId = '';

beforeAll(async () => {
  ai = await startOpenAiStandIn();
  server = await startServer({ env: { OPENAI_BASE_URL: ai.url, OPENAI_API_KEY: ai.apiKey } });
  // The gym logs sets with the phone's clock: the server's is pinned to the same moment.
  server.clock.set(new Date());
  browser = await launchBrowser();
  const app = { request: (input: string, init?: RequestInit) => fetch(input.replace('http://localhost:3000', server.baseUrl), init) };
  const trainer = await createTrainer(app, { email: 'coach@example.com', name: 'Sam Rivera' }, server.baseUrl);
  trainerApi = trainer.agent;
  const client = await createJoinedClient(app, trainer.agent, {
    client: { name: 'Lena Fischer', email: 'lena@example.com' },
    onboarding: { timeZone: TZ, units: 'kg' },
    baseUrl: server.baseUrl,
  });
  clientId = client.client.id;
  emptyClientId = (await createJoinedClient(app, trainer.agent, { client: { name: 'Ben Okafor' }, baseUrl: server.baseUrl })).client.id;
  await scheduleOneOff(server.db, trainer.agent, clientId, localDate(new Date(), TZ), 'Leg day');
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await ai?.close();
});

async function logFirstSquat(page: Page) {
  await page.getByRole('region', { name: 'Today: Leg day' }).getByRole('button', { name: 'Start workout' }).click();
  await page.waitForURL(/\/workout\/[\w-]+$/);
  const squat = page.getByRole('region', { name: 'Barbell Squat', exact: true });
  const set1 = squat.getByRole('listitem', { name: /^Set 1(, done)?$/ });
  await set1.getByRole('button', { name: 'Done: set 1' }).click();
  await page.getByRole('region', { name: 'Rest timer' }).getByRole('button', { name: 'Skip' }).click();
  await page.getByText('Everything is synced').waitFor({ timeout: 10_000 });
  return { sessionId: page.url().split('/').pop()!, set1 };
}

it('a client sends a video of a set; the coach comments at a moment with the AI’s help; the client sees it', async () => {
  // The client, on a phone in the gym: a set logged and synced, then "Form check".
  const lena = await (await newContext(browser, server.baseUrl, PHONE)).newPage();
  await signIn(lena, 'lena@example.com', CLIENT_PASSWORD);
  await lena.waitForURL('**/today');
  const { sessionId, set1 } = await logFirstSquat(lena);
  await set1.getByRole('button', { name: 'Form check: send a video of Barbell Squat · set 1' }).click();
  const sheet = lena.getByRole('dialog', { name: 'Form check' });
  const picker = sheet.locator('input[type="file"]');

  // Something this browser cannot play goes to the server, which refuses it and says why.
  await picker.setInputFiles({ name: 'IMG_0042.MP4', mimeType: 'video/mp4', buffer: Buffer.from('not a video at all') });
  await sheet.getByText('No preview on this phone').waitFor();
  await sheet.getByRole('button', { name: 'Send to Sam' }).click();
  await sheet.getByText('This is not a video we can play. Send an MP4, MOV or WebM video.').waitFor();
  await screenshots(lena, 'form-check-01a-attach-refused');

  // Too long: refused at once, before anything is sent.
  await picker.setInputFiles(fixture('long-75s.mp4'));
  await sheet.getByText('This video is 1:15 long: trim it to 60 s or less (just the set), then choose it again.').waitFor();
  expect(await sheet.getByRole('button', { name: 'Send to Sam' }).isDisabled()).toBe(true);
  await screenshots(lena, 'form-check-01-attach-too-long');

  // A 3-second WebM: previewed, and four stills taken from it in the browser.
  await picker.setInputFiles(fixture('squat-3s.webm'));
  await sheet.getByLabel('The video you chose').waitFor();
  const stills = sheet.getByRole('list', { name: 'Stills from the video' });
  await expect.poll(() => stills.getByRole('img').count(), { timeout: 15_000 }).toBe(4);
  await sheet.getByText('4 stills go with it, for a quick first look.').waitFor();
  await stills.getByRole('img', { name: 'Still at 0:02' }).first().waitFor();
  await sheet.getByLabel(/Note for Sam/).fill('Knees feel wobbly at the bottom');
  await screenshots(lena, 'form-check-02-attach-chosen');
  await sheet.getByRole('button', { name: 'Send to Sam' }).click();
  await lena.getByText('Video sent to Sam').waitFor({ timeout: 15_000 });
  await sheet.waitFor({ state: 'detached' });
  await set1.getByRole('link', { name: /^Video sent: Barbell Squat, set 1, waiting/ }).waitFor();
  await lena.getByText('Video sent to Sam').waitFor({ state: 'detached', timeout: 10_000 });
  await screenshots(lena, 'form-check-02b-set-badge');

  const sent = ((await trainerApi.get(`/api/form-checks?clientId=${clientId}`)).body as { items: FormCheck[] }).items;
  expect(sent).toHaveLength(1);
  const formCheck = sent[0]!;
  expect(formCheck).toMatchObject({ videoType: 'video/webm', durationMs: 3000, note: 'Knees feel wobbly at the bottom', sessionId });
  expect(formCheck.frames.map((frame) => frame.atMs)).toEqual([150, 1050, 1950, 2850]);
  expect(formCheck.ai?.status).toBe('pending');

  // The coach, at the desk: the first look on demand, one observation used as a comment at its moment.
  ai.respond(() => ({ content: JSON.stringify(FIRST_LOOK) }));
  const sam = await (await newContext(browser, server.baseUrl, DESKTOP)).newPage();
  await signIn(sam, 'coach@example.com', TRAINER_PASSWORD);
  await sam.waitForURL('**/clients');
  await sam.goto(`/form-checks/${formCheck.id}`);
  await sam.getByRole('heading', { name: formCheck.label }).waitFor();
  await sam.getByText('Knees feel wobbly at the bottom').waitFor();
  const panel = sam.getByRole('region', { name: /AI first look — a draft only you can see/ });
  await panel.getByText('Preparing…').waitFor();
  await panel.getByRole('button', { name: 'Get it now' }).click();
  await panel.getByText(FIRST_LOOK.summary).waitFor({ timeout: 15_000 });
  expect(ai.received.at(-1)!.messages.some((m) => Array.isArray(m.content) && m.content.some((p) => p.type === 'image_url'))).toBe(true);

  await panel.getByRole('button', { name: `Use in a comment: ${FIRST_LOOK.observations[0]!.text}` }).click();
  const box = sam.getByLabel('Comment at 0:01');
  expect(await box.inputValue()).toBe(FIRST_LOOK.observations[0]!.text);
  await box.fill(`${FIRST_LOOK.observations[0]!.text} Push them out as you stand.`);
  await sam.getByRole('button', { name: 'Comment at 0:01' }).click();
  const comments = sam.getByRole('list', { name: 'Comments' });
  await comments.getByText(/Push them out as you stand/).waitFor();
  await sam.getByLabel('About the whole video').check();
  await sam.getByLabel('Comment on the whole video').fill('Great depth on every rep.');
  await sam.getByRole('button', { name: 'Comment on the whole video' }).click();
  await comments.getByText('Great depth on every rep.').waitFor();
  await sam
    .getByRole('group', { name: 'Comments along the video' })
    .getByRole('button', { name: /^Go to 0:01: Knees move/ })
    .waitFor();
  await sam.getByRole('button', { name: 'Mark reviewed' }).click();
  await sam.getByRole('button', { name: 'Mark as waiting' }).waitFor();
  await screenshots(sam, 'form-check-03-trainer');

  // The client's Videos tab lists it; a client who sent none is told what will appear.
  await sam.goto(`/clients/${clientId}/videos`);
  const row = sam.getByRole('link', { name: new RegExp(formCheck.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
  await row.getByText('2 comments').waitFor();
  await row.getByText('Reviewed').waitFor();
  await screenshots(sam, 'form-check-04-videos-tab');
  await sam.goto(`/clients/${emptyClientId}/videos`);
  await sam.getByRole('heading', { name: 'No videos yet' }).waitFor();
  await screenshots(sam, 'form-check-05-videos-tab-empty');

  // The client opens it from the notification's address: the comments on the timeline, no AI draft.
  await lena.goto(`/form-checks/${formCheck.id}`);
  await lena.getByRole('heading', { name: formCheck.label }).waitFor();
  await lena.getByText('Reviewed', { exact: true }).waitFor();
  const marker = lena.getByRole('group', { name: 'Comments along the video' }).getByRole('button', { name: /^Go to 0:01: Knees move/ });
  await marker.waitFor();
  await lena
    .getByRole('list', { name: 'Comments' })
    .getByText(/Push them out as you stand/)
    .waitFor();
  expect(await lena.getByText(/AI first look/).count()).toBe(0);
  expect(await lena.getByText(FIRST_LOOK.summary).count()).toBe(0);
  await lena.getByRole('list', { name: 'Comments' }).getByRole('button', { name: 'Go to 0:01' }).click();
  await expect.poll(() => lena.evaluate(() => document.querySelector('video')?.currentTime)).toBeCloseTo(1.05, 1);
  expect(await lena.evaluate(() => document.querySelector('video')?.paused)).toBe(true);
  await screenshots(lena, 'form-check-06-client');

  // And on the workout in their history, the set carries its video.
  await lena.goto(`/progress/workouts/${sessionId}`);
  await lena.getByRole('link', { name: /^Video · Reviewed: Barbell Squat, set 1, 2 comments/ }).waitFor();
  await screenshots(lena, 'form-check-07-client-history');
});
