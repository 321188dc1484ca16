import { createRoute, z } from '@hono/zod-openapi';
import type Stripe from 'stripe';
import { CURRENCIES } from '../../../shared/billing';
import { actorRef, requireTrainer } from '../../lib/access';
import { AppError } from '../../lib/errors';
import { body, createRouter, errorResponses, json } from '../../lib/validate';
import { recordAudit } from '../audit/audit.repo';
import type { BillingDeps } from './billing.service';
import { callStripe } from './stripe-client';

/**
 * Discount codes live in Stripe (a coupon and its customer-facing promotion code); clients type
 * them on the checkout page (allow_promotion_codes). Nothing is stored here, so nothing can drift.
 */
export const SaveCouponSchema = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_-]{3,40}$/, 'Letters, digits, - and _ (3–40)')
      .transform((code) => code.toUpperCase()),
    percentOff: z.number().min(1, 'At least 1 %').max(100, 'At most 100 %').optional(),
    amountOffCents: z.number().int().positive('Above zero').optional(),
    currency: z.enum(CURRENCIES).optional(),
    duration: z.enum(['once', 'repeating', 'forever']),
    durationInMonths: z.number().int().min(1).max(36).optional(),
  })
  .superRefine((value, ctx) => {
    if ((value.percentOff === undefined) === (value.amountOffCents === undefined))
      ctx.addIssue({ code: 'custom', path: ['percentOff'], message: 'Give either a percentage or an amount off' });
    if (value.amountOffCents !== undefined && !value.currency)
      ctx.addIssue({ code: 'custom', path: ['currency'], message: 'Which currency is the amount in?' });
    if (value.duration === 'repeating' && !value.durationInMonths)
      ctx.addIssue({ code: 'custom', path: ['durationInMonths'], message: 'For how many months?' });
  })
  .meta({ id: 'SaveCouponInput' });

const CouponSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    active: z.boolean(),
    percentOff: z.number().nullable(),
    amountOffCents: z.number().nullable(),
    currency: z.string().nullable(),
    duration: z.string(),
    durationInMonths: z.number().nullable(),
  })
  .meta({ id: 'Coupon' });

function toCoupon(code: Stripe.PromotionCode): z.infer<typeof CouponSchema> {
  const raw = code as unknown as { promotion?: { coupon?: string | Stripe.Coupon }; coupon?: Stripe.Coupon };
  const coupon = (typeof raw.promotion?.coupon === 'object' ? raw.promotion.coupon : raw.coupon) ?? null;
  return {
    id: code.id,
    code: code.code,
    active: code.active,
    percentOff: coupon?.percent_off ?? null,
    amountOffCents: coupon?.amount_off ?? null,
    currency: coupon?.currency ?? null,
    duration: coupon?.duration ?? 'once',
    durationInMonths: coupon?.duration_in_months ?? null,
  };
}

function stripeOf(deps: BillingDeps) {
  if (!deps.stripe) throw new AppError('CONFLICT', 'Connect Stripe to offer discount codes.');
  return deps.stripe.client;
}

/** /api/coupons — discount codes (trainer). */
export function couponRoutes(deps: BillingDeps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/',
        tags: ['Billing'],
        summary: 'Active discount codes, from Stripe (trainer)',
        responses: {
          200: json(z.object({ items: z.array(CouponSchema) }).meta({ id: 'CouponList' }), 'Codes'),
          ...errorResponses(401, 403, 409, 502),
        },
      }),
      async (c) => {
        requireTrainer(c);
        const stripe = stripeOf(deps);
        const list = await callStripe('list the discount codes', () =>
          stripe.promotionCodes.list({ active: true, limit: 100, expand: ['data.promotion.coupon'] }),
        );
        return c.json({ items: list.data.map(toCoupon) }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/',
        tags: ['Billing'],
        summary: 'A discount code: percent or amount off, once, for some months or forever (trainer)',
        request: body(SaveCouponSchema),
        responses: { 201: json(CouponSchema, 'Created'), ...errorResponses(400, 401, 403, 409, 502) },
      }),
      async (c) => {
        const actor = requireTrainer(c);
        const input = c.req.valid('json');
        const stripe = stripeOf(deps);
        const coupon = await callStripe('create the coupon', () =>
          stripe.coupons.create({
            name: input.code,
            duration: input.duration,
            ...(input.durationInMonths ? { duration_in_months: input.durationInMonths } : {}),
            ...(input.percentOff !== undefined
              ? { percent_off: input.percentOff }
              : { amount_off: input.amountOffCents!, currency: input.currency! }),
          }),
        );
        const code = await callStripe('create the code', () =>
          stripe.promotionCodes.create({ promotion: { type: 'coupon', coupon: coupon.id }, code: input.code }),
        );
        await recordAudit(deps.db, {
          ...actorRef(actor),
          action: 'coupon.create',
          subjectType: 'coupon',
          subjectId: code.id,
          at: deps.clock.now(),
        });
        return c.json({ ...toCoupon(code), percentOff: coupon.percent_off ?? null, amountOffCents: coupon.amount_off ?? null }, 201);
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/{id}',
        tags: ['Billing'],
        summary: 'Stop a discount code (people already using it keep their discount) (trainer)',
        request: { params: z.object({ id: z.string().regex(/^promo_\w{3,100}$/, 'Not a discount code') }) },
        responses: { 200: json(CouponSchema, 'Stopped'), ...errorResponses(400, 401, 403, 409, 502) },
      }),
      async (c) => {
        const actor = requireTrainer(c);
        const stripe = stripeOf(deps);
        const id = c.req.valid('param').id;
        const code = await callStripe('stop the code', () => stripe.promotionCodes.update(id, { active: false }));
        await recordAudit(deps.db, {
          ...actorRef(actor),
          action: 'coupon.stop',
          subjectType: 'coupon',
          subjectId: id,
          at: deps.clock.now(),
        });
        return c.json(toCoupon(code), 200);
      },
    );
}
