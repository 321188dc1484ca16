import { useQuery } from '@tanstack/react-query';
import { ChevronLeft, ChevronRight } from 'lucide-react';
import { useSearchParams } from 'react-router';
import type { Client } from '../../../shared/clients';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { ErrorState } from '../../ui/states';
import { settingsQuery } from '../settings/queries';
import { todayIn } from './meal-plan-dates';
import { dayTitle, shiftDate } from './nutrition-format';
import { foodDayQuery } from './queries';
import { NutritionRings } from './rings';
import { TrainerDayComments } from './trainer-day-comments';
import { TrainerDayMeals } from './trainer-day-meals';
import { TrainerDayTotals } from './trainer-day-totals';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** ?date= in the URL (a view to bookmark or send); today in the client's time zone without it. */
function useDayParam(timeZone: string | undefined) {
  const [params, setParams] = useSearchParams();
  const today = todayIn(timeZone);
  const raw = params.get('date') ?? '';
  const date = ISO_DAY.test(raw) ? raw : today;
  const setDate = (next: string) =>
    setParams(
      (old) => {
        const copy = new URLSearchParams(old);
        if (next === today) copy.delete('date');
        else copy.set('date', next);
        return copy;
      },
      { replace: true, preventScrollReset: true },
    );
  return { date, today, setDate };
}

/** The client's food log for one day, read-only: rings, totals against targets, meals, water, and comments on the day. */
export function TrainerDayView({ client }: { client: Client }) {
  const { date, today, setDate } = useDayParam(client.onboarding?.timeZone);
  const day = useQuery(foodDayQuery(client.id, date));
  const settings = useQuery(settingsQuery());
  const first = client.name.split(' ')[0] ?? client.name;
  const title = dayTitle(date, today);
  const commentDay = ['Today', 'Yesterday', 'Tomorrow'].includes(title) ? title.toLowerCase() : title;
  const tolerance = {
    kcalPct: settings.data?.nutritionKcalTolerancePct ?? 10,
    proteinPct: settings.data?.nutritionProteinTolerancePct ?? 10,
  };

  let body;
  if (day.isPending)
    body = (
      <LoadingRegion label="Loading the day" className="flex flex-col gap-3">
        <div className="flex items-center gap-4">
          <div className="size-28 shrink-0 overflow-hidden rounded-full">
            <Skeleton className="size-full" />
          </div>
          <Skeleton className="h-20 flex-1" />
        </div>
        <Skeleton className="h-40 w-full" />
        <Skeleton className="h-56 w-full" />
      </LoadingRegion>
    );
  else if (day.isError)
    body = <ErrorState title="This day didn't load" error={day.error} onRetry={() => void day.refetch()} retrying={day.isFetching} />;
  else {
    const data = day.data;
    const logged = data.meals.some((meal) => meal.entries.length > 0);
    body = (
      <div className="flex flex-col gap-4">
        <p className="text-sm text-muted">
          {data.isTrainingDay ? 'Training day' : 'Rest day'}
          {data.plan && ` · Meal plan: ${data.plan.name}`}
          {!data.targets && ' · No targets on this day'}
        </p>
        {(logged || data.targets) && (
          <>
            <NutritionRings totals={data.totals} targets={data.targets} size="sm" className="sm:max-w-md" />
            <TrainerDayTotals day={data} tolerance={tolerance} />
          </>
        )}
        {logged ? (
          <TrainerDayMeals meals={data.meals} />
        ) : (
          <p className="rounded-md border border-dashed border-line px-4 py-6 text-center text-sm text-muted">
            {first} logged no food {date === today ? 'yet today' : 'on this day'}.
          </p>
        )}
        <TrainerDayComments clientId={client.id} date={date} dayLabel={commentDay} firstName={first} comments={data.comments} />
      </div>
    );
  }

  return (
    <Card title={`${first}'s day`} description="What was logged, against the day's targets">
      <div className="mb-3 flex flex-wrap items-center gap-1">
        <Button variant="secondary" size="sm" className="px-2" aria-label="Previous day" onClick={() => setDate(shiftDate(date, -1))}>
          <ChevronLeft aria-hidden className="size-4" />
        </Button>
        <input
          type="date"
          aria-label="Day"
          value={date}
          onChange={(event) => ISO_DAY.test(event.target.value) && setDate(event.target.value)}
          className="h-8 w-40 rounded-md border border-line-strong bg-surface px-2 text-sm text-text"
        />
        <Button variant="secondary" size="sm" className="px-2" aria-label="Next day" onClick={() => setDate(shiftDate(date, 1))}>
          <ChevronRight aria-hidden className="size-4" />
        </Button>
        <h3 className="ml-2 text-sm font-semibold text-text">{title}</h3>
        {date !== today && (
          <Button variant="ghost" size="sm" className="ml-auto" onClick={() => setDate(today)}>
            Today
          </Button>
        )}
      </div>
      {body}
    </Card>
  );
}
