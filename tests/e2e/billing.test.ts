import Stripe from 'stripe';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Agent } from '../setup/agent';
import { CLIENT_PASSWORD, createJoinedClient, createTrainer, TRAINER_PASSWORD } from '../factories/clients';
import { startStripeStandIn } from '../stand-ins/stripe';
import { DESKTOP, launchBrowser, newContext, PHONE, screenshots, startServer } from './harness';

/**
 * Getting paid: the coach creates a monthly plan with a 14-day trial in Settings → Plans and puts a
 * client on it; the client starts it from Billing through (the stand-in's) Stripe Checkout and, once
 * Stripe's signed events arrive, sees the trial. A failed renewal shows a banner on every client
 * screen with a way to fix it; the payment going through removes it.
 */
const SECRET = 'sk_test_onecoach_e2e_0123456789';
const WEBHOOK_SECRET = 'whsec_onecoach_e2e_0123456789';
const signer = new Stripe(SECRET);

let stripe: Awaited<ReturnType<typeof startStripeStandIn>>;
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let trainer: Agent;
let lena: Agent;
let clientId = '';
let subscriptionId = '';
let client: Page;

beforeAll(async () => {
  stripe = await startStripeStandIn({ secretKey: SECRET });
  server = await startServer({ env: { STRIPE_SECRET_KEY: SECRET, STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET, STRIPE_API_BASE: stripe.url } });
  browser = await launchBrowser();
  const app = { request: (input: string, init?: RequestInit) => fetch(input.replace('http://localhost:3000', server.baseUrl), init) };
  trainer = (await createTrainer(app, { email: 'coach@example.com', name: 'Sam Rivera' }, server.baseUrl)).agent;
  const joined = await createJoinedClient(app, trainer, {
    client: { name: 'Lena Fischer', email: 'lena@example.com' },
    baseUrl: server.baseUrl,
  });
  lena = joined.agent;
  clientId = joined.client.id;
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

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/(today|clients)/);
}

it('the coach creates a monthly plan with a 14-day trial and sends the client a checkout link', async () => {
  const coach = await (await newContext(browser, server.baseUrl, DESKTOP)).newPage();
  await signIn(coach, 'coach@example.com', TRAINER_PASSWORD);
  await coach.goto('/settings');
  await coach.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Plans' }).click();
  await coach.getByText('No plans yet').waitFor();
  // Stripe is connected: no "Connect Stripe" panel.
  expect(await coach.getByText('Connect Stripe to take card payments').count()).toBe(0);

  await coach.getByRole('button', { name: 'Create your first plan' }).click();
  const dialog = coach.getByRole('dialog', { name: 'New plan' });
  // Nothing typed: each field says what it needs, and nothing is sent.
  await dialog.getByRole('button', { name: 'Create plan' }).click();
  await dialog.getByText('Name the plan').waitFor();
  await dialog.getByText('Enter a price', { exact: true }).waitFor();
  await dialog.getByLabel('Name').fill('Online coaching');
  await dialog.getByLabel('Description').fill('Your program, weekly check-ins and messaging');
  await dialog.getByLabel('Price').fill('49');
  await dialog.getByText('€49.00 / month').waitFor();
  expect(await dialog.getByLabel('How often').inputValue()).toBe('month');
  await dialog.getByLabel('Free trial (days)').fill('14');
  await dialog.getByRole('button', { name: 'Create plan' }).click();
  await dialog.waitFor({ state: 'hidden' });
  const row = coach.getByRole('row', { name: /Online coaching/ });
  await row.getByText('€49.00 / month').waitFor();
  await row.getByText('14-day free trial').waitFor();
  await screenshots(coach, 'billing-01-plans');

  // Saved as typed, with its Stripe product and price.
  const plans = (await trainer.get('/api/plans')).body.items;
  expect(plans).toMatchObject([
    { name: 'Online coaching', amountCents: 4900, currency: 'eur', interval: 'month', trialDays: 14, stripe: true },
  ]);
  expect([...stripe.store.prices.values()].map((price) => [price.unit_amount, price.recurring])).toEqual([
    [4900, { interval: 'month', interval_count: 1 }],
  ]);

  await coach.goto(`/clients/${clientId}/billing`);
  await coach.getByText("Lena isn't on a plan", { exact: false }).waitFor();
  await coach.getByLabel('Plan', { exact: true }).selectOption({ label: 'Online coaching · €49.00 / month · 14-day trial' });
  await coach.getByRole('button', { name: 'Send checkout link' }).click();
  const link = coach.getByLabel('Checkout link for Lena');
  await link.waitFor();
  expect(await link.inputValue()).toMatch(/\/checkout\/cs_\w+$/);
  await coach.getByText('Checkout sent').waitFor();
  await screenshots(coach, 'billing-02-checkout-sent');
  await coach.context().close();
});

it('the client starts the plan from Billing, pays on the checkout page and sees the trial once Stripe confirms', async () => {
  client = await (await newContext(browser, server.baseUrl, PHONE)).newPage();
  await signIn(client, 'lena@example.com', CLIENT_PASSWORD);
  await client.goto('/profile');
  await client.getByRole('link', { name: 'Your plan and payments' }).click();
  await client.waitForURL('**/billing');
  const start = client.getByRole('link', { name: 'Start your plan' });
  const checkoutUrl = (await lena.get(`/api/clients/${clientId}/billing`)).body.checkoutUrl as string;
  expect(await start.getAttribute('href')).toBe(checkoutUrl);
  await screenshots(client, 'billing-03-client-start');

  // Stripe's page (the stand-in "pays" at once) sends the client back to OneCoach.
  await start.click();
  await client.waitForURL('**/billing?checkout=done');
  await client.getByText('Thanks! Your payment is being confirmed').waitFor();

  // Stripe's events arrive (the subscription's before the checkout's); the page notices by itself.
  const session = stripe.store.sessions.get(checkoutUrl.split('/').pop()!)!;
  subscriptionId = String(session.subscription);
  await deliver(stripe.event('customer.subscription.created', stripe.store.subscriptions.get(subscriptionId)));
  await deliver(stripe.event('checkout.session.completed', session));
  await client.getByText("You're all set").waitFor();
  await client.getByText('Free trial', { exact: true }).waitFor();
  await client.getByText(/Your free trial runs until \d{1,2} \w{3} \d{4}/).waitFor();
  expect(await client.getByRole('link', { name: 'Start your plan' }).count()).toBe(0);
  await screenshots(client, 'billing-04-client-trial');
});

it('a failed payment shows a banner with a way to fix it; paying removes it', async () => {
  stripe.setSubscription(subscriptionId, { status: 'past_due', trial_end: null });
  const failed = stripe.invoice(subscriptionId, 'open');
  await deliver(stripe.event('invoice.payment_failed', failed));

  await client.goto('/today');
  const banner = client.getByRole('region', { name: 'Billing' });
  await banner.getByText(/Your last payment did not go through\. Update your card by \d{1,2} \w{3} \d{4}/).waitFor();
  await screenshots(client, 'billing-05-banner');
  await banner.getByRole('link', { name: 'Fix payment' }).click();
  await client.waitForURL('**/billing');
  await client.getByRole('button', { name: 'Manage card and invoices' }).waitFor();
  await client.locator('text="Failed" >> visible=true').waitFor();
  // Not repeated on Billing itself.
  expect(await banner.count()).toBe(0);

  // Hidden for this visit only: a fresh tab shows it again.
  await client.getByRole('link', { name: 'Today' }).click();
  await banner.getByRole('button', { name: 'Hide this message for now' }).click();
  await banner.waitFor({ state: 'detached' });
  await client.reload();
  await client.getByRole('heading', { name: /Lena/ }).waitFor();
  expect(await banner.count()).toBe(0);
  const other = await client.context().newPage();
  await other.goto('/today');
  await other.getByRole('region', { name: 'Billing' }).getByRole('link', { name: 'Fix payment' }).waitFor();

  // The card is fixed: Stripe retries, the invoice is paid and the subscription active again.
  stripe.setSubscription(subscriptionId, { status: 'active' });
  await deliver(stripe.event('invoice.paid', { ...failed, status: 'paid', amount_paid: failed.amount_due }));
  await other.goto('/billing');
  await other.getByText('Active', { exact: true }).waitFor();
  await other.getByRole('link', { name: 'Today' }).click();
  await other.getByRole('heading', { name: /Lena/ }).waitFor();
  expect(await other.getByRole('region', { name: 'Billing' }).count()).toBe(0);
  expect((await lena.get(`/api/clients/${clientId}/billing`)).body.status).toMatchObject({ state: 'active', banner: null });
});

it('the revenue page shows the MRR of the paying client', async () => {
  const coach = await (await newContext(browser, server.baseUrl, DESKTOP)).newPage();
  await signIn(coach, 'coach@example.com', TRAINER_PASSWORD);
  await coach.getByRole('link', { name: 'Revenue' }).click();
  await coach.waitForURL('**/revenue');
  const mrr = coach.getByText('Monthly recurring revenue', { exact: true }).locator('..');
  await mrr.getByText('€49.00').waitFor();
  await mrr.getByText('1 active subscription').waitFor();
  await screenshots(coach, 'billing-06-revenue');
  await coach.context().close();
});
