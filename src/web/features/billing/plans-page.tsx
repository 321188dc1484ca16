import { useQuery } from '@tanstack/react-query';
import { Pencil, Plus, Tags } from 'lucide-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Plan } from '../../../shared/billing';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { EmptyState, ErrorState } from '../../ui/states';
import { SwitchField } from '../../ui/switch';
import { AreaChips } from './area-chips';
import { CouponsSection } from './coupons-section';
import { planPrice, trialText } from './billing-copy';
import { formatMoney } from './money';
import { PlanDialog } from './plan-dialog';
import { plansQuery } from './queries';
import { StripeConnectPanel } from './stripe-connect-panel';

const thClass = 'bg-surface-muted px-3 py-2 text-left text-xs font-semibold whitespace-nowrap text-muted';
const tdClass = 'px-3 py-2.5 align-top';

function PlanBadges({ plan, stripe }: { plan: Plan; stripe: boolean }) {
  return (
    <>
      {plan.archived && <Badge>Archived</Badge>}
      {stripe && !plan.stripe && !plan.archived && <Badge tone="warning">Manual only</Badge>}
    </>
  );
}

const setupText = (plan: Plan) => (plan.setupFeeCents > 0 ? formatMoney(plan.setupFeeCents, plan.currency) : '—');
const subscribersText = (count: number) => (count === 1 ? '1 client' : `${count} clients`);

function PlansTable({ plans, stripe, onEdit }: { plans: Plan[]; stripe: boolean; onEdit: (plan: Plan) => void }) {
  return (
    <div className="hidden overflow-clip rounded-lg border border-line bg-surface md:block">
      <table className="w-full border-collapse text-sm">
        <thead className="sticky top-0">
          <tr>
            <th scope="col" className={thClass}>
              Plan
            </th>
            <th scope="col" className={thClass}>
              Price
            </th>
            <th scope="col" className={thClass}>
              Trial
            </th>
            <th scope="col" className={thClass}>
              Setup fee
            </th>
            <th scope="col" className={thClass}>
              Includes
            </th>
            <th scope="col" className={`${thClass} text-right`}>
              Subscribers
            </th>
            <th scope="col" className={thClass}>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {plans.map((plan) => (
            <tr key={plan.id} className={plan.archived ? 'text-muted' : undefined}>
              <td className={`${tdClass} min-w-48`}>
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-medium text-text">{plan.name}</span>
                  <PlanBadges plan={plan} stripe={stripe} />
                </div>
                {plan.description && <p className="mt-0.5 line-clamp-2 max-w-sm text-muted">{plan.description}</p>}
              </td>
              <td className={`${tdClass} whitespace-nowrap tabular-nums`}>{planPrice(plan)}</td>
              <td className={`${tdClass} whitespace-nowrap`}>{plan.interval === 'one_off' ? '—' : trialText(plan.trialDays)}</td>
              <td className={`${tdClass} whitespace-nowrap tabular-nums`}>{setupText(plan)}</td>
              <td className={`${tdClass} min-w-36`}>
                <AreaChips areas={plan.areas} />
              </td>
              <td className={`${tdClass} text-right tabular-nums`}>{plan.subscribers}</td>
              <td className={`${tdClass} text-right`}>
                <Button variant="ghost" size="sm" className="-my-1.5" onClick={() => onEdit(plan)} aria-label={`Edit ${plan.name}`}>
                  <Pencil aria-hidden className="size-4" />
                  Edit
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Phones: one card per plan, the same facts stacked. */
function PlansList({ plans, stripe, onEdit }: { plans: Plan[]; stripe: boolean; onEdit: (plan: Plan) => void }) {
  return (
    <ul className="flex flex-col gap-3 md:hidden">
      {plans.map((plan) => (
        <li key={plan.id} className="rounded-lg border border-line bg-surface p-4 shadow-sm">
          <div className="flex items-start justify-between gap-3">
            <div className="flex min-w-0 flex-col gap-1">
              <div className="flex flex-wrap items-center gap-2">
                <h3 className="font-semibold text-text">{plan.name}</h3>
                <PlanBadges plan={plan} stripe={stripe} />
              </div>
              <p className="text-base font-medium text-text tabular-nums">{planPrice(plan)}</p>
            </div>
            <Button variant="secondary" size="sm" onClick={() => onEdit(plan)} aria-label={`Edit ${plan.name}`}>
              Edit
            </Button>
          </div>
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            {plan.interval !== 'one_off' && (
              <>
                <dt className="text-muted">Trial</dt>
                <dd className="text-text">{trialText(plan.trialDays)}</dd>
              </>
            )}
            <dt className="text-muted">Setup fee</dt>
            <dd className="text-text tabular-nums">{setupText(plan)}</dd>
            <dt className="text-muted">Includes</dt>
            <dd>
              <AreaChips areas={plan.areas} />
            </dd>
            <dt className="text-muted">Subscribers</dt>
            <dd className="text-text">{subscribersText(plan.subscribers)}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}

function PlansSkeleton() {
  return (
    <LoadingRegion label="Loading plans" className="flex flex-col gap-2 rounded-lg border border-line bg-surface p-4">
      {Array.from({ length: 3 }, (_, index) => (
        <div key={index} className="flex items-center gap-4 py-2">
          <Skeleton className="h-5 w-40" />
          <Skeleton className="h-5 w-28" />
          <Skeleton className="hidden h-5 w-24 md:block" />
          <Skeleton className="hidden h-5 flex-1 md:block" />
        </div>
      ))}
    </LoadingRegion>
  );
}

type Editing = { plan: Plan | null } | null;

/** Settings → Plans: what the trainer sells, synced to Stripe when it is connected. */
export function PlansPage() {
  const plans = useQuery(plansQuery());
  const [params, setParams] = useSearchParams();
  const showArchived = params.get('archived') === '1';
  const [editing, setEditing] = useState<Editing>(null);

  const toggleArchived = (next: boolean) =>
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        if (next) copy.set('archived', '1');
        else copy.delete('archived');
        return copy;
      },
      { replace: true },
    );

  const all = plans.data?.items ?? [];
  // Archived plans last, whatever order they were made in.
  const visible = all.filter((plan) => showArchived || !plan.archived).sort((a, b) => Number(a.archived) - Number(b.archived));
  const archivedCount = all.filter((plan) => plan.archived).length;
  const stripe = plans.data?.stripe ?? false;
  const defaultCurrency = all.find((plan) => !plan.archived)?.currency ?? all[0]?.currency ?? 'eur';

  return (
    <div className="flex flex-col gap-4">
      <title>Plans · Settings · OneCoach</title>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="flex flex-col gap-1">
          <h2 className="text-base font-semibold text-text">Plans</h2>
          <p className="max-w-xl text-sm text-muted">
            What you sell: a price, how often, a free trial and what's included. Clients get a checkout link when you put them on a plan.
          </p>
          {/* Phones have no Revenue link in the top bar. */}
          <Link to="/revenue" className="flex min-h-11 w-fit items-center text-sm font-medium text-accent-text hover:underline sm:hidden">
            See your revenue
          </Link>
        </div>
        {plans.isSuccess && all.length > 0 && (
          <Button onClick={() => setEditing({ plan: null })} icon={<Plus aria-hidden className="size-4" />}>
            New plan
          </Button>
        )}
      </div>

      {/* Before the first plan it leads; once there are plans it waits below them. */}
      {plans.isSuccess && !stripe && all.length === 0 && <StripeConnectPanel />}

      {plans.isPending ? (
        <PlansSkeleton />
      ) : plans.isError ? (
        <ErrorState title="Your plans didn't load" error={plans.error} onRetry={() => void plans.refetch()} retrying={plans.isFetching} />
      ) : all.length === 0 ? (
        <EmptyState
          icon={<Tags />}
          title="No plans yet"
          action={
            <Button onClick={() => setEditing({ plan: null })} icon={<Plus aria-hidden className="size-4" />}>
              Create your first plan
            </Button>
          }
        >
          A plan is what a client pays for: monthly coaching, a 12-week program, with or without a free trial.
        </EmptyState>
      ) : (
        <>
          {archivedCount > 0 && (
            <div className="w-fit">
              <SwitchField label={`Show archived (${archivedCount})`} checked={showArchived} onCheckedChange={toggleArchived} />
            </div>
          )}
          {visible.length === 0 ? (
            <p className="rounded-md border border-dashed border-line px-4 py-6 text-sm text-muted">
              Every plan is archived. Show archived plans to bring one back, or create a new one.
            </p>
          ) : (
            <>
              <PlansTable plans={visible} stripe={stripe} onEdit={(plan) => setEditing({ plan })} />
              <PlansList plans={visible} stripe={stripe} onEdit={(plan) => setEditing({ plan })} />
            </>
          )}
        </>
      )}

      {plans.isSuccess && !stripe && all.length > 0 && <StripeConnectPanel />}

      {plans.isSuccess && <CouponsSection stripe={stripe} defaultCurrency={defaultCurrency} />}

      {editing && (
        <PlanDialog
          open
          onOpenChange={(open) => !open && setEditing(null)}
          plan={editing.plan}
          stripe={stripe}
          defaultCurrency={defaultCurrency}
        />
      )}
    </div>
  );
}
