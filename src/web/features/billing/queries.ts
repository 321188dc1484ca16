import { queryOptions } from '@tanstack/react-query';
import type { BillingStatus, Plan, SavePlanInput } from '../../../shared/billing';
import { api } from '../../lib/api';

// Types and fetchers only: the client shell loads this file up front, and the shared billing
// module brings zod with it, so nothing here imports a value from it.

export type PaymentStatus = 'paid' | 'failed' | 'refunded' | 'partially_refunded';
export type Payment = {
  id: string;
  status: PaymentStatus | (string & {});
  amountCents: number;
  refundedCents: number;
  currency: string;
  receiptUrl: string | null;
  at: string;
};
export type ClientBilling = { status: BillingStatus; checkoutUrl: string | null; payments: Payment[] };
export type PlanList = { items: Plan[]; stripe: boolean };

export type Revenue = {
  mrr: { currency: string; cents: number; active: number }[];
  /** 12 months, oldest first; month is "YYYY-MM". */
  months: { month: string; started: number; churned: number }[];
  failedPayments: { id: string; clientId: string | null; clientName: string | null; amountCents: number; currency: string; at: string }[];
  lifetime: { clientId: string; clientName: string; currency: string; cents: number }[];
};
export type Reconciliation = { checked: number; differences: { stripeSubscriptionId: string; ours: string | null; stripe: string }[] };
export type CouponDuration = 'once' | 'repeating' | 'forever';
export type Coupon = {
  id: string;
  code: string;
  active: boolean;
  percentOff: number | null;
  amountOffCents: number | null;
  currency: string | null;
  duration: CouponDuration | (string & {});
  durationInMonths: number | null;
};
export type SaveCouponInput = {
  code: string;
  percentOff?: number;
  amountOffCents?: number;
  currency?: string;
  duration: CouponDuration;
  durationInMonths?: number;
};

export const billingKeys = {
  all: ['billing'] as const,
  plans: ['billing', 'plans'] as const,
  client: (clientId: string) => ['billing', 'client', clientId] as const,
  revenue: ['billing', 'revenue'] as const,
  coupons: ['billing', 'coupons'] as const,
};

/** MRR, new and churned per month, failed payments and lifetime revenue, from OneCoach's own records. */
export const revenueQuery = () =>
  queryOptions({
    queryKey: billingKeys.revenue,
    queryFn: ({ signal }) => api<Revenue>('/api/revenue', { signal }),
  });

/** Active discount codes, straight from Stripe (409 while Stripe isn't connected). */
export const couponsQuery = () =>
  queryOptions({
    queryKey: billingKeys.coupons,
    queryFn: ({ signal }) => api<{ items: Coupon[] }>('/api/coupons', { signal }),
  });

/** The trainer's plans, archived too, and whether Stripe keys are configured. */
export const plansQuery = () =>
  queryOptions({
    queryKey: billingKeys.plans,
    queryFn: ({ signal }) => api<PlanList>('/api/plans', { signal }),
  });

/**
 * A client's plan, access status, pending checkout link and payments. Asked again whenever the
 * window regains focus: a card fixed in Stripe's portal shows here as soon as the person is back.
 */
export const clientBillingQuery = (clientId: string) =>
  queryOptions({
    queryKey: billingKeys.client(clientId),
    queryFn: ({ signal }) => api<ClientBilling>(`/api/clients/${encodeURIComponent(clientId)}/billing`, { signal }),
    refetchOnWindowFocus: 'always',
    refetchInterval: 15 * 60_000,
  });

export const billingApi = {
  createPlan: (input: SavePlanInput) => api<Plan>('/api/plans', { method: 'POST', body: input }),
  updatePlan: (id: string, input: SavePlanInput) => api<Plan>(`/api/plans/${encodeURIComponent(id)}`, { method: 'PUT', body: input }),
  assignPlan: (clientId: string, input: { planId: string; manual: boolean }) =>
    api<{ checkoutUrl: string | null; status: BillingStatus }>(`/api/clients/${encodeURIComponent(clientId)}/plan`, {
      method: 'POST',
      body: input,
    }),
  refund: (paymentId: string, amountCents?: number) =>
    api<{ refundId: string; refundedCents: number }>(`/api/payments/${encodeURIComponent(paymentId)}/refund`, {
      method: 'POST',
      body: amountCents === undefined ? {} : { amountCents },
    }),
  reconcile: () => api<Reconciliation>('/api/revenue/reconcile', { method: 'POST' }),
  createCoupon: (input: SaveCouponInput) => api<Coupon>('/api/coupons', { method: 'POST', body: input }),
  stopCoupon: (id: string) => api<Coupon>(`/api/coupons/${encodeURIComponent(id)}`, { method: 'DELETE' }),
  openPortal: () => api<{ url: string }>('/api/me/billing/portal', { method: 'POST' }),
};
