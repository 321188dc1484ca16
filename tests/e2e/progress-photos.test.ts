import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CLIENT_PASSWORD, createJoinedClient, createTrainer } from '../factories/clients';
import { launchBrowser, newContext, PHONE, screenshots, startServer } from './harness';

/**
 * Progress photos and goals, as the client does them on a phone: two front photos on two days,
 * compared under the slider; a body-weight goal whose bar moves when a weigh-in is logged.
 */
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;

/** A day in the client's calendar (Europe/Madrid, as onboarding sets it), `ago` days back. */
const day = (ago: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Madrid' }).format(Date.now() - ago * 86_400_000);

/** A plain JPEG of a figure on a coloured background: a different colour and size per photo. */
const jpeg = (background: string, width: number, height: number, waist: number) =>
  sharp(
    Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="${background}"/>` +
        `<circle cx="${width / 2}" cy="${height * 0.18}" r="${width * 0.09}" fill="#f1d3b5"/>` +
        `<ellipse cx="${width / 2}" cy="${height * 0.55}" rx="${width * waist}" ry="${height * 0.3}" fill="#f1d3b5"/></svg>`,
    ),
  )
    .jpeg({ quality: 85 })
    .toBuffer();

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const app = { request: (input: string, init?: RequestInit) => fetch(input.replace('http://localhost:3000', server.baseUrl), init) };
  const trainer = await createTrainer(app, { email: 'coach@example.com', name: 'Sam Rivera' }, server.baseUrl);
  const client = await createJoinedClient(app, trainer.agent, {
    client: { name: 'Lena Fischer', email: 'lena@example.com' },
    baseUrl: server.baseUrl,
  });
  const saved = await client.agent.post(`/api/clients/${client.client.id}/measurements`, {
    date: day(6),
    entries: [{ metric: 'weight', value: 86, unit: 'kg' }],
  });
  expect(saved.status).toBe(201);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function signedInClient() {
  const page = await (await newContext(browser, server.baseUrl, PHONE)).newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('lena@example.com');
  await page.getByLabel('Password', { exact: true }).fill(CLIENT_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/today');
  await page.getByRole('link', { name: 'Progress' }).click();
  return page;
}

it('lets the client add front photos on two days and compare them under the slider', async () => {
  const lena = await signedInClient();
  const photos = lena.locator('section', { has: lena.getByRole('heading', { name: 'Progress photos' }) });
  await photos.getByText('Your progress photos will show here').waitFor();

  await photos.getByRole('button', { name: 'Add photos' }).click();
  const dialog = lena.getByRole('dialog', { name: 'Add progress photos' });
  await expect.poll(() => dialog.getByRole('radio', { name: 'Front' }).isChecked()).toBe(true);
  await dialog.getByLabel('Day', { exact: true }).fill(day(30));
  await dialog.locator('input[type="file"]').setInputFiles({
    name: 'front-before.jpg',
    mimeType: 'image/jpeg',
    buffer: await jpeg('#7d8fa8', 900, 1200, 0.24),
  });
  await dialog.getByRole('img', { name: 'The photo you chose' }).waitFor();
  await screenshots(lena, 'progress-photos-01-upload');
  await dialog.getByRole('button', { name: 'Add front photo' }).click();
  await lena.getByText('Front photo added').waitFor();
  // The next pose of that day is offered; today's front photo instead.
  await expect.poll(() => dialog.getByRole('radio', { name: 'Side' }).isChecked()).toBe(true);
  await dialog
    .locator('label')
    .filter({ hasText: /^Front/ })
    .click();
  expect(await dialog.getByRole('radio', { name: 'Front (already added)' }).isChecked()).toBe(true);
  await dialog.getByLabel('Day', { exact: true }).fill(day(0));
  await dialog.locator('input[type="file"]').setInputFiles({
    name: 'front-now.jpg',
    mimeType: 'image/jpeg',
    buffer: await jpeg('#a88a7d', 1500, 2000, 0.18),
  });
  await dialog.getByRole('button', { name: 'Add front photo' }).click();
  await expect.poll(() => dialog.getByRole('radio', { name: 'Side' }).isChecked()).toBe(true);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await dialog.waitFor({ state: 'hidden' });

  const thumbnails = photos.getByRole('button', { name: /^Front photo, .*: view full size$/ });
  await expect.poll(() => thumbnails.count()).toBe(2);
  await screenshots(lena, 'progress-photos-02-timeline');

  await photos.getByRole('button', { name: 'Compare' }).click();
  const slider = photos.getByRole('slider');
  await slider.waitFor();
  expect(await slider.getAttribute('aria-label')).toMatch(/^Slide between .+ \(left\) and .+ \(right\)$/);
  await expect.poll(() => photos.getByRole('img', { name: /^(Before|After): front photo/ }).count()).toBe(2);
  await slider.focus();
  for (let press = 0; press < 20; press++) await lena.keyboard.press('ArrowLeft');
  expect(await slider.inputValue()).toBe('30');
  const clip = await photos.getByRole('img', { name: /^Before: front photo/ }).evaluate((img) => (img as HTMLElement).style.clipPath);
  expect(clip).toBe('inset(0px 70% 0px 0px)');
  await screenshots(lena, 'progress-photos-03-compare');

  await photos.getByRole('button', { name: 'Side by side' }).click();
  await expect.poll(() => photos.getByRole('figure').count()).toBe(2);
  expect(await photos.getByRole('slider').count()).toBe(0);
  await lena.context().close();
});

it('lets the client set a weight goal and see its bar move with the next weigh-in', async () => {
  const lena = await signedInClient();
  const goals = lena.locator('#goals');
  await goals.getByText('Set a goal to work toward').waitFor();
  await goals.getByRole('button', { name: 'Set a goal' }).click();
  const dialog = lena.getByRole('dialog', { name: 'Set a goal' });
  await dialog.getByLabel('Target (kg)').fill('80');
  await dialog.getByText(/^Now 86 kg/).waitFor();
  await screenshots(lena, 'progress-photos-04-add-goal');
  await dialog.getByRole('button', { name: 'Set goal' }).click();
  await dialog.waitFor({ state: 'hidden' });

  const bar = goals.getByRole('progressbar', { name: 'Body weight to 80 kg' });
  await bar.waitFor();
  expect(await bar.getAttribute('aria-valuenow')).toBe('0');
  await lena.getByLabel('Body weight (kg)').fill('83');
  await lena.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => bar.getAttribute('aria-valuenow')).toBe('50');
  await goals.getByText('83 kg').waitFor();
  await screenshots(lena, 'progress-photos-05-goal');
  await lena.context().close();
});
