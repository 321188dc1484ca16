import { ExternalLink, Receipt } from 'lucide-react';
import { formatDate } from '../../lib/dates';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { paymentBadge, refundable } from './billing-copy';
import { formatMoney } from './money';
import type { Payment } from './queries';

const thClass = 'bg-surface-muted px-3 py-2 text-left text-xs font-semibold whitespace-nowrap text-muted';
const tdClass = 'px-3 py-2.5 align-middle';

function ReceiptLink({ payment }: { payment: Payment }) {
  if (!payment.receiptUrl) return <span className="text-muted">—</span>;
  // A failed payment's page is the open invoice, where it can be paid; otherwise it is the receipt.
  const label = payment.status === 'failed' ? 'Invoice' : 'Receipt';
  return (
    <a
      href={payment.receiptUrl}
      target="_blank"
      rel="noopener noreferrer"
      className="inline-flex min-h-11 items-center gap-1 rounded-sm font-medium text-accent-text hover:underline sm:min-h-0"
      aria-label={`${label} for ${formatMoney(payment.amountCents, payment.currency)} on ${formatDate(payment.at)} (opens in a new tab)`}
    >
      {label}
      <ExternalLink aria-hidden className="size-3.5" />
    </a>
  );
}

const refundedText = (payment: Payment) =>
  payment.refundedCents > 0 ? `${formatMoney(payment.refundedCents, payment.currency)} refunded` : null;

function RefundButton({ payment, onRefund, className }: { payment: Payment; onRefund: (payment: Payment) => void; className?: string }) {
  if (refundable(payment) <= 0) return null;
  return (
    <Button
      variant="ghost"
      size="sm"
      className={className}
      onClick={() => onRefund(payment)}
      aria-label={`Refund ${formatMoney(payment.amountCents, payment.currency)} paid on ${formatDate(payment.at)}`}
    >
      Refund
    </Button>
  );
}

type Props = {
  payments: Payment[];
  emptyText: string;
  /** The trainer's view: a Refund action on payments with something left to refund. */
  onRefund?: (payment: Payment) => void;
};

/** Payment history with amounts, refunds and Stripe's receipts: a table from sm up, a list on phones. */
export function PaymentsList({ payments, emptyText, onRefund }: Props) {
  if (payments.length === 0) {
    return (
      <div className="flex items-center gap-3 rounded-md border border-dashed border-line px-4 py-6 text-sm text-muted">
        <Receipt aria-hidden className="size-5 shrink-0" />
        {emptyText}
      </div>
    );
  }
  return (
    <>
      <table className="hidden w-full border-collapse text-sm sm:table">
        <thead>
          <tr>
            <th scope="col" className={thClass}>
              Date
            </th>
            <th scope="col" className={`${thClass} text-right`}>
              Amount
            </th>
            <th scope="col" className={thClass}>
              Status
            </th>
            <th scope="col" className={`${thClass} text-right`}>
              Refunded
            </th>
            <th scope="col" className={thClass}>
              Receipt
            </th>
            {onRefund && (
              <th scope="col" className={thClass}>
                <span className="sr-only">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {payments.map((payment) => {
            const badge = paymentBadge(payment);
            return (
              <tr key={payment.id}>
                <td className={`${tdClass} whitespace-nowrap`}>{formatDate(payment.at)}</td>
                <td className={`${tdClass} text-right font-medium whitespace-nowrap tabular-nums`}>
                  {formatMoney(payment.amountCents, payment.currency)}
                </td>
                <td className={tdClass}>
                  <Badge tone={badge.tone}>{badge.label}</Badge>
                </td>
                <td className={`${tdClass} text-right whitespace-nowrap text-muted tabular-nums`}>
                  {payment.refundedCents > 0 ? formatMoney(payment.refundedCents, payment.currency) : '—'}
                </td>
                <td className={tdClass}>
                  <ReceiptLink payment={payment} />
                </td>
                {onRefund && (
                  <td className={`${tdClass} text-right`}>
                    <RefundButton payment={payment} onRefund={onRefund} className="-my-1.5" />
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      <ul className="divide-y divide-line sm:hidden">
        {payments.map((payment) => {
          const badge = paymentBadge(payment);
          const refunded = refundedText(payment);
          return (
            <li key={payment.id} className="flex items-center justify-between gap-3 py-2">
              <div className="flex min-w-0 flex-col gap-0.5">
                <span className="flex items-center gap-2">
                  <span className="text-base font-semibold text-text tabular-nums">
                    {formatMoney(payment.amountCents, payment.currency)}
                  </span>
                  <Badge tone={badge.tone}>{badge.label}</Badge>
                </span>
                <span className="text-sm text-muted">
                  {formatDate(payment.at)}
                  {refunded && ` · ${refunded}`}
                </span>
              </div>
              <span className="flex shrink-0 flex-col items-end">
                <ReceiptLink payment={payment} />
                {onRefund && <RefundButton payment={payment} onRefund={onRefund} className="-mr-3 h-11" />}
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}
