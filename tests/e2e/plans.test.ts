import Stripe from 'stripe';
import sharp from 'sharp';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Agent } from '../setup/agent';
import { createTrainer, TRAINER_PASSWORD } from '../factories/clients';
import { startStripeStandIn } from '../stand-ins/stripe';
import { DESKTOP, launchBrowser, newContext, PHONE, screenshots, startServer } from './harness';

/**
 * The public plans page: the coach writes a bio and adds a photo in Settings → Profile and puts a
 * monthly plan with a 14-day trial on sale; a prospect, signed out on a phone, opens /plans, starts
 * the plan with their name and email, pays on (the stand-in's) Stripe Checkout and — once Stripe's
 * signed events arrive — is forwarded to their invitation, sets a password and lands in onboarding.
 */
const SECRET = 'sk_test_onecoach_e2e_0123456789';
const WEBHOOK_SECRET = 'whsec_onecoach_e2e_0123456789';
const signer = new Stripe(SECRET);
const BIO = 'I help busy people get strong in three sessions a week.\nTen years coaching, former competitive powerlifter.';

let stripe: Awaited<ReturnType<typeof startStripeStandIn>>;
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let trainer: Agent;

beforeAll(async () => {
  stripe = await startStripeStandIn({ secretKey: SECRET });
  server = await startServer({ env: { STRIPE_SECRET_KEY: SECRET, STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET, STRIPE_API_BASE: stripe.url } });
  browser = await launchBrowser();
  const app = { request: (input: string, init?: RequestInit) => fetch(input.replace('http://localhost:3000', server.baseUrl), init) };
  trainer = (await createTrainer(app, { email: 'coach@example.com', name: 'Sam Rivera' }, server.baseUrl)).agent;
  expect((await trainer.put('/api/settings', { businessName: 'Rivera Strength' })).status).toBe(200);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await stripe?.close();
});

/** Sends an event to the app's webhook, signed the way Stripe signs it. */
async function deliver(event: unknown) {
  const payload = JSON.stringify(event);
  const response = await fetch(`${server.baseUrl}/api/billing/webhook`, {
    method: 'POST',
    body: payload,
    headers: {
      'content-type': 'application/json',
      'stripe-signature': signer.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET }),
    },
  });
  expect(response.status).toBe(200);
}

/** A plain portrait JPEG: a face-coloured circle on a coloured background. */
const portrait = () =>
  sharp(
    Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600"><rect width="100%" height="100%" fill="#3b6ea8"/>' +
        '<circle cx="300" cy="250" r="120" fill="#f1d3b5"/><ellipse cx="300" cy="560" rx="220" ry="160" fill="#f1d3b5"/></svg>',
    ),
  )
    .jpeg({ quality: 85 })
    .toBuffer();

it('the coach writes a bio, adds a photo in Settings → Profile and puts a plan on sale', async () => {
  const coach = await (await newContext(browser, server.baseUrl, DESKTOP)).newPage();
  await coach.goto('/sign-in');
  await coach.getByLabel('Email').fill('coach@example.com');
  await coach.getByLabel('Password', { exact: true }).fill(TRAINER_PASSWORD);
  await coach.getByRole('button', { name: 'Sign in' }).click();
  await coach.waitForURL('**/clients');
  await coach.goto('/settings');
  await coach.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Profile' }).click();
  await coach.waitForURL('**/settings/profile');

  const link = coach.getByRole('link', { name: /View your plans page/ });
  expect(await link.getAttribute('href')).toBe('/plans');
  expect(await link.getAttribute('target')).toBe('_blank');

  // Too long: said at the field, nothing saved.
  const bio = coach.getByLabel('About you');
  await bio.fill('x'.repeat(2001));
  await coach.getByRole('button', { name: 'Save bio' }).click();
  await coach.getByText('At most 2,000 characters').waitFor();
  await bio.fill(BIO);
  await coach.getByRole('button', { name: 'Save bio' }).click();
  await coach.getByText('Bio saved').waitFor();
  expect((await trainer.get('/api/settings')).body.bio).toBe(BIO);

  await coach.locator('input[type="file"]').setInputFiles({ name: 'me.jpg', mimeType: 'image/jpeg', buffer: await portrait() });
  await coach.getByText('Photo saved').waitFor();
  await coach.getByRole('img', { name: 'Sam Rivera' }).waitFor();
  await coach.getByRole('button', { name: 'Remove photo' }).waitFor();
  await coach.getByText('Replace photo').waitFor();
  const photoUrl = (await trainer.get('/api/public/profile')).body.photoUrl as string;
  expect(photoUrl).toMatch(/^\/api\/public\/trainer-photo\?v=/);
  await coach.getByText('Photo saved').waitFor({ state: 'hidden' });
  await screenshots(coach, 'plans-01-profile-settings');

  // The plan (the billing screens have their own journey).
  const plan = await trainer.post('/api/plans', {
    name: 'Online coaching',
    description: 'Your program, adjusted every week, and a coach in your pocket.',
    amountCents: 4900,
    currency: 'eur',
    interval: 'month',
    trialDays: 14,
    areas: ['messaging', 'checkins'],
  });
  expect(plan.status).toBe(201);
  await coach.context().close();
});

it('a prospect on a phone starts the plan, pays, is forwarded to the invitation and lands in onboarding', async () => {
  const page = await (await newContext(browser, server.baseUrl, PHONE)).newPage();
  await page.goto('/plans');
  await page.getByRole('heading', { name: 'Sam Rivera', level: 1 }).waitFor();
  await page.getByText('Rivera Strength').waitFor();
  await page.getByText('I help busy people get strong').waitFor();
  await expect
    .poll(() => page.getByRole('img', { name: 'Sam Rivera' }).evaluate((img) => (img as HTMLImageElement).naturalWidth))
    .toBeGreaterThan(0);

  const card = page.getByRole('article', { name: 'Online coaching' });
  await card.getByText('€49', { exact: true }).waitFor();
  await card.getByText('/ month').waitFor();
  await card.getByText('14-day free trial').waitFor();
  await card.getByText('Messaging with the coach').waitFor();
  await card.getByText('Check-ins and habits').waitFor();
  expect(await card.getByText('Nutrition').count()).toBe(0);
  await screenshots(page, 'plans-02-public');

  await card.getByRole('button', { name: 'Start Online coaching' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start Online coaching' });
  await dialog.getByText('14 days free, then €49 / month.').waitFor();
  // Nothing typed: each field says what it needs.
  await dialog.getByRole('button', { name: 'Continue to payment' }).click();
  await dialog.getByText('Enter your name').waitFor();
  await dialog.getByText('Enter a valid email').waitFor();
  // An email that already has an account: the server's words, at the field.
  await dialog.getByLabel('Your name').fill('Pat Prospect');
  await dialog.getByLabel('Email').fill('coach@example.com');
  await dialog.getByRole('button', { name: 'Continue to payment' }).click();
  await dialog.getByText(/already an account with this email/).waitFor();
  await screenshots(page, 'plans-03-start-error');
  await dialog.getByLabel('Email').fill('pat.prospect@example.com');
  await dialog.getByRole('button', { name: 'Continue to payment' }).click();

  // Stripe's page (the stand-in "pays" at once) sends the prospect back to the welcome page.
  await page.waitForURL('**/plans/welcome?session=cs_*');
  await page.getByText('Setting up your account…').waitFor();
  await screenshots(page, 'plans-04-welcome-pending');
  const sessionId = new URL(page.url()).searchParams.get('session')!;
  const session = stripe.store.sessions.get(sessionId)!;
  expect(session).toMatchObject({ customer_email: 'pat.prospect@example.com', mode: 'subscription' });
  await deliver(stripe.event('checkout.session.completed', session));
  await deliver(stripe.event('customer.subscription.created', stripe.store.subscriptions.get(String(session.subscription))));

  // The page notices by itself and opens the invitation.
  await page.waitForURL('**/invite/*');
  await page.getByRole('heading', { name: 'Sam Rivera invited you to OneCoach' }).waitFor();
  await page.getByLabel('Password', { exact: true }).fill('pat-lifts-heavy-2025');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL('**/onboarding');
  const clients = (await trainer.get('/api/clients?status=all&limit=100')).body.items;
  expect(clients.find((c: { email: string }) => c.email === 'pat.prospect@example.com')).toMatchObject({ name: 'Pat Prospect' });
});

it('without plans on sale the page says how to get started instead', async () => {
  const listed = (await trainer.get('/api/plans')).body.items as Array<Record<string, unknown> & { id: string }>;
  for (const { id, name, description, amountCents, currency, interval, trialDays, setupFeeCents, areas } of listed) {
    const input = { name, description, amountCents, currency, interval, trialDays, setupFeeCents, areas, archived: true };
    expect((await trainer.put(`/api/plans/${id}`, input)).status).toBe(200);
  }
  const page = await (await newContext(browser, server.baseUrl, PHONE)).newPage();
  await page.goto('/plans');
  await page.getByText("Online sign-up isn't open yet").waitFor();
  await page.getByText('Contact Sam Rivera to get started').waitFor();
  await screenshots(page, 'plans-05-not-open');
});
