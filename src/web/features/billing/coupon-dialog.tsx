import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { toast } from 'sonner';
import { CURRENCIES } from '../../../shared/billing';
import { isApiError, errorMessage } from '../../lib/api';
import { Button } from '../../ui/button';
import { cn } from '../../ui/cn';
import { Dialog } from '../../ui/dialog';
import { SelectField, TextField } from '../../ui/field';
import { FormError } from '../../ui/notice';
import { couponText } from './coupon-copy';
import { parseMoney } from './money';
import { billingApi, billingKeys, type CouponDuration, type SaveCouponInput } from './queries';

type Kind = 'percent' | 'amount';
type Errors = Partial<Record<'code' | 'percentOff' | 'amountOffCents' | 'currency' | 'durationInMonths' | 'root', string>>;
type Form = { code: string; kind: Kind; percent: string; amount: string; currency: string; duration: CouponDuration; months: string };

/** The form read as the API wants it, or what to fix. */
export function readCouponForm(form: Form): { input: SaveCouponInput | null; errors: Errors } {
  const errors: Errors = {};
  const code = form.code.trim().toUpperCase();
  if (!/^[A-Z0-9_-]{3,40}$/.test(code)) errors.code = 'Letters, digits, - and _ (3–40), e.g. SPRING20';
  const percent = Number(form.percent.replace(',', '.'));
  const amount = parseMoney(form.amount, form.currency);
  if (form.kind === 'percent' && (!form.percent.trim() || !Number.isFinite(percent) || percent < 1 || percent > 100))
    errors.percentOff = 'Between 1 and 100';
  if (form.kind === 'amount' && (amount === null || amount <= 0)) errors.amountOffCents = 'Enter an amount above zero';
  const months = Number(form.months);
  if (form.duration === 'repeating' && (!Number.isInteger(months) || months < 1 || months > 36)) errors.durationInMonths = '1 to 36 months';
  if (Object.keys(errors).length > 0) return { input: null, errors };
  return {
    input: {
      code,
      duration: form.duration,
      ...(form.kind === 'percent' ? { percentOff: percent } : { amountOffCents: amount!, currency: form.currency }),
      ...(form.duration === 'repeating' ? { durationInMonths: months } : {}),
    },
    errors,
  };
}

const FIELD_KEYS = ['code', 'percentOff', 'amountOffCents', 'currency', 'durationInMonths'] as const;

function serverErrors(error: unknown): Errors {
  if (isApiError(error) && error.fields.length > 0) {
    const errors: Errors = {};
    for (const field of error.fields) {
      const key = FIELD_KEYS.find((name) => name === field.path);
      if (key) errors[key] ??= field.message;
      else errors.root ??= field.message;
    }
    return errors;
  }
  return { root: errorMessage(error) };
}

type Props = { open: boolean; onOpenChange: (open: boolean) => void; defaultCurrency: string };

/** A new discount code: percent or amount off, once, for some months or forever. */
export function CouponDialog({ open, onOpenChange, defaultCurrency }: Props) {
  const queryClient = useQueryClient();
  const [form, setForm] = useState<Form>({
    code: '',
    kind: 'percent',
    percent: '',
    amount: '',
    currency: defaultCurrency,
    duration: 'once',
    months: '3',
  });
  const [errors, setErrors] = useState<Errors>({});
  const create = useMutation({
    mutationFn: billingApi.createCoupon,
    onSuccess: async (coupon) => {
      await queryClient.invalidateQueries({ queryKey: billingKeys.coupons });
      toast.success(`${coupon.code} is ready: ${couponText(coupon)}`);
      onOpenChange(false);
    },
    onError: (error) => setErrors(serverErrors(error)),
  });
  const set = (patch: Partial<Form>) => {
    setForm((current) => ({ ...current, ...patch }));
    setErrors({});
  };
  const preview = readCouponForm(form).input;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const read = readCouponForm(form);
    setErrors(read.errors);
    if (read.input) create.mutate(read.input);
  };

  const kindClass = (selected: boolean) =>
    cn(
      'flex min-h-11 flex-1 cursor-pointer items-center justify-center rounded-md px-3 text-sm has-focus-visible:outline-2 has-focus-visible:outline-accent',
      selected ? 'bg-surface font-semibold text-text shadow-sm' : 'text-muted hover:text-text',
    );

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="New discount code"
      description="Clients type it on the Stripe checkout page. It's created in your Stripe account."
    >
      <form onSubmit={submit} noValidate className="flex flex-col gap-4">
        <TextField
          label="Code"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          placeholder="SPRING20"
          className="font-mono uppercase"
          value={form.code}
          onChange={(event) => set({ code: event.target.value })}
          error={errors.code}
        />
        <fieldset className="flex flex-col gap-1.5">
          <legend className="mb-1.5 text-sm font-medium text-text">Discount</legend>
          <div className="flex gap-1 rounded-lg bg-surface-muted p-1">
            {(
              [
                ['percent', 'Percentage off'],
                ['amount', 'Amount off'],
              ] as const
            ).map(([kind, label]) => (
              <label key={kind} className={kindClass(form.kind === kind)}>
                <input
                  type="radio"
                  name="coupon-kind"
                  value={kind}
                  checked={form.kind === kind}
                  onChange={() => set({ kind })}
                  className="sr-only"
                />
                {label}
              </label>
            ))}
          </div>
        </fieldset>
        {form.kind === 'percent' ? (
          <TextField
            label="Percentage"
            inputMode="decimal"
            autoComplete="off"
            placeholder="20"
            className="tabular-nums"
            value={form.percent}
            onChange={(event) => set({ percent: event.target.value })}
            error={errors.percentOff}
            hint="1 to 100 %"
          />
        ) : (
          <div className="grid grid-cols-[1fr_8rem] gap-3">
            <TextField
              label="Amount"
              inputMode="decimal"
              autoComplete="off"
              placeholder={form.currency === 'jpy' ? '1000' : '10.00'}
              className="tabular-nums"
              value={form.amount}
              onChange={(event) => set({ amount: event.target.value })}
              error={errors.amountOffCents}
            />
            <SelectField
              label="Currency"
              value={form.currency}
              onChange={(event) => set({ currency: event.target.value })}
              error={errors.currency}
            >
              {CURRENCIES.map((code) => (
                <option key={code} value={code}>
                  {code.toUpperCase()}
                </option>
              ))}
            </SelectField>
          </div>
        )}
        <div className={cn('grid gap-3', form.duration === 'repeating' && 'grid-cols-[1fr_8rem]')}>
          <SelectField label="How long" value={form.duration} onChange={(event) => set({ duration: event.target.value as CouponDuration })}>
            <option value="once">Once (the first payment)</option>
            <option value="repeating">For some months</option>
            <option value="forever">Forever</option>
          </SelectField>
          {form.duration === 'repeating' && (
            <TextField
              label="Months"
              type="number"
              inputMode="numeric"
              min={1}
              max={36}
              value={form.months}
              onChange={(event) => set({ months: event.target.value })}
              error={errors.durationInMonths}
            />
          )}
        </div>
        <p className="rounded-md bg-surface-muted px-3 py-2 text-sm text-muted" aria-live="polite">
          {preview ? (
            <>
              <span className="font-mono font-semibold text-text">{preview.code}</span>
              {` gives ${couponText({
                percentOff: preview.percentOff ?? null,
                amountOffCents: preview.amountOffCents ?? null,
                currency: preview.currency ?? null,
                duration: preview.duration,
                durationInMonths: preview.durationInMonths ?? null,
              })}.`}
            </>
          ) : (
            'Fill in the code and the discount to see what clients get.'
          )}
        </p>
        <FormError message={errors.root} />
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="secondary" onClick={() => onOpenChange(false)}>
            Cancel
          </Button>
          <Button type="submit" pending={create.isPending}>
            Create code
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
