import { useMutation, useQuery } from '@tanstack/react-query';
import { BarChart3, CircleCheck, RefreshCw, TrendingUp } from 'lucide-react';
import { lazy, useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../lib/api';
import { formatDate } from '../../lib/dates';
import { buttonClass, Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { Notice } from '../../ui/notice';
import { PageHeader } from '../../ui/page-header';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { EmptyState, ErrorState } from '../../ui/states';
import { ChartCard, ChartEmpty, ChartFigure, ChartTable } from '../metrics/chart-parts';
import { formatMoney } from './money';
import { billingApi, plansQuery, revenueQuery, type Reconciliation, type Revenue } from './queries';
import { monthLabel, monthsSummary, revenueIsEmpty, sortLifetime } from './revenue-copy';

const RevenueChartCanvas = lazy(() => import('./revenue-chart-canvas'));

const thClass = 'sticky top-0 bg-surface-muted px-3 py-2 text-left text-xs font-semibold whitespace-nowrap text-muted';
const tdClass = 'px-3 py-2.5 align-middle';
const subscriptions = (n: number) => `${n} active ${n === 1 ? 'subscription' : 'subscriptions'}`;

function MrrCards({ mrr }: { mrr: Revenue['mrr'] }) {
  if (mrr.length === 0)
    return (
      <Card as="div" className="flex flex-col gap-1">
        <p className="text-sm font-medium text-muted">Monthly recurring revenue</p>
        <p className="text-2xl font-semibold text-text tabular-nums">—</p>
        <p className="text-sm text-muted">No active subscriptions yet</p>
      </Card>
    );
  return (
    <>
      {mrr.map((row) => (
        <Card as="div" key={row.currency} className="flex flex-col gap-1">
          <p className="text-sm font-medium text-muted">
            Monthly recurring revenue{mrr.length > 1 ? ` · ${row.currency.toUpperCase()}` : ''}
          </p>
          <p className="text-2xl font-semibold text-text tabular-nums">{formatMoney(row.cents, row.currency)}</p>
          <p className="text-sm text-muted">{subscriptions(row.active)}</p>
        </Card>
      ))}
    </>
  );
}

function MovementChart({ months }: { months: Revenue['months'] }) {
  const [asTable, setAsTable] = useState(false);
  const moved = months.some((month) => month.started > 0 || month.churned > 0);
  return (
    <ChartCard
      title="New and churned subscriptions"
      description="Per month, the last 12 months"
      table={moved ? { shown: asTable, onToggle: () => setAsTable((shown) => !shown) } : undefined}
    >
      {!moved ? (
        <ChartEmpty icon={<BarChart3 />} title="No subscriptions started or ended in the last 12 months">
          Each month's new and churned clients show here once clients pay through a plan.
        </ChartEmpty>
      ) : asTable ? (
        <ChartTable
          caption="New and churned subscriptions per month"
          columns={[{ label: 'Month' }, { label: 'New', numeric: true }, { label: 'Churned', numeric: true }]}
          rows={[...months]
            .reverse()
            .map((month) => ({ key: month.month, cells: [monthLabel(month.month), month.started, month.churned] }))}
        />
      ) : (
        <ChartFigure summary={monthsSummary(months)}>
          <RevenueChartCanvas months={months} />
        </ChartFigure>
      )}
    </ChartCard>
  );
}

function FailedPayments({ items }: { items: Revenue['failedPayments'] }) {
  return (
    <Card title="Failed payments to follow up" description="The latest failed payment of each client who hasn't paid since.">
      {items.length === 0 ? (
        <p className="flex items-center gap-2 rounded-md border border-dashed border-line px-4 py-5 text-sm text-muted">
          <CircleCheck aria-hidden className="size-5 shrink-0 text-success" />
          No failed payments to chase. Nice.
        </p>
      ) : (
        <ul className="-my-1 divide-y divide-line">
          {items.map((item) => (
            <li key={item.id} className="flex items-center justify-between gap-3 py-2 text-sm">
              <div className="flex min-w-0 flex-col">
                {item.clientId ? (
                  <Link
                    to={`/clients/${encodeURIComponent(item.clientId)}/billing`}
                    className="truncate font-medium text-accent-text hover:underline"
                  >
                    {item.clientName ?? 'Client'}
                  </Link>
                ) : (
                  <span className="truncate font-medium text-text">{item.clientName ?? 'A removed client'}</span>
                )}
                <span className="text-muted">Failed {formatDate(item.at)}</span>
              </div>
              <span className="font-semibold whitespace-nowrap text-danger tabular-nums">
                {formatMoney(item.amountCents, item.currency)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function LifetimeTable({ rows }: { rows: Revenue['lifetime'] }) {
  const sorted = sortLifetime(rows);
  return (
    <Card title="Lifetime revenue per client" description="Everything each client has paid, less refunds.">
      {sorted.length === 0 ? (
        <p className="rounded-md border border-dashed border-line px-4 py-5 text-sm text-muted">
          Nobody has paid by card yet. Each client's total shows here after their first payment.
        </p>
      ) : (
        <div
          role="region"
          aria-label="Lifetime revenue per client"
          tabIndex={0}
          className="max-h-96 overflow-auto rounded-md border border-line"
        >
          <table className="w-full border-collapse text-sm">
            <thead>
              <tr>
                <th scope="col" className={thClass}>
                  Client
                </th>
                <th scope="col" className={`${thClass} text-right`}>
                  Paid
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {sorted.map((row) => (
                <tr key={`${row.clientId}:${row.currency}`}>
                  <th scope="row" className={`${tdClass} text-left font-normal`}>
                    <Link to={`/clients/${encodeURIComponent(row.clientId)}/billing`} className="font-medium text-text hover:underline">
                      {row.clientName}
                    </Link>
                  </th>
                  <td className={`${tdClass} text-right font-medium whitespace-nowrap text-text tabular-nums`}>
                    {formatMoney(row.cents, row.currency)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}

function ReconcileResult({ result }: { result: Reconciliation }) {
  if (result.differences.length === 0)
    return (
      <Notice tone="success" title={`All ${result.checked} ${result.checked === 1 ? 'subscription matches' : 'subscriptions match'}`}>
        OneCoach and Stripe agree on every subscription.
      </Notice>
    );
  const n = result.differences.length;
  return (
    <Notice tone="warning" title={`${n} ${n === 1 ? 'subscription differs' : 'subscriptions differ'} from Stripe`}>
      <p>Checked {result.checked}. Stripe is the source of truth: a difference usually fixes itself when Stripe's next event arrives.</p>
      <ul className="mt-2 flex flex-col gap-1">
        {result.differences.map((item) => (
          <li key={item.stripeSubscriptionId} className="flex flex-wrap gap-x-2">
            <code className="font-mono text-xs break-all">{item.stripeSubscriptionId}</code>
            <span>
              OneCoach: <strong>{item.ours ?? 'missing'}</strong> · Stripe: <strong>{item.stripe}</strong>
            </span>
          </li>
        ))}
      </ul>
    </Notice>
  );
}

function RevenueSkeleton() {
  return (
    <LoadingRegion label="Loading revenue" className="flex flex-col gap-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Skeleton className="h-28 rounded-lg" />
      </div>
      <Skeleton className="h-80 rounded-lg" />
      <div className="grid gap-4 lg:grid-cols-2">
        <Skeleton className="h-48 rounded-lg" />
        <Skeleton className="h-48 rounded-lg" />
      </div>
    </LoadingRegion>
  );
}

/** /revenue — MRR, new vs churned, failed payments to chase, lifetime revenue, and a check against Stripe. */
export function RevenuePage() {
  const revenue = useQuery(revenueQuery());
  const plans = useQuery(plansQuery());
  const stripe = plans.data?.stripe ?? false;
  const reconcile = useMutation({ mutationFn: billingApi.reconcile });

  return (
    <div className="flex flex-col gap-5">
      <PageHeader
        title="Revenue"
        description="From your OneCoach records, kept in step with Stripe."
        actions={
          stripe && revenue.isSuccess && !revenueIsEmpty(revenue.data) ? (
            <Button
              variant="secondary"
              onClick={() => reconcile.mutate()}
              pending={reconcile.isPending}
              icon={<RefreshCw aria-hidden className="size-4" />}
            >
              Reconcile with Stripe
            </Button>
          ) : undefined
        }
      />
      {reconcile.isSuccess && <ReconcileResult result={reconcile.data} />}
      {reconcile.isError && (
        <Notice tone="danger" title="The check with Stripe didn't finish">
          {errorMessage(reconcile.error)}
        </Notice>
      )}
      {plans.isSuccess && !stripe && (
        <Notice tone="info" title="Stripe isn't connected">
          These numbers count clients paying another way. To take card payments, offer discount codes and check against Stripe, connect it
          in{' '}
          <Link to="/settings/plans" className="font-medium text-accent-text underline underline-offset-2">
            Settings → Plans
          </Link>
          .
        </Notice>
      )}
      {revenue.isPending ? (
        <RevenueSkeleton />
      ) : revenue.isError ? (
        <ErrorState
          title="Revenue didn't load"
          error={revenue.error}
          onRetry={() => void revenue.refetch()}
          retrying={revenue.isFetching}
        />
      ) : revenueIsEmpty(revenue.data) ? (
        <EmptyState
          icon={<TrendingUp />}
          title="No payments yet"
          action={
            <Link to="/clients" className={buttonClass('primary')}>
              Put a client on a plan
            </Link>
          }
        >
          When clients start paying, your monthly recurring revenue, new and churned subscriptions and each client's total show here.
        </EmptyState>
      ) : (
        <>
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            <MrrCards mrr={revenue.data.mrr} />
          </div>
          <MovementChart months={revenue.data.months} />
          <div className="grid items-start gap-4 lg:grid-cols-2">
            <FailedPayments items={revenue.data.failedPayments} />
            <LifetimeTable rows={revenue.data.lifetime} />
          </div>
        </>
      )}
    </div>
  );
}
