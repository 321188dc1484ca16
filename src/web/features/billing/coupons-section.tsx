import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Plus, TicketPercent } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { toast } from 'sonner';
import { errorMessage } from '../../lib/api';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/dialog';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { ErrorState } from '../../ui/states';
import { couponText } from './coupon-copy';
import { CouponDialog } from './coupon-dialog';
import { billingApi, billingKeys, couponsQuery, type Coupon } from './queries';

function Heading({ action }: { action?: ReactNode }) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <div className="flex flex-col gap-0.5">
        <h2 id="discount-codes" className="text-base font-semibold text-text">
          Discount codes
        </h2>
        <p className="text-sm text-muted">Clients type a code on the checkout page. Stopping one keeps the discounts already given.</p>
      </div>
      {action}
    </div>
  );
}

function CouponRows({ items, onStop }: { items: Coupon[]; onStop: (coupon: Coupon) => void }) {
  return (
    <ul className="divide-y divide-line rounded-lg border border-line bg-surface">
      {items.map((coupon) => (
        <li key={coupon.id} className="flex items-center justify-between gap-3 px-4 py-2.5">
          <div className="flex min-w-0 flex-col gap-0.5 sm:flex-row sm:items-center sm:gap-4">
            <span className="font-mono text-sm font-semibold break-all text-text sm:w-44">{coupon.code}</span>
            <span className="text-sm text-muted">{couponText(coupon)}</span>
          </div>
          <Button
            variant="ghost"
            size="sm"
            className="shrink-0 max-sm:h-11"
            onClick={() => onStop(coupon)}
            aria-label={`Stop ${coupon.code}`}
          >
            Stop
          </Button>
        </li>
      ))}
    </ul>
  );
}

/** Settings → Plans: the active discount codes, a new one, stopping one. Only with Stripe connected. */
export function CouponsSection({ stripe, defaultCurrency }: { stripe: boolean; defaultCurrency: string }) {
  const queryClient = useQueryClient();
  const coupons = useQuery({ ...couponsQuery(), enabled: stripe });
  const [creating, setCreating] = useState(false);
  const [stopping, setStopping] = useState<Coupon | null>(null);
  const stop = useMutation({
    mutationFn: (coupon: Coupon) => billingApi.stopCoupon(coupon.id),
    onSuccess: async (_, coupon) => {
      await queryClient.invalidateQueries({ queryKey: billingKeys.coupons });
      toast.success(`${coupon.code} is stopped`);
    },
  });

  if (!stripe)
    return (
      <section aria-labelledby="discount-codes" className="mt-2 flex flex-col gap-3 border-t border-line pt-5">
        <Heading />
        <p className="flex items-center gap-3 rounded-md border border-dashed border-line px-4 py-5 text-sm text-muted">
          <TicketPercent aria-hidden className="size-5 shrink-0" />
          Connect Stripe to offer discount codes: they work on card payments through Stripe's checkout.
        </p>
      </section>
    );

  const items = coupons.data?.items.filter((coupon) => coupon.active) ?? [];
  return (
    <section aria-labelledby="discount-codes" className="mt-2 flex flex-col gap-3 border-t border-line pt-5">
      <Heading
        action={
          <Button variant="secondary" onClick={() => setCreating(true)} icon={<Plus aria-hidden className="size-4" />}>
            New code
          </Button>
        }
      />
      {coupons.isPending ? (
        <LoadingRegion label="Loading discount codes" className="flex flex-col gap-2 rounded-lg border border-line bg-surface p-4">
          <Skeleton className="h-5 w-56" />
          <Skeleton className="h-5 w-48" />
        </LoadingRegion>
      ) : coupons.isError ? (
        <ErrorState
          title="Your discount codes didn't load"
          error={coupons.error}
          onRetry={() => void coupons.refetch()}
          retrying={coupons.isFetching}
        />
      ) : items.length === 0 ? (
        <p className="flex items-center gap-3 rounded-md border border-dashed border-line px-4 py-5 text-sm text-muted">
          <TicketPercent aria-hidden className="size-5 shrink-0" />
          No discount codes yet. Make one for a launch offer or a friend's referral, like SPRING20 for 20 % off the first 3 months.
        </p>
      ) : (
        <CouponRows
          items={items}
          onStop={(coupon) => {
            stop.reset();
            setStopping(coupon);
          }}
        />
      )}
      {creating && <CouponDialog open onOpenChange={setCreating} defaultCurrency={defaultCurrency} />}
      <ConfirmDialog
        open={stopping !== null}
        onOpenChange={(open) => !open && setStopping(null)}
        title={`Stop ${stopping?.code ?? 'this code'}?`}
        description="New clients can't use it any more. Clients who already used it keep their discount."
        confirmLabel="Stop code"
        tone="danger"
        onConfirm={() => (stopping ? stop.mutateAsync(stopping) : Promise.resolve())}
        error={stop.isError ? errorMessage(stop.error) : undefined}
      />
    </section>
  );
}
