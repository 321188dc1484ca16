import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Pencil, Printer, ShoppingCart, Trash2, UtensilsCrossed } from 'lucide-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { toast } from 'sonner';
import type { Client } from '../../../shared/clients';
import type { MealPlan } from '../../../shared/nutrition';
import { errorMessage } from '../../lib/api';
import { buttonClass } from '../../ui/button';
import { Card } from '../../ui/card';
import { ConfirmDialog } from '../../ui/dialog';
import { Menu, MenuItem } from '../../ui/menu';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { EmptyState, ErrorState } from '../../ui/states';
import { summariseDates } from './meal-plan-dates';
import { formatWhole, macroLine } from './nutrition-format';
import { mealPlansQuery } from './queries';
import { mealPlansChanged, trainerNutritionApi } from './trainer-queries';

const plansPath = (clientId: string) => `/clients/${encodeURIComponent(clientId)}/meal-plans`;

/** The client's meal plans: totals, the days each is on next, and the way to build, print or shop for them. */
export function MealPlanList({ client }: { client: Client }) {
  const plans = useQuery(mealPlansQuery(client.id));
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [deleting, setDeleting] = useState<MealPlan | null>(null);
  const [deleteError, setDeleteError] = useState<string | undefined>();
  const first = client.name.split(' ')[0] ?? client.name;
  const base = plansPath(client.id);
  const items = plans.data?.items ?? [];

  let body;
  if (plans.isPending)
    body = (
      <LoadingRegion label="Loading meal plans" className="flex flex-col gap-2">
        <Skeleton className="h-14 w-full" />
        <Skeleton className="h-14 w-full" />
      </LoadingRegion>
    );
  else if (plans.isError)
    body = (
      <ErrorState title="Meal plans didn't load" error={plans.error} onRetry={() => void plans.refetch()} retrying={plans.isFetching} />
    );
  else if (items.length === 0)
    body = (
      <EmptyState
        icon={<UtensilsCrossed />}
        title={`No meal plans for ${first} yet`}
        action={
          <Link to={`${base}/new`} className={buttonClass('primary')}>
            Build a meal plan
          </Link>
        }
      >
        A day of meals with foods and amounts, checked against {first}'s targets. Put it on days, print it, and make a shopping list from
        it.
      </EmptyState>
    );
  else
    body = (
      <ul className="-mx-2 flex flex-col divide-y divide-line">
        {items.map((plan) => (
          <li key={plan.id} className="flex items-center gap-3 px-2 py-2.5">
            <div className="min-w-0 flex-1">
              <Link to={`${base}/${plan.id}`} className="font-medium text-text hover:underline">
                {plan.name}
              </Link>
              <p className="text-sm text-muted tabular-nums">
                {formatWhole(plan.totals.kcal)} kcal · {macroLine(plan.totals)} · {plan.items.length}{' '}
                {plan.items.length === 1 ? 'food' : 'foods'}
              </p>
              <p className="text-xs text-muted">{summariseDates(plan.upcomingDates)}</p>
            </div>
            <Menu label={`Actions for ${plan.name}`}>
              <MenuItem icon={<Pencil aria-hidden />} onSelect={() => void navigate(`${base}/${plan.id}`)}>
                Open builder
              </MenuItem>
              <MenuItem icon={<Printer aria-hidden />} onSelect={() => void navigate(`${base}/${plan.id}/print`)}>
                Print
              </MenuItem>
              <MenuItem icon={<Trash2 aria-hidden />} tone="danger" onSelect={() => setDeleting(plan)}>
                Delete…
              </MenuItem>
            </Menu>
          </li>
        ))}
      </ul>
    );

  return (
    <Card title="Meal plans" description={items.length > 0 ? `${items.length} ${items.length === 1 ? 'plan' : 'plans'}` : undefined}>
      {items.length > 0 && (
        <div className="mb-3 flex flex-wrap gap-2">
          <Link to={`${base}/new`} className={buttonClass('primary', 'sm')}>
            New plan
          </Link>
          <Link to={`/clients/${encodeURIComponent(client.id)}/shopping-list`} className={buttonClass('secondary', 'sm')}>
            <ShoppingCart aria-hidden className="size-4" /> Shopping list
          </Link>
          <Link to={`${base}/print`} className={buttonClass('secondary', 'sm')}>
            <Printer aria-hidden className="size-4" /> Print all
          </Link>
        </div>
      )}
      {body}
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => {
          if (!open) {
            setDeleting(null);
            setDeleteError(undefined);
          }
        }}
        title={`Delete “${deleting?.name ?? ''}”?`}
        description={`It comes off ${first}'s upcoming days. Days already past keep what was logged.`}
        confirmLabel="Delete plan"
        tone="danger"
        error={deleteError}
        onConfirm={async () => {
          if (!deleting) return;
          try {
            await trainerNutritionApi.deletePlan(deleting.id);
            mealPlansChanged(queryClient, client.id);
            toast.success('Meal plan deleted');
          } catch (error) {
            setDeleteError(errorMessage(error));
            throw error;
          }
        }}
      />
    </Card>
  );
}
