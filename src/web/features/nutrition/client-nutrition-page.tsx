import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ClipboardList, Copy } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '../../ui/button';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { ErrorState } from '../../ui/states';
import { NotInPlan, notInPlanArea } from '../billing/not-in-plan';
import { myClientQuery } from '../clients/queries';
import { clientToday } from '../goals/goal-format';
import { AddFoodSheet } from './client-add-food-sheet';
import { DayComments } from './client-day-comments';
import type { DayEntry } from './client-day-model';
import { DaySwitcher } from './client-day-switcher';
import { EntrySheet } from './client-entry-sheet';
import { MealSection } from './client-meal-section';
import { StepsRow } from './client-steps';
import { WaterCard } from './client-water';
import { dayTitle, shiftDate } from './nutrition-format';
import { foodDayQuery } from './queries';
import { NutritionRings } from './rings';
import { refreshRecents, useFoodLog, useFoodLogSync } from './use-food-log';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function PageSkeleton() {
  return (
    <LoadingRegion label="Loading your food log" className="flex flex-col items-center gap-4">
      <Skeleton className="size-46 rounded-full" />
      <div className="grid w-full max-w-sm grid-cols-3 gap-2">
        <Skeleton className="mx-auto size-15 rounded-full" />
        <Skeleton className="mx-auto size-15 rounded-full" />
        <Skeleton className="mx-auto size-15 rounded-full" />
      </div>
      {[0, 1, 2].map((row) => (
        <Skeleton key={row} className="h-28 w-full rounded-lg" />
      ))}
    </LoadingRegion>
  );
}

/** "yesterday’s" or "Mon 3 Mar’s": whose meal a copy would bring. */
const possessive = (from: string, today: string) => {
  const title = dayTitle(from, today);
  return title === 'Yesterday' ? 'yesterday’s' : title === 'Today' ? 'today’s' : `${title}’s`;
};

/** The client's food log: a day's rings, meals with their foods, water, steps and the coach's comments. */
export function ClientNutritionPage() {
  const me = useQuery(myClientQuery());
  const clientId = me.data?.id ?? '';
  const today = clientToday(me.data?.onboarding?.timeZone);
  const [params, setParams] = useSearchParams();
  const asked = params.get('date') ?? '';
  const date = ISO_DATE.test(asked) ? asked : today;
  const setDate = (next: string) => setParams(next === today ? {} : { date: next }, { replace: true });

  const { day, view, isOfflineBlank, outbox, actions } = useFoodLog(clientId, date);
  useFoodLogSync(clientId);
  const queryClient = useQueryClient();
  // Recents ready before the first Add (and kept for when the phone is offline).
  useEffect(() => refreshRecents(queryClient), [queryClient]);
  const previous = shiftDate(date, -1);
  const before = useQuery({ ...foodDayQuery(clientId, previous), enabled: Boolean(clientId && view) });
  const [adding, setAdding] = useState<{ meal: string; open: boolean }>({ meal: 'Breakfast', open: false });
  const [editing, setEditing] = useState<DayEntry | null>(null);
  const [copying, setCopying] = useState<string | null>(null);

  const locked = notInPlanArea(day.error);
  let body;
  if (locked) body = <NotInPlan area={locked} />;
  else if (!view && (day.isPending || me.isPending)) body = <PageSkeleton />;
  else if (!view)
    body = <ErrorState title="Your food log didn't load" error={day.error} onRetry={() => void day.refetch()} retrying={day.isFetching} />;
  else {
    const meals = view.meals.map((meal) => meal.name);
    const isEmpty = view.meals.every((meal) => meal.entries.length === 0);
    // Copying happens on the server: offered only online.
    const beforeMeals = outbox.online ? (before.data?.meals ?? []) : [];
    const beforeHas = (name: string) => beforeMeals.some((meal) => meal.name === name && meal.entries.length > 0);
    const from = possessive(previous, today);
    const copy = async (meal: string | null) => {
      setCopying(meal ?? 'day');
      await actions.copy({ fromDate: previous, meal, toMeal: null });
      setCopying(null);
    };
    body = (
      <>
        <section
          aria-label="Today against your targets"
          className="flex flex-col items-center gap-3 rounded-lg border border-line bg-surface p-4"
        >
          <NutritionRings totals={view.totals} targets={view.targets} />
          {isOfflineBlank ? (
            <p className="text-center text-sm text-muted">
              You’re offline, so this day hasn’t loaded. Food you add now is saved on this phone and syncs when you’re back.
            </p>
          ) : (
            !view.targets && (
              <p className="text-center text-sm text-muted">Your coach hasn’t set targets yet. Log anyway — they’ll see it.</p>
            )
          )}
          {view.plan && (
            <p className="flex items-center gap-1.5 text-sm text-muted">
              <ClipboardList aria-hidden className="size-4" />
              Meal plan: <span className="font-medium text-text">{view.plan.name}</span>
            </p>
          )}
        </section>

        <DayComments clientId={clientId} date={date} comments={view.comments} />

        {isEmpty && !beforeMeals.some((meal) => meal.entries.length > 0) && (
          <p className="px-2 text-center text-sm text-muted">
            Nothing logged yet. Tap Add under a meal: foods you log often are one tap away.
          </p>
        )}
        {isEmpty && beforeMeals.some((meal) => meal.entries.length > 0) && (
          <Button
            variant="secondary"
            size="lg"
            className="w-full"
            pending={copying === 'day'}
            icon={<Copy aria-hidden className="size-4" />}
            onClick={() => void copy(null)}
          >
            {`Copy ${from === 'yesterday’s' ? 'the whole day from yesterday' : `all of ${from} food`}`}
          </Button>
        )}

        {view.meals.map((meal) => (
          <MealSection
            key={meal.name}
            meal={meal}
            copyFrom={beforeHas(meal.name) ? from : null}
            copying={copying === meal.name}
            onAdd={(name) => setAdding({ meal: name, open: true })}
            onCopyYesterday={(name) => void copy(name)}
            onEdit={setEditing}
            onDelete={(entry) => void actions.remove(entry)}
          />
        ))}

        <WaterCard key={`water-${date}`} water={view.water} isPending={view.isWaterPending} onSet={actions.setWater} />
        <StepsRow key={`steps-${date}`} steps={view.steps} onSave={actions.setSteps} />

        <AddFoodSheet
          open={adding.open}
          onOpenChange={(open) => setAdding((current) => ({ ...current, open }))}
          date={date}
          meal={adding.meal}
          meals={meals}
          onLog={(input, preview) => void actions.log(input, preview)}
        />
        <EntrySheet entry={editing} meals={meals} actions={actions} onClose={() => setEditing(null)} />
      </>
    );
  }

  return (
    <div className="flex flex-col gap-4">
      <title>Food · OneCoach</title>
      <DaySwitcher date={date} today={today} onChange={setDate} />
      {body}
    </div>
  );
}
