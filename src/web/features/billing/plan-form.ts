import type { FieldErrors } from 'react-hook-form';
import type { z } from 'zod';
import { PLAN_AREAS, SavePlanSchema, type Plan, type PlanArea, type PlanInterval } from '../../../shared/billing';
import { centsToMoneyInput, minorDigits, parseMoney } from './money';

/** The plan form as typed: money and days are text until they are read. Field names match the API's. */
export type PlanForm = {
  name: string;
  description: string;
  amountCents: string;
  currency: string;
  interval: PlanInterval;
  trialDays: string;
  setupFeeCents: string;
  areas: PlanArea[];
  archived: boolean;
};
export type PlanOutput = z.output<typeof SavePlanSchema>;

export const PLAN_FIELDS = [
  'name',
  'description',
  'amountCents',
  'currency',
  'interval',
  'trialDays',
  'setupFeeCents',
  'areas',
  'archived',
] as const satisfies readonly (keyof PlanForm)[];

export const emptyPlanForm = (currency: string): PlanForm => ({
  name: '',
  description: '',
  amountCents: '',
  currency,
  interval: 'month',
  trialDays: '0',
  setupFeeCents: '',
  areas: [...PLAN_AREAS],
  archived: false,
});

export const planToForm = (plan: Plan): PlanForm => ({
  name: plan.name,
  description: plan.description,
  amountCents: centsToMoneyInput(plan.amountCents, plan.currency),
  currency: plan.currency,
  interval: plan.interval,
  trialDays: String(plan.trialDays),
  setupFeeCents: plan.setupFeeCents > 0 ? centsToMoneyInput(plan.setupFeeCents, plan.currency) : '',
  areas: plan.areas,
  archived: plan.archived,
});

const example = (currency: string) => (minorDigits(currency) === 0 ? 'Enter a whole amount, like 5000' : 'Enter a price, like 49.00');

/**
 * Reads the typed plan into the API's shape and checks it with the same shared schema as the
 * server; a price that isn't a number is named at its field before the schema sees it.
 */
export function readPlanForm(values: PlanForm): { values: PlanOutput; errors: null } | { values: null; errors: FieldErrors<PlanForm> } {
  const errors: FieldErrors<PlanForm> = {};
  const amount = parseMoney(values.amountCents, values.currency);
  if (values.amountCents.trim() === '') errors.amountCents = { type: 'required', message: 'Enter a price' };
  else if (amount === null) errors.amountCents = { type: 'format', message: example(values.currency) };
  const setup = String(values.setupFeeCents ?? '').trim() === '' ? 0 : parseMoney(values.setupFeeCents, values.currency);
  if (setup === null) errors.setupFeeCents = { type: 'format', message: example(values.currency) };
  // A disabled input (no trial for a one-off) may come back without a value.
  const trialText = String(values.trialDays ?? '').trim();
  const trial = trialText === '' ? 0 : Number(trialText);
  if (!Number.isInteger(trial)) errors.trialDays = { type: 'format', message: 'Whole days, like 14' };

  const parsed = SavePlanSchema.safeParse({
    name: values.name,
    description: values.description,
    amountCents: amount ?? 1,
    currency: values.currency,
    interval: values.interval,
    trialDays: Number.isInteger(trial) ? trial : 0,
    setupFeeCents: setup ?? 0,
    areas: values.areas,
    archived: values.archived,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0]) as keyof PlanForm;
      if (PLAN_FIELDS.includes(key) && !errors[key]) errors[key] = { type: 'schema', message: issue.message };
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { values: null, errors };
  return { values: parsed.data, errors: null };
}
