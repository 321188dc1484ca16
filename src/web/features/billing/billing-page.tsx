import { useMutation, useQuery } from '@tanstack/react-query';
import { CreditCard, RotateCw } from 'lucide-react';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../../lib/api';
import { Badge } from '../../ui/badge';
import { Button, buttonClass } from '../../ui/button';
import { Card } from '../../ui/card';
import { Notice } from '../../ui/notice';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { ErrorState } from '../../ui/states';
import { sessionQuery } from '../auth/queries';
import { clientStatusText, STATE_BADGE } from './billing-copy';
import { PaymentsList } from './payments-list';
import { billingApi, clientBillingQuery, type ClientBilling } from './queries';

/** Back from Stripe Checkout, the webhook may still be on its way: ask again a few times. */
const CONFIRM_TRIES = 12;
const CONFIRM_EVERY_MS = 2500;
const STARTED = new Set(['trialing', 'active', 'ending', 'manual']);
const isConfirmed = (data: ClientBilling | undefined) => !!data && data.checkoutUrl === null && STARTED.has(data.status.state);
const NO_PAYMENTS = new Set(['free', 'manual']);
const PORTAL_STATES = new Set(['trialing', 'active', 'grace', 'limited', 'ending']);

function CheckoutNotice({
  result,
  billing,
  onCheck,
  checking,
}: {
  result: string | null;
  billing: ClientBilling;
  onCheck: () => void;
  checking: boolean;
}) {
  if (result === 'cancelled' && billing.checkoutUrl)
    return (
      <Notice tone="info" title="No payment was taken">
        Start your plan whenever you're ready — the button below takes you back to the payment page.
      </Notice>
    );
  if (result !== 'done') return null;
  if (isConfirmed(billing))
    return (
      <Notice tone="success" title="You're all set">
        {billing.status.state === 'trialing' ? 'Your free trial has started.' : 'Your plan has started.'} Thanks!
      </Notice>
    );
  return (
    <Notice tone="info" title="Thanks! Your payment is being confirmed">
      <p>It usually takes a few seconds; this page updates by itself.</p>
      <Button
        variant="ghost"
        size="md"
        className="-ml-3"
        onClick={onCheck}
        pending={checking}
        icon={<RotateCw aria-hidden className="size-4" />}
      >
        Check again
      </Button>
    </Notice>
  );
}

function StatusCard({ billing }: { billing: ClientBilling }) {
  const { status } = billing;
  const badge = STATE_BADGE[status.state];
  const portal = useMutation({
    mutationFn: billingApi.openPortal,
    onSuccess: ({ url }) => window.location.assign(url),
  });
  const canManage = PORTAL_STATES.has(status.state);
  return (
    <Card>
      <div className="flex flex-col gap-3">
        <div className="flex flex-col gap-1">
          <p className="text-sm text-muted">Your plan</p>
          <div className="flex flex-wrap items-center gap-2">
            <h2 className="text-xl font-semibold text-text">{status.planName ?? (billing.checkoutUrl ? 'Ready to start' : 'No plan')}</h2>
            {status.state !== 'free' && <Badge tone={badge.tone}>{badge.label}</Badge>}
          </div>
        </div>
        {/* Here the status is said in this page's words; the banner's text points to this page. */}
        {status.banner ? (
          <Notice tone={status.state === 'ending' ? 'warning' : 'danger'}>
            <span className="text-base">{clientStatusText(status)}</span>
          </Notice>
        ) : (
          <p className="text-base text-text">
            {billing.checkoutUrl && status.state === 'free'
              ? 'Your coach set up a plan for you. Start it below to get going.'
              : clientStatusText(status)}
          </p>
        )}
        {billing.checkoutUrl && status.state === 'free' && <StartButton url={billing.checkoutUrl} />}
        {canManage && (
          <div className="flex flex-col gap-2">
            <Button
              variant={status.state === 'grace' || status.state === 'limited' ? 'primary' : 'secondary'}
              size="lg"
              className="w-full sm:w-auto sm:self-start"
              pending={portal.isPending || portal.isSuccess}
              onClick={() => portal.mutate()}
              icon={<CreditCard aria-hidden className="size-5" />}
            >
              Manage card and invoices
            </Button>
            <p className="text-sm text-muted">Opens Stripe, where you can change your card, download invoices or cancel.</p>
            {portal.isError && <Notice tone="danger">{errorMessage(portal.error)}</Notice>}
          </div>
        )}
      </div>
    </Card>
  );
}

function StartButton({ url }: { url: string }) {
  return (
    <div className="flex flex-col gap-2">
      <a href={url} className={buttonClass('primary', 'lg', 'w-full')}>
        Start your plan
      </a>
      <p className="text-center text-sm text-muted">You pay on Stripe's secure page and come straight back here.</p>
    </div>
  );
}

/** A new plan from the coach while another one runs (a change of plan). */
function StartCard({ url }: { url: string }) {
  return (
    <Card title="Your coach set up a new plan" description="It starts once you've paid for it.">
      <StartButton url={url} />
    </Card>
  );
}

function PageSkeleton() {
  return (
    <LoadingRegion label="Loading billing" className="flex flex-col gap-4">
      <Skeleton className="h-44 rounded-lg" />
      <Skeleton className="h-32 rounded-lg" />
    </LoadingRegion>
  );
}

/** The client's Billing page: their plan in plain words, paying, the card, receipts. */
export function BillingPage() {
  const { data: viewer } = useQuery(sessionQuery());
  const clientId = viewer?.user?.clientId ?? '';
  const [params] = useSearchParams();
  const result = params.get('checkout');
  const billing = useQuery({
    ...clientBillingQuery(clientId),
    enabled: clientId !== '',
    refetchInterval: (query) =>
      result === 'done' && !isConfirmed(query.state.data) && query.state.dataUpdateCount < CONFIRM_TRIES ? CONFIRM_EVERY_MS : false,
  });

  return (
    <div className="flex flex-col gap-5">
      <title>Billing · OneCoach</title>
      <h1 className="text-xl font-semibold text-text">Billing</h1>
      {billing.isPending ? (
        <PageSkeleton />
      ) : billing.isError ? (
        <ErrorState
          title="Billing didn't load"
          error={billing.error}
          onRetry={() => void billing.refetch()}
          retrying={billing.isFetching}
        />
      ) : (
        <>
          <CheckoutNotice result={result} billing={billing.data} onCheck={() => void billing.refetch()} checking={billing.isFetching} />
          <StatusCard billing={billing.data} />
          {billing.data.checkoutUrl && billing.data.status.state !== 'free' && <StartCard url={billing.data.checkoutUrl} />}
          {/* Paying the coach directly (or nothing yet): no card payments to list. */}
          {(billing.data.payments.length > 0 || !NO_PAYMENTS.has(billing.data.status.state)) && (
            <Card title="Payments">
              <PaymentsList payments={billing.data.payments} emptyText="No payments yet. Each one shows here with its receipt." />
            </Card>
          )}
        </>
      )}
    </div>
  );
}
