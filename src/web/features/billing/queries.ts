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

export const billingKeys = {
  all: ['billing'] as const,
  plans: ['billing', 'plans'] as const,
  client: (clientId: string) => ['billing', 'client', clientId] as const,
};

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
  openPortal: () => api<{ url: string }>('/api/me/billing/portal', { method: 'POST' }),
};
