import { useQuery } from '@tanstack/react-query';
import { ChevronRight, Utensils } from 'lucide-react';
import { Link } from 'react-router';
import { isApiError } from '../../lib/api';
import { Button } from '../../ui/button';
import { buttonClass } from '../../ui/button';
import { Notice } from '../../ui/notice';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { notInPlanArea } from '../billing/not-in-plan';
import { myClientQuery } from '../clients/queries';
import { clientToday } from '../goals/goal-format';
import { WaterProgress } from './client-water';
import { formatWhole, WATER_PRESETS_ML } from './nutrition-format';
import { NutritionRings } from './rings';
import { useFoodLog, useFoodLogSync } from './use-food-log';

const GLASS_ML = WATER_PRESETS_ML[0];

function CardSkeleton() {
  return (
    <LoadingRegion label="Loading your nutrition" className="flex flex-col gap-4 rounded-lg border border-line bg-surface p-4">
      <Skeleton className="h-5 w-28" />
      <div className="flex items-center gap-4">
        <Skeleton className="size-28 rounded-full" />
        <div className="flex flex-1 flex-col gap-3">
          <Skeleton className="h-4 w-full" />
          <Skeleton className="h-4 w-full" />
          <Skeleton className="h-4 w-full" />
        </div>
      </div>
      <Skeleton className="h-11 w-full" />
    </LoadingRegion>
  );
}

/**
 * Today's food at a glance: kcal left and macros against the coach's targets, water with a one-tap
 * glass, and the way into the log. No targets yet: a quiet "Log food" card (logging works anyway).
 * Hidden when the client's plan has no nutrition.
 */
export function NutritionToday() {
  const me = useQuery(myClientQuery());
  const clientId = me.data?.id ?? '';
  const today = clientToday(me.data?.onboarding?.timeZone);
  const { day, view, actions } = useFoodLog(clientId, today);
  useFoodLogSync(clientId);

  if (!me.data || notInPlanArea(day.error)) return null;
  if (!view) {
    if (day.isPending) return <CardSkeleton />;
    // Offline the app's banner says so already; other failures get a quiet retry.
    if (isApiError(day.error) && day.error.code === 'NETWORK_ERROR') return null;
    return (
      <Notice tone="warning" title="Your food log didn't load">
        Check your connection.{' '}
        <button type="button" onClick={() => void day.refetch()} className="font-medium underline underline-offset-2">
          Try again
        </button>
      </Notice>
    );
  }

  const entries = view.meals.reduce((count, meal) => count + meal.entries.length, 0);
  const water = (
    <div className="flex items-center gap-3">
      <WaterProgress water={view.water} isPending={view.isWaterPending} />
      <Button variant="secondary" className="shrink-0 tabular-nums" onClick={() => void actions.setWater(view.water.ml + GLASS_ML)}>
        {`+${GLASS_ML} ml`}
      </Button>
    </div>
  );

  if (!view.targets)
    return (
      <section aria-labelledby="nutrition-today" className="flex flex-col gap-3 rounded-lg border border-line bg-surface p-4">
        <div className="flex items-center gap-3">
          <span aria-hidden className="flex size-10 shrink-0 items-center justify-center rounded-full bg-accent-soft text-accent-text">
            <Utensils className="size-5" />
          </span>
          <div className="flex min-w-0 flex-1 flex-col">
            <h2 id="nutrition-today" className="text-base font-semibold text-text">
              Food
            </h2>
            <p className="text-sm text-muted">
              {entries > 0 ? `${formatWhole(view.totals.kcal)} kcal logged today` : 'Log what you eat — your coach sees it.'}
            </p>
          </div>
          <Link to="/nutrition" className={buttonClass('primary')}>
            Log food
          </Link>
        </div>
        {water}
      </section>
    );

  return (
    <section aria-labelledby="nutrition-today" className="flex flex-col gap-4 rounded-lg border border-line bg-surface p-4">
      <Link to="/nutrition" className="group -m-2 flex flex-col gap-3 rounded-md p-2">
        <span className="flex items-center justify-between gap-2">
          <h2 id="nutrition-today" className="text-base font-semibold text-text">
            Food
          </h2>
          <span className="inline-flex items-center gap-0.5 text-sm font-medium text-accent-text group-hover:underline">
            {entries > 0 ? 'Log food' : 'Log your first meal'}
            <ChevronRight aria-hidden className="size-4" />
          </span>
        </span>
        <NutritionRings size="sm" totals={view.totals} targets={view.targets} />
      </Link>
      {water}
    </section>
  );
}
