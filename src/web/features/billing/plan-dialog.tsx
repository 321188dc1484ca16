import { useQueryClient } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { toast } from 'sonner';
import { CURRENCIES, PLAN_AREA_LABELS, PLAN_AREAS, PLAN_INTERVAL_LABELS, PLAN_INTERVALS, type Plan } from '../../../shared/billing';
import { applyServerErrors } from '../../lib/form-errors';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { SelectField, TextareaField, TextField } from '../../ui/field';
import { FormError, Notice } from '../../ui/notice';
import { SwitchField } from '../../ui/switch';
import { planPrice } from './billing-copy';
import { formatMoney, parseMoney } from './money';
import { emptyPlanForm, PLAN_FIELDS, planToForm, readPlanForm, type PlanForm, type PlanOutput } from './plan-form';
import { billingApi, billingKeys } from './queries';

const resolver: Resolver<PlanForm, unknown, PlanOutput> = (values) => {
  const read = readPlanForm(values);
  return read.errors ? { values: {}, errors: read.errors } : { values: read.values, errors: {} };
};

function useCurrencyNames() {
  return useMemo(() => {
    const names = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(undefined, { type: 'currency' }) : null;
    return (code: string) => `${code.toUpperCase()} — ${names?.of(code.toUpperCase()) ?? code.toUpperCase()}`;
  }, []);
}

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** null: a new plan. */
  plan: Plan | null;
  stripe: boolean;
  defaultCurrency: string;
};

/** Create or edit a plan. A changed price becomes a new Stripe price; subscribers keep theirs. */
export function PlanDialog({ open, onOpenChange, plan, stripe, defaultCurrency }: Props) {
  const queryClient = useQueryClient();
  const currencyName = useCurrencyNames();
  const areasId = useId();
  const { register, handleSubmit, setError, formState, watch, setValue } = useForm<PlanForm, unknown, PlanOutput>({
    resolver,
    defaultValues: plan ? planToForm(plan) : emptyPlanForm(defaultCurrency),
  });
  const { errors } = formState;
  const [amountText, currency, interval, setupText, archived] = watch(['amountCents', 'currency', 'interval', 'setupFeeCents', 'archived']);
  const amount = parseMoney(amountText, currency);
  const setup = setupText.trim() ? parseMoney(setupText, currency) : null;
  const oneOff = interval === 'one_off';
  const priceChanged = plan !== null && (amount !== plan.amountCents || currency !== plan.currency || interval !== plan.interval);

  const onSubmit = handleSubmit(async (values) => {
    try {
      const saved = plan ? await billingApi.updatePlan(plan.id, values) : await billingApi.createPlan(values);
      await queryClient.invalidateQueries({ queryKey: billingKeys.plans });
      toast.success(plan ? `Saved ${saved.name}` : `${saved.name} is ready`);
      onOpenChange(false);
    } catch (error) {
      applyServerErrors(error, setError, PLAN_FIELDS);
    }
  });

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={plan ? `Edit ${plan.name}` : 'New plan'}
      description={
        stripe
          ? 'Saving creates or updates the product and price in your Stripe account.'
          : "Stripe isn't connected, so this plan is for manual billing for now."
      }
    >
      <form onSubmit={(event) => void onSubmit(event)} noValidate className="flex flex-col gap-4">
        <TextField label="Name" autoComplete="off" placeholder="Online coaching" error={errors.name?.message} {...register('name')} />
        <TextareaField
          label="Description"
          optional
          rows={2}
          placeholder="Your program, weekly check-ins, messaging"
          error={errors.description?.message}
          {...register('description')}
        />
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-[1fr_14rem]">
          <TextField
            label="Price"
            inputMode="decimal"
            autoComplete="off"
            placeholder={currency === 'jpy' ? '5000' : '49.00'}
            className="tabular-nums"
            error={errors.amountCents?.message}
            hint={amount !== null && amount > 0 ? planPrice({ amountCents: amount, currency, interval }) : undefined}
            {...register('amountCents')}
          />
          <SelectField label="Currency" error={errors.currency?.message} {...register('currency')}>
            {CURRENCIES.map((code) => (
              <option key={code} value={code}>
                {currencyName(code)}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField
            label="How often"
            error={errors.interval?.message}
            {...register('interval', {
              onChange: (event: { target: { value: string } }) => event.target.value === 'one_off' && setValue('trialDays', '0'),
            })}
          >
            {PLAN_INTERVALS.map((value) => (
              <option key={value} value={value}>
                {PLAN_INTERVAL_LABELS[value]}
              </option>
            ))}
          </SelectField>
          <TextField
            label="Free trial (days)"
            type="number"
            inputMode="numeric"
            min={0}
            max={365}
            disabled={oneOff}
            hint={oneOff ? 'A one-off package has no trial' : '0 for none'}
            error={errors.trialDays?.message}
            {...register('trialDays')}
          />
        </div>
        {plan && stripe && plan.stripe && (
          <Notice tone={priceChanged ? 'warning' : 'info'} title={priceChanged ? 'This makes a new Stripe price' : 'Changing the price'}>
            A new amount, currency or interval creates a new price in Stripe and retires the old one.{' '}
            {plan.subscribers === 0
              ? 'Nobody is on this plan yet.'
              : `${plan.subscribers === 1 ? 'The client' : `The ${plan.subscribers} clients`} already on it keep the price they signed up with; new clients get the new one.`}
          </Notice>
        )}
        <TextField
          label="Setup fee"
          optional
          inputMode="decimal"
          autoComplete="off"
          placeholder="0.00"
          className="tabular-nums"
          hint={setup ? `${formatMoney(setup, currency)} once, with the first payment` : 'Charged once, with the first payment'}
          error={errors.setupFeeCents?.message}
          {...register('setupFeeCents')}
        />
        <fieldset aria-describedby={`${areasId}-hint`}>
          <legend className="text-sm font-medium text-text">Included</legend>
          <p id={`${areasId}-hint`} className="mt-0.5 text-sm text-muted">
            Training, progress and billing are always included.
          </p>
          <div className="mt-1 grid gap-x-4 sm:grid-cols-2">
            {PLAN_AREAS.map((area) => (
              <label key={area} className="flex min-h-11 cursor-pointer items-center gap-3 text-sm text-text">
                <input type="checkbox" value={area} className="size-5 shrink-0 accent-accent" {...register('areas')} />
                {PLAN_AREA_LABELS[area]}
              </label>
            ))}
          </div>
          {errors.areas?.message && <p className="text-sm text-danger">{errors.areas.message}</p>}
        </fieldset>
        {plan && (
          <SwitchField
            label="Archived"
            hint="Not offered to new clients; clients already on it keep it."
            checked={archived}
            onCheckedChange={(next) => setValue('archived', next, { shouldDirty: true })}
          />
        )}
        <FormError message={errors.root?.server?.message} />
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="secondary" onClick={() => onOpenChange(false)}>
            Cancel
          </Button>
          <Button type="submit" pending={formState.isSubmitting}>
            {plan ? 'Save plan' : 'Create plan'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
