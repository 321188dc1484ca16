import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link as LinkIcon } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { toast } from 'sonner';
import type { Client } from '../../../shared/clients';
import { isApiError, errorMessage } from '../../lib/api';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { SelectField } from '../../ui/field';
import { Notice } from '../../ui/notice';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { ErrorState } from '../../ui/states';
import { AreaChips } from './area-chips';
import { keyDate, planPrice, STATE_BADGE, trainerStatusText } from './billing-copy';
import { localizeDates } from './banner-text';
import { CopyLinkBox } from './copy-link-box';
import { PaymentsList } from './payments-list';
import { billingApi, billingKeys, clientBillingQuery, plansQuery, type ClientBilling, type Payment } from './queries';
import { RefundDialog } from './refund-dialog';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex items-start justify-between gap-4 py-2">
      <dt className="whitespace-nowrap text-muted">{label}</dt>
      <dd className="flex justify-end text-right text-text">{children}</dd>
    </div>
  );
}

function StatusCard({ billing, firstName }: { billing: ClientBilling; firstName: string }) {
  const { status } = billing;
  // Not on a plan yet, but a checkout link is out: say so rather than "No plan".
  const waiting = status.state === 'free' && billing.checkoutUrl !== null;
  const badge = waiting ? { label: 'Checkout sent', tone: 'accent' as const } : STATE_BADGE[status.state];
  const date = keyDate(status);
  return (
    <Card title="Plan and status">
      <div className="flex flex-col gap-3 text-sm">
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone={badge.tone}>{badge.label}</Badge>
          {status.planName && <span className="font-semibold text-text">{status.planName}</span>}
        </div>
        <p className="text-muted">
          {waiting
            ? `Waiting for ${firstName} to pay through the checkout link. Until then nothing changes; access follows the payment.`
            : trainerStatusText(status, firstName)}
        </p>
        <dl className="divide-y divide-line border-t border-line">
          {date && <Row label={date.label}>{date.value}</Row>}
          <Row label="Access">
            <AreaChips areas={status.areas} always className="justify-end" />
          </Row>
        </dl>
        {status.banner && (
          <Notice tone={status.state === 'ending' ? 'warning' : 'danger'} title={`What ${firstName} sees`}>
            {localizeDates(status.banner)}
          </Notice>
        )}
      </div>
    </Card>
  );
}

function AssignCard({ client, billing, firstName }: { client: Client; billing: ClientBilling; firstName: string }) {
  const queryClient = useQueryClient();
  const plans = useQuery(plansQuery());
  const [planId, setPlanId] = useState('');
  const [sentUrl, setSentUrl] = useState<string | null>(null);
  const assign = useMutation({
    mutationFn: (manual: boolean) => billingApi.assignPlan(client.id, { planId, manual }),
    onSuccess: async (result, manual) => {
      await queryClient.invalidateQueries({ queryKey: billingKeys.client(client.id) });
      void queryClient.invalidateQueries({ queryKey: billingKeys.plans });
      const name = plans.data?.items.find((plan) => plan.id === planId)?.name ?? 'the plan';
      if (manual) toast.success(`${firstName} is on ${name}, paying another way`);
      else toast.success(`Checkout link ready for ${firstName}`);
      setSentUrl(result.checkoutUrl);
      setPlanId('');
    },
  });

  const onSale = (plans.data?.items ?? []).filter((plan) => !plan.archived);
  const stripe = plans.data?.stripe ?? false;
  const chosen = onSale.find((plan) => plan.id === planId);
  const checkoutUrl = sentUrl ?? billing.checkoutUrl;
  const failure = assign.error
    ? isApiError(assign.error) && assign.error.fields[0]
      ? assign.error.fields[0].message
      : errorMessage(assign.error)
    : null;

  return (
    <Card
      title={billing.status.state === 'free' ? 'Put on a plan' : 'Change plan'}
      description={
        stripe
          ? `${firstName} pays by card through Stripe, or you mark them as paying another way.`
          : `Stripe isn't connected: mark ${firstName} as paying another way, or connect Stripe in Settings → Plans.`
      }
    >
      <div className="flex flex-col gap-4">
        {checkoutUrl && (
          <>
            <CopyLinkBox
              url={checkoutUrl}
              label={`Checkout link for ${firstName}`}
              hint={`${firstName} also finds it under Billing in the app. If the link expires, send a new one.`}
            />
            <h3 className="border-t border-line pt-4 text-sm font-semibold text-text">Or choose another plan</h3>
          </>
        )}
        {plans.isPending ? (
          <LoadingRegion label="Loading plans" className="flex flex-col gap-2">
            <Skeleton className="h-4 w-24" />
            <Skeleton className="h-11 w-full" />
          </LoadingRegion>
        ) : plans.isError ? (
          <ErrorState title="Your plans didn't load" error={plans.error} onRetry={() => void plans.refetch()} retrying={plans.isFetching} />
        ) : onSale.length === 0 ? (
          <p className="text-sm text-muted">
            You have no plans on sale yet.{' '}
            <Link to="/settings/plans" className="font-medium text-accent-text hover:underline">
              Create a plan
            </Link>{' '}
            first, then come back here.
          </p>
        ) : (
          <>
            <SelectField
              label="Plan"
              value={planId}
              onChange={(event) => {
                setPlanId(event.target.value);
                assign.reset();
              }}
            >
              <option value="">Choose a plan…</option>
              {onSale.map((plan) => (
                <option key={plan.id} value={plan.id}>
                  {`${plan.name} · ${planPrice(plan)}${plan.trialDays > 0 ? ` · ${plan.trialDays}-day trial` : ''}`}
                </option>
              ))}
            </SelectField>
            {failure && <Notice tone="danger">{failure}</Notice>}
            <div className="flex flex-col gap-2 sm:flex-row">
              {stripe && (
                <Button
                  disabled={!chosen || !chosen.stripe}
                  pending={assign.isPending && assign.variables === false}
                  onClick={() => assign.mutate(false)}
                  icon={<LinkIcon aria-hidden className="size-4" />}
                >
                  Send checkout link
                </Button>
              )}
              <Button
                variant="secondary"
                disabled={!chosen}
                pending={assign.isPending && assign.variables === true}
                onClick={() => assign.mutate(true)}
              >
                Paying another way (manual)
              </Button>
            </div>
            {chosen && stripe && !chosen.stripe && (
              <p className="text-sm text-muted">This plan isn't on sale through Stripe: save it again in Settings → Plans.</p>
            )}
          </>
        )}
      </div>
    </Card>
  );
}

function TabSkeleton() {
  return (
    <LoadingRegion label="Loading billing" className="grid gap-4 xl:grid-cols-2">
      <Skeleton className="h-56 rounded-lg" />
      <Skeleton className="h-56 rounded-lg" />
      <Skeleton className="h-40 rounded-lg xl:col-span-2" />
    </LoadingRegion>
  );
}

/** The trainer's Billing tab: status, putting the client on a plan, payment history with receipts. */
export function ClientBillingTab({ client }: { client: Client }) {
  const billing = useQuery(clientBillingQuery(client.id));
  const [refunding, setRefunding] = useState<Payment | null>(null);
  const firstName = client.name.split(' ')[0] ?? client.name;
  if (billing.isPending) return <TabSkeleton />;
  if (billing.isError)
    return (
      <ErrorState title="Billing didn't load" error={billing.error} onRetry={() => void billing.refetch()} retrying={billing.isFetching} />
    );
  return (
    <div className="grid items-start gap-4 xl:grid-cols-2">
      <StatusCard billing={billing.data} firstName={firstName} />
      <AssignCard client={client} billing={billing.data} firstName={firstName} />
      <Card title="Payments" className="xl:col-span-2">
        <PaymentsList
          payments={billing.data.payments}
          emptyText={`No payments yet. They appear here when Stripe confirms ${firstName}'s payments, with a receipt for each.`}
          onRefund={setRefunding}
        />
      </Card>
      {refunding && (
        <RefundDialog payment={refunding} clientId={client.id} firstName={firstName} onOpenChange={(open) => !open && setRefunding(null)} />
      )}
    </div>
  );
}
