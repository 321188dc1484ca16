import type Stripe from 'stripe';
import type { z } from 'zod';
import type { Plan, PlanArea, SavePlanSchema } from '../../../shared/billing';
import { actorRef, type Actor } from '../../lib/access';
import { AppError } from '../../lib/errors';
import { recordAudit } from '../audit/audit.repo';
import { findPlan, insertPlan, listPlans, updatePlan, type PlanRow } from './billing.repo';
import type { BillingDeps } from './billing.service';
import { callStripe, recurringFor } from './stripe-client';

/** The trainer's plans, kept in step with Stripe's Products and Prices when Stripe is connected. */

const toPlan = (row: PlanRow & { subscribers?: number }, stripe: boolean): Plan => ({
  id: row.id,
  name: row.name,
  description: row.description,
  amountCents: row.amountCents,
  currency: row.currency,
  interval: row.interval,
  trialDays: row.trialDays,
  setupFeeCents: row.setupFeeCents,
  areas: row.areas as PlanArea[],
  archived: row.archivedAt !== null,
  stripe: stripe && row.stripePriceId !== null,
  subscribers: row.subscribers ?? 0,
});

export async function plans(deps: BillingDeps, includeArchived: boolean) {
  return {
    items: (await listPlans(deps.db, includeArchived)).map((row) => toPlan(row, deps.stripe !== null)),
    stripe: deps.stripe !== null,
  };
}

async function createPrice(stripe: Stripe, productId: string, cents: number, currency: string, interval: string | null, planId: string) {
  const recurring = interval ? recurringFor(interval) : null;
  return callStripe('create the price', () =>
    stripe.prices.create({
      product: productId,
      unit_amount: cents,
      currency,
      ...(recurring ? { recurring } : {}),
      metadata: { plan_id: planId },
    }),
  );
}

/**
 * Creates the plan; with Stripe, its Product and Price first — if Stripe fails, nothing is written
 * here (a 502), and a product made before a failing price is archived again.
 */
export async function createPlan(deps: BillingDeps, actor: Actor, input: z.output<typeof SavePlanSchema>) {
  const id = crypto.randomUUID();
  let ids: { product: string; price: string; setup: string | null } | null = null;
  if (deps.stripe) {
    const stripe = deps.stripe.client;
    const product = await callStripe('create the product', () =>
      stripe.products.create({
        name: input.name,
        ...(input.description ? { description: input.description } : {}),
        metadata: { plan_id: id },
      }),
    );
    try {
      const price = await createPrice(
        stripe,
        product.id,
        input.amountCents,
        input.currency,
        input.interval === 'one_off' ? null : input.interval,
        id,
      );
      const setup = input.setupFeeCents > 0 ? await createPrice(stripe, product.id, input.setupFeeCents, input.currency, null, id) : null;
      ids = { product: product.id, price: price.id, setup: setup?.id ?? null };
    } catch (error) {
      await stripe.products.update(product.id, { active: false }).catch(() => undefined);
      throw error;
    }
  }
  const now = deps.clock.now();
  const row = await insertPlan(deps.db, {
    id,
    name: input.name,
    description: input.description,
    amountCents: input.amountCents,
    currency: input.currency,
    interval: input.interval,
    trialDays: input.trialDays,
    setupFeeCents: input.setupFeeCents,
    areas: input.areas,
    stripeProductId: ids?.product ?? null,
    stripePriceId: ids?.price ?? null,
    stripeSetupPriceId: ids?.setup ?? null,
    archivedAt: input.archived ? now : null,
    createdAt: now,
    updatedAt: now,
  });
  await recordAudit(deps.db, { ...actorRef(actor), action: 'plan.create', subjectType: 'plan', subjectId: row.id, at: now });
  return toPlan(row, deps.stripe !== null);
}

/**
 * Prices are never edited in place: a new amount, currency or interval is a new Stripe Price and
 * the old one is archived; people already subscribed keep the price they signed up for.
 */
export async function changePlan(deps: BillingDeps, actor: Actor, id: string, input: z.output<typeof SavePlanSchema>) {
  const current = await findPlan(deps.db, id);
  if (!current) throw AppError.notFound('That plan');
  const patch: Partial<PlanRow> = {};
  if (deps.stripe && !current.stripeProductId) {
    // Made before Stripe was connected: it gets its Product and Prices now.
    const stripe = deps.stripe.client;
    const product = await callStripe('create the product', () =>
      stripe.products.create({
        name: input.name,
        ...(input.description ? { description: input.description } : {}),
        metadata: { plan_id: id },
      }),
    );
    patch.stripeProductId = product.id;
    patch.stripePriceId = (
      await createPrice(stripe, product.id, input.amountCents, input.currency, input.interval === 'one_off' ? null : input.interval, id)
    ).id;
    patch.stripeSetupPriceId =
      input.setupFeeCents > 0 ? (await createPrice(stripe, product.id, input.setupFeeCents, input.currency, null, id)).id : null;
  } else if (deps.stripe && current.stripeProductId) {
    const stripe = deps.stripe.client;
    const productId = current.stripeProductId;
    await callStripe('update the product', () =>
      stripe.products.update(productId, { name: input.name, description: input.description || '', active: !input.archived }),
    );
    const priceChanged =
      input.amountCents !== current.amountCents || input.currency !== current.currency || input.interval !== current.interval;
    if (priceChanged) {
      const price = await createPrice(
        stripe,
        productId,
        input.amountCents,
        input.currency,
        input.interval === 'one_off' ? null : input.interval,
        id,
      );
      if (current.stripePriceId) {
        const old = current.stripePriceId;
        await callStripe('archive the old price', () => stripe.prices.update(old, { active: false }));
      }
      patch.stripePriceId = price.id;
    }
    if (input.setupFeeCents !== current.setupFeeCents || (priceChanged && input.currency !== current.currency)) {
      if (current.stripeSetupPriceId) {
        const old = current.stripeSetupPriceId;
        await callStripe('archive the old setup fee', () => stripe.prices.update(old, { active: false }));
      }
      patch.stripeSetupPriceId =
        input.setupFeeCents > 0 ? (await createPrice(stripe, productId, input.setupFeeCents, input.currency, null, id)).id : null;
    }
  }
  const now = deps.clock.now();
  const row = await updatePlan(deps.db, id, {
    ...patch,
    name: input.name,
    description: input.description,
    amountCents: input.amountCents,
    currency: input.currency,
    interval: input.interval,
    trialDays: input.trialDays,
    setupFeeCents: input.setupFeeCents,
    areas: input.areas,
    archivedAt: input.archived ? (current.archivedAt ?? now) : null,
    updatedAt: now,
  });
  await recordAudit(deps.db, { ...actorRef(actor), action: 'plan.update', subjectType: 'plan', subjectId: id, at: now });
  return toPlan(row, deps.stripe !== null);
}
