import { describe, expect, it } from 'vitest';
import { emptyPlanForm, planToForm, readPlanForm } from './plan-form';

const typed = { ...emptyPlanForm('eur'), name: 'Online coaching', amountCents: '49.00', trialDays: '14' };

describe('the plan form', () => {
  it('turns the typed price into cents and the days into a number', () => {
    expect(readPlanForm({ ...typed, setupFeeCents: '20' }).values).toMatchObject({
      name: 'Online coaching',
      amountCents: 4900,
      currency: 'eur',
      trialDays: 14,
      setupFeeCents: 2000,
    });
    expect(readPlanForm({ ...typed, currency: 'jpy', amountCents: '5000' }).values).toMatchObject({ amountCents: 5000 });
  });

  it('names each bad field with the shared schema’s words', () => {
    const errors = readPlanForm({ ...typed, name: ' ', amountCents: '0', trialDays: '400' }).errors!;
    expect(errors.name?.message).toBe('Name the plan');
    expect(errors.amountCents?.message).toBe('The price must be above zero');
    expect(errors.trialDays?.message).toBe('At most 365 days of trial');
    expect(readPlanForm({ ...typed, amountCents: 'lots' }).errors?.amountCents?.message).toBe('Enter a price, like 49.00');
    expect(readPlanForm({ ...typed, amountCents: '' }).errors?.amountCents?.message).toBe('Enter a price');
    expect(readPlanForm({ ...typed, currency: 'jpy', amountCents: '49.50' }).errors?.amountCents?.message).toBe(
      'Enter a whole amount, like 5000',
    );
    expect(readPlanForm({ ...typed, interval: 'one_off' }).errors?.trialDays?.message).toBe('A one-off package has no trial');
  });

  it('shows a saved plan back as typed', () => {
    const plan = {
      id: 'p',
      name: 'Twelve weeks',
      description: '',
      amountCents: 39000,
      currency: 'gbp',
      interval: 'one_off' as const,
      trialDays: 0,
      setupFeeCents: 0,
      areas: ['messaging' as const],
      archived: false,
      stripe: true,
      subscribers: 2,
    };
    expect(planToForm(plan)).toMatchObject({ amountCents: '390.00', setupFeeCents: '', trialDays: '0' });
    expect(readPlanForm(planToForm(plan)).values).toMatchObject({ amountCents: 39000, areas: ['messaging'] });
  });
});
