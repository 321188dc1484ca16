import { useQuery } from '@tanstack/react-query';
import { ShoppingCart } from 'lucide-react';
import { Link, useParams, useSearchParams } from 'react-router';
import { buttonClass } from '../../ui/button';
import { TextField } from '../../ui/field';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { EmptyState, ErrorState } from '../../ui/states';
import { clientQuery } from '../clients/queries';
import { datesInRange, formatPlanDay, todayIn } from './meal-plan-dates';
import { PrintStyle, PrintToolbar } from './meal-plan-print-style';
import { shiftDate } from './nutrition-format';
import { shoppingListQuery } from './queries';
import { formatQuantity, onDays } from './shopping-format';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_DAYS = 31;

/** ?from&to in the URL (a list to bookmark); the next 7 days from today in the client's time zone without them. */
function useRange(timeZone: string | undefined) {
  const [params, setParams] = useSearchParams();
  const today = todayIn(timeZone);
  const rawFrom = params.get('from') ?? '';
  const from = ISO_DAY.test(rawFrom) ? rawFrom : today;
  const rawTo = params.get('to') ?? '';
  const to = ISO_DAY.test(rawTo) ? rawTo : shiftDate(from, 6);
  const set = (key: 'from' | 'to', value: string) => {
    if (!ISO_DAY.test(value)) return;
    setParams(
      (old) => {
        const copy = new URLSearchParams(old);
        copy.set('from', key === 'from' ? value : from);
        copy.set('to', key === 'to' ? value : to);
        return copy;
      },
      { replace: true },
    );
  };
  const problem =
    to < from ? 'The end comes before the start.' : datesInRange(from, to).length > MAX_DAYS ? `At most ${MAX_DAYS} days at once.` : null;
  return { from, to, set, problem };
}

/** /clients/:id/shopping-list: everything the planned days in a range need, by food group, ready to print. */
export function ShoppingListPage() {
  const { id = '' } = useParams();
  const client = useQuery(clientQuery(id));
  const { from, to, set, problem } = useRange(client.data?.onboarding?.timeZone);
  const list = useQuery({ ...shoppingListQuery(id, from, to), enabled: Boolean(id) && !problem && client.isSuccess });
  const units = client.data?.onboarding?.units ?? 'kg';
  const first = client.data?.name.split(' ')[0] ?? 'the client';

  let body;
  if (problem) body = <p className="text-sm text-danger">{problem}</p>;
  else if (client.isPending || list.isPending)
    body = (
      <LoadingRegion label="Loading the shopping list" className="flex flex-col gap-3">
        <Skeleton className="h-6 w-48" />
        <Skeleton className="h-32 w-full" />
        <Skeleton className="h-32 w-full" />
      </LoadingRegion>
    );
  else if (client.isError || list.isError)
    body = <ErrorState title="The shopping list didn't load" error={client.error ?? list.error} onRetry={() => void list.refetch()} />;
  else if (list.data.days === 0)
    body = (
      <EmptyState
        icon={<ShoppingCart />}
        title="No meal plan on these days"
        action={
          <Link to={`/clients/${encodeURIComponent(id)}/nutrition`} className={buttonClass('secondary')}>
            Put a plan on {first}'s days
          </Link>
        }
      >
        The list adds up the foods of the meal plans on each day from {formatPlanDay(from)} to {formatPlanDay(to)}.
      </EmptyState>
    );
  else
    body = (
      <div className="columns-1 gap-8 sm:columns-2 print:columns-2">
        {list.data.groups.map((group) => (
          <section key={group.group} className="print-keep mb-5 break-inside-avoid">
            <h2 className="mb-1 border-b border-line pb-1 text-sm font-semibold text-text">{group.group}</h2>
            <ul className="flex flex-col text-sm">
              {group.items.map((item) => (
                <li key={item.foodId} className="flex items-baseline gap-2 py-1">
                  <span aria-hidden className="mt-0.5 size-3.5 shrink-0 self-start rounded-none border border-line-strong" />
                  <span className="min-w-0 flex-1 text-text">{item.name}</span>
                  <span className="shrink-0 text-right font-medium text-text tabular-nums">{formatQuantity(item.grams, units)}</span>
                  <span className="w-16 shrink-0 text-right text-xs text-muted">{onDays(item.days)}</span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    );

  return (
    <div className="print-root min-h-dvh bg-bg">
      <title>{`Shopping list · ${client.data?.name ?? 'Client'} · OneCoach`}</title>
      <PrintStyle />
      <PrintToolbar back={{ to: `/clients/${encodeURIComponent(id)}/nutrition`, label: `${client.data?.name ?? 'Client'}'s nutrition` }}>
        <TextField label="From" type="date" value={from} onChange={(event) => set('from', event.target.value)} wrapperClassName="w-40" />
        <TextField
          label="To"
          type="date"
          value={to}
          min={from}
          onChange={(event) => set('to', event.target.value)}
          wrapperClassName="w-40"
        />
      </PrintToolbar>
      <main className="print-doc mx-auto flex w-full max-w-3xl flex-col gap-4 px-4 py-6 print:max-w-none print:p-0">
        <header className="flex flex-col gap-1">
          <h1 className="text-xl font-semibold text-text">Shopping list for {client.data?.name ?? '…'}</h1>
          <p className="text-sm text-muted">
            {formatPlanDay(from)} – {formatPlanDay(to)}
            {list.data && !problem && ` · ${list.data.days} planned ${list.data.days === 1 ? 'day' : 'days'}`}
          </p>
        </header>
        {body}
      </main>
    </div>
  );
}
