import { useQuery } from '@tanstack/react-query';
import { ChevronLeft, SearchX } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../lib/api';
import { buttonClass } from '../../ui/button';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { EmptyState, ErrorState } from '../../ui/states';
import { clientQuery } from '../clients/queries';
import { settingsQuery } from '../settings/queries';
import { MealPlanBuilder } from './meal-plan-builder';
import { mealPlanQuery, targetsQuery } from './queries';

function BuilderSkeleton() {
  return (
    <LoadingRegion label="Loading meal plan" className="flex flex-col gap-4">
      <Skeleton className="h-4 w-32" />
      <Skeleton className="h-11 w-96 max-w-full" />
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="flex flex-col gap-3">
          <Skeleton className="h-32 w-full rounded-lg" />
          <Skeleton className="h-32 w-full rounded-lg" />
          <Skeleton className="h-32 w-full rounded-lg" />
        </div>
        <Skeleton className="h-56 w-full rounded-lg" />
      </div>
    </LoadingRegion>
  );
}

/** /clients/:id/meal-plans/new and /clients/:id/meal-plans/:planId: the builder, once the client, plan and targets are in. */
export function MealPlanBuilderPage() {
  const { id = '', planId } = useParams();
  const client = useQuery(clientQuery(id));
  const plan = useQuery({ ...mealPlanQuery(planId ?? ''), enabled: Boolean(planId) });
  const targets = useQuery(targetsQuery(id));
  const settings = useQuery(settingsQuery());
  const back = (
    <Link
      to={`/clients/${encodeURIComponent(id)}/nutrition`}
      className="inline-flex items-center gap-1 self-start text-sm text-muted hover:text-text"
    >
      <ChevronLeft aria-hidden className="size-4" /> Nutrition
    </Link>
  );
  const notFound = (
    <EmptyState
      icon={<SearchX />}
      title="We couldn't find that meal plan"
      action={
        <Link to={`/clients/${encodeURIComponent(id)}/nutrition`} className={buttonClass('secondary')}>
          Back to nutrition
        </Link>
      }
    >
      The link may be old, or the plan was deleted.
    </EmptyState>
  );
  const failed = (title: string, error: unknown, retry: () => void): ReactNode =>
    isApiError(error) && error.status === 404 ? (
      notFound
    ) : (
      <div className="flex flex-col gap-4">
        {back}
        <ErrorState title={title} error={error} onRetry={retry} />
      </div>
    );

  if (client.isError) return failed("This client didn't load", client.error, () => void client.refetch());
  if (plan.isError) return failed("This meal plan didn't load", plan.error, () => void plan.refetch());
  if (client.isPending || (planId && plan.isPending) || targets.isPending) return <BuilderSkeleton />;
  const tolerance = {
    kcalPct: settings.data?.nutritionKcalTolerancePct ?? 10,
    proteinPct: settings.data?.nutritionProteinTolerancePct ?? 10,
  };
  // A plan of another client under this client's address is not this page's to edit.
  if (plan.data && plan.data.clientId !== client.data.id) return notFound;
  return (
    <MealPlanBuilder
      key={plan.data?.id ?? 'new'}
      client={client.data}
      plan={plan.data ?? null}
      targets={targets.data?.current ?? null}
      tolerance={tolerance}
    />
  );
}
