import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { toast } from 'sonner';
import { isApiError, errorMessage } from '../../lib/api';
import { formatDate } from '../../lib/dates';
import { Button } from '../../ui/button';
import { cn } from '../../ui/cn';
import { Dialog } from '../../ui/dialog';
import { TextField } from '../../ui/field';
import { FormError } from '../../ui/notice';
import { refundable } from './billing-copy';
import { formatMoney, parseMoney } from './money';
import { billingApi, billingKeys, type Payment } from './queries';

type Props = { payment: Payment; clientId: string; firstName: string; onOpenChange: (open: boolean) => void };

/** Refund a card payment through Stripe: all that is left, or part of it. */
export function RefundDialog({ payment, clientId, firstName, onOpenChange }: Props) {
  const queryClient = useQueryClient();
  const left = refundable(payment);
  const money = (cents: number) => formatMoney(cents, payment.currency);
  const [part, setPart] = useState(false);
  const [amountText, setAmountText] = useState('');
  const [error, setError] = useState<{ amount?: string; root?: string }>({});
  const amount = part ? parseMoney(amountText, payment.currency) : left;
  const refund = useMutation({
    mutationFn: (cents: number | undefined) => billingApi.refund(payment.id, cents),
    onSuccess: async (_, cents) => {
      await queryClient.invalidateQueries({ queryKey: billingKeys.client(clientId) });
      void queryClient.invalidateQueries({ queryKey: billingKeys.revenue });
      toast.success(`Refunded ${money(cents ?? left)} to ${firstName}`);
      onOpenChange(false);
    },
    onError: (failure) => {
      const field = isApiError(failure) ? failure.fields.find((item) => item.path === 'amountCents') : undefined;
      // The server counts in cents ("At most 3400 …"): say it in money.
      if (field) setError({ amount: `At most ${money(left)} can still be refunded` });
      else setError({ root: errorMessage(failure) });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!part) return refund.mutate(undefined);
    if (amount === null || amount <= 0) return setError({ amount: 'Enter an amount above zero' });
    if (amount > left) return setError({ amount: `At most ${money(left)} can still be refunded` });
    refund.mutate(amount === left ? undefined : amount);
  };

  const optionClass = (selected: boolean) =>
    cn(
      'flex min-h-11 cursor-pointer items-center gap-3 rounded-md border px-3 py-2 text-sm',
      selected ? 'border-accent bg-accent-soft text-text' : 'border-line text-text hover:bg-surface-muted',
    );

  return (
    <Dialog
      open
      onOpenChange={onOpenChange}
      title="Refund payment"
      description={
        <>
          {`${money(payment.amountCents)} paid on ${formatDate(payment.at)}`}
          {payment.refundedCents > 0 && `, ${money(payment.refundedCents)} already refunded`}. The money goes back to {firstName}'s card
          through Stripe; it can't be undone.
        </>
      }
    >
      <form onSubmit={submit} noValidate className="flex flex-col gap-4">
        <fieldset className="flex flex-col gap-2">
          <legend className="sr-only">How much</legend>
          <label className={optionClass(!part)}>
            <input
              type="radio"
              name="refund-kind"
              checked={!part}
              onChange={() => {
                setPart(false);
                setError({});
              }}
              className="size-4 accent-accent"
            />
            <span>
              {payment.refundedCents > 0 ? 'All that is left' : 'In full'}: <strong className="tabular-nums">{money(left)}</strong>
            </span>
          </label>
          <label className={optionClass(part)}>
            <input
              type="radio"
              name="refund-kind"
              checked={part}
              onChange={() => {
                setPart(true);
                setError({});
              }}
              className="size-4 accent-accent"
            />
            Part of it
          </label>
        </fieldset>
        {part && (
          <TextField
            label={`Amount to refund (${payment.currency.toUpperCase()})`}
            inputMode="decimal"
            autoComplete="off"
            autoFocus
            placeholder={payment.currency === 'jpy' ? '1000' : '10.00'}
            className="tabular-nums"
            value={amountText}
            onChange={(event) => {
              setAmountText(event.target.value);
              setError({});
            }}
            error={error.amount}
            hint={`Up to ${money(left)}`}
          />
        )}
        <FormError message={error.root} />
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="secondary" onClick={() => onOpenChange(false)}>
            Cancel
          </Button>
          <Button type="submit" variant="danger" pending={refund.isPending}>
            {amount !== null && amount > 0 && amount <= left ? `Refund ${money(amount)}` : 'Refund'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
