import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDate } from '../../src/server/features/programs/schedule-rules';
import { CLIENT_PASSWORD, createJoinedClient, createTrainer, TRAINER_PASSWORD } from '../factories/clients';
import { scheduleOneOff } from '../factories/programs';
import { DESKTOP, launchBrowser, newContext, PHONE, screenshots, startServer } from './harness';

/**
 * Photos, files and "about this workout" in the chat: the client sends a big photo (shrunk in the
 * browser before upload), the trainer sees it arrive live and opens it, the trainer drops a PDF on
 * the conversation, a file that lies about its type gets the server's reason, and a message
 * started from a calendar entry carries an "About" chip that opens the workout on both sides.
 */
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let clientId = '';
let workout = { id: '', date: '', name: '' };
let coach: Page;
let lena: Page;

const PDF =
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';

/** A 3000 × 2000 JPEG with some texture, over 4 MB like a phone photo, so the browser has to shrink it. */
async function bigPhoto(): Promise<Buffer> {
  const width = 3000;
  const height = 2000;
  const shapes = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#2f5d8a"/><stop offset="1" stop-color="#d9a441"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <circle cx="900" cy="800" r="420" fill="#f4efe6" opacity="0.85"/>
    <rect x="1700" y="500" width="900" height="1100" rx="80" fill="#1d2b3a" opacity="0.8"/>
  </svg>`;
  const noise = Buffer.alloc(width * height * 3);
  for (let i = 0; i < noise.length; i++) noise[i] = Math.floor(Math.random() * 96);
  const texture = await sharp(noise, { raw: { width, height, channels: 3 } })
    .png()
    .toBuffer();
  return sharp(Buffer.from(shapes))
    .composite([{ input: texture, blend: 'add' }])
    .jpeg({ quality: 95 })
    .toBuffer();
}

/** The file part of a multipart body, as the server would receive it. */
function filePart(body: Buffer): Buffer {
  const start = body.indexOf('\r\n\r\n', body.indexOf('filename=')) + 4;
  const end = body.indexOf('\r\n--', start);
  return body.subarray(start, end);
}

/** "Thu 5 Mar", as the server labels a workout a message is about. */
const dayLabel = (date: string) =>
  new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const app = { request: (input: string, init?: RequestInit) => fetch(input.replace('http://localhost:3000', server.baseUrl), init) };
  const trainer = await createTrainer(app, { email: 'coach@example.com' }, server.baseUrl);
  clientId = (
    await createJoinedClient(app, trainer.agent, {
      client: { name: 'Lena Fischer', email: 'lena@example.com' },
      onboarding: { timeZone: 'Europe/Madrid' },
      baseUrl: server.baseUrl,
    })
  ).client.id;
  const date = addDays(localDate(new Date(), 'Europe/Madrid'), 2);
  workout = await scheduleOneOff(server.db, trainer.agent, clientId, date, 'Lower body');

  coach = await (await newContext(browser, server.baseUrl, DESKTOP)).newPage();
  lena = await (await newContext(browser, server.baseUrl, PHONE)).newPage();
  await signIn(coach, 'coach@example.com', TRAINER_PASSWORD);
  await coach.waitForURL('**/clients');
  await signIn(lena, 'lena@example.com', CLIENT_PASSWORD);
  await lena.waitForURL(/\/(today|onboarding)/);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('attachments and "about" in the chat', () => {
  it('sends a big photo shrunk in the browser; the trainer sees it live and opens it full size', async () => {
    await coach.goto(`/clients/${clientId}/messages`);
    await lena.goto('/messages');
    await lena.getByText('No messages yet — say hello').waitFor();
    await screenshots(lena, 'chat-01-client-empty');

    const photo = await bigPhoto();
    expect(photo.byteLength).toBeGreaterThan(4 * 1024 * 1024);

    // Hold the upload at the door, to see the uploading state and what the browser sends.
    let release = () => {};
    const held = new Promise<void>((done) => (release = done));
    let sent: Buffer | null = null;
    await lena.route('**/api/uploads', async (route) => {
      sent = route.request().postDataBuffer();
      await held;
      await route.continue();
    });

    await lena.locator('input[type="file"]').setInputFiles({ name: 'squat-depth.jpg', mimeType: 'image/jpeg', buffer: photo });
    await lena.getByText(/Uploading…/).waitFor();
    await lena.getByLabel('Message', { exact: true }).fill('Is this deep enough?');
    await lena.getByRole('button', { name: 'Send' }).click(); // waits for the upload, then sends
    await screenshots(lena, 'chat-02-client-uploading');

    release();
    await lena.getByRole('button', { name: /Open photo squat-depth/ }).waitFor({ timeout: 10_000 });
    await lena.unroute('**/api/uploads');
    // The browser made it 2560 px wide and well under the platform's 6 MB before sending.
    expect(sent).not.toBeNull();
    const uploaded = filePart(sent!);
    expect(uploaded.byteLength).toBeLessThan(6 * 1024 * 1024);
    expect((await sharp(uploaded).metadata()).width).toBe(2560);
    // Sent: the composer is empty again and the photo sits in the thread with its caption.
    await expect.poll(() => lena.getByLabel('Message', { exact: true }).inputValue()).toBe('');
    await lena.getByText('Is this deep enough?', { exact: true }).waitFor();
    await screenshots(lena, 'chat-03-client-photo-sent');

    // The trainer's open conversation gets it live, at its own shape, with alt text.
    const thumb = coach.getByRole('img', { name: /Photo squat-depth/ });
    await thumb.waitFor({ timeout: 10_000 });
    const box = await thumb.boundingBox();
    expect(box!.width / box!.height).toBeCloseTo(1.5, 1);
    await coach.getByText('Is this deep enough?', { exact: true }).waitFor();
    await screenshots(coach, 'chat-04-trainer-photo-received');

    await coach.getByRole('button', { name: /Open photo squat-depth/ }).click();
    const lightbox = coach.getByRole('dialog', { name: /squat-depth/ });
    const full = lightbox.getByRole('img', { name: /full size/ });
    await expect.poll(() => full.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(2560);
    const download = lightbox.getByRole('link', { name: 'Download' });
    expect(await download.getAttribute('href')).toMatch(/^\/api\/uploads\/[\w-]+$/);
    await lightbox.getByText(/2560 × 1707/).waitFor();
    await screenshots(coach, 'chat-05-trainer-lightbox');
    await coach.keyboard.press('Escape');
  });

  it('lets the trainer drop a PDF on the conversation; the client gets a file to download', async () => {
    const conversation = coach.getByRole('region', { name: 'Conversation' });
    const dataTransfer = await coach.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'Week 3 plan.pdf', { type: 'application/pdf' }));
      return transfer;
    }, PDF);
    await conversation.dispatchEvent('dragenter', { dataTransfer });
    await coach.getByText('Drop to attach it to your message').waitFor();
    await screenshots(coach, 'chat-06-trainer-dragging');
    await conversation.dispatchEvent('drop', { dataTransfer });
    await coach.getByText('Ready to send').waitFor({ timeout: 10_000 });
    await coach.getByRole('button', { name: 'Send' }).click(); // no text needed with a file

    const file = lena.getByRole('link', { name: /Week 3 plan\.pdf/ });
    await file.waitFor({ timeout: 10_000 });
    await expect(file.textContent()).resolves.toMatch(/\d+ B · PDF/);
    const href = await file.getAttribute('href');
    const response = await lena.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect((await response.body()).toString()).toContain('%PDF-1.4');
    await screenshots(lena, 'chat-07-client-file-received');
  });

  it("shows the server's reason when a file lies about its type, and keeps what was typed", async () => {
    await lena.getByLabel('Message', { exact: true }).fill('Here is my food log');
    await lena.locator('input[type="file"]').setInputFiles({
      name: 'food-log.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from('breakfast: oats\nlunch: rice and chicken\n'),
    });
    const alert = lena.getByRole('alert').filter({ hasText: 'not a JPG file' });
    await alert.waitFor({ timeout: 10_000 });
    await lena.getByRole('button', { name: 'Send' }).click();
    expect(await lena.getByLabel('Message', { exact: true }).inputValue()).toBe('Here is my food log');
    await screenshots(lena, 'chat-08-client-upload-error');

    await lena.getByRole('button', { name: 'Remove food-log.jpg' }).click();
    expect(await alert.count()).toBe(0);
    await lena.getByLabel('Message', { exact: true }).fill('');
  });

  it('starts a message from a calendar entry; its "About" chip opens the workout for both', async () => {
    const label = `${dayLabel(workout.date)} — Lower body`;
    await coach.goto(`/clients/${clientId}/training?workout=${workout.id}`);
    const panel = coach.getByRole('dialog', { name: 'Lower body' });
    await panel.getByRole('link', { name: 'Message Lena about this' }).click();
    await coach.waitForURL(/\/messages\?about=/);
    await coach.getByText(`About: ${label}`).waitFor();
    await screenshots(coach, 'chat-09-trainer-about-draft');

    await coach.getByLabel('Message', { exact: true }).fill('Go lighter on the squats today, your knee comes first.');
    await coach.getByRole('button', { name: 'Send' }).click();
    await coach.getByRole('link', { name: `About: ${label}` }).waitFor();
    // Sent once: the draft's chip and the URL's subject are gone.
    await expect.poll(() => coach.getByRole('button', { name: /Don't link this message/ }).count()).toBe(0);
    expect(coach.url()).not.toContain('about=');

    const chip = lena.getByRole('link', { name: `About: ${label}` });
    await chip.waitFor({ timeout: 10_000 });
    await screenshots(lena, 'chat-10-client-about-chip');
    await chip.click();
    await lena.waitForURL(/\/today\?workout=/);
    await lena.getByRole('dialog', { name: 'Lower body' }).waitFor();
    await screenshots(lena, 'chat-11-client-about-opens-workout');

    await coach.getByRole('link', { name: `About: ${label}` }).click();
    await coach.waitForURL(/\/training\?workout=/);
    await coach.getByRole('dialog', { name: 'Lower body' }).getByRole('link', { name: 'Message Lena about this' }).waitFor();
    await screenshots(coach, 'chat-12-trainer-about-opens-entry');
  });

  it('leaves a "deleted" trace and no photo when a photo message is deleted', async () => {
    await lena.goto('/messages');
    const photoMessage = lena.getByRole('listitem').filter({ has: lena.getByRole('button', { name: /Open photo squat-depth/ }) });
    await photoMessage.getByRole('button', { name: 'Message actions' }).click();
    await lena.getByRole('menuitem', { name: 'Delete' }).click();
    await lena.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
    await lena.getByText('Message deleted').first().waitFor();
    await expect.poll(() => coach.getByRole('img', { name: /Photo squat-depth/ }).count(), { timeout: 10_000 }).toBe(0);
    expect(await lena.getByRole('img', { name: /Photo squat-depth/ }).count()).toBe(0);
  });
});
