import { useQuery } from '@tanstack/react-query';
import { isApiError } from '../../lib/api';
import { Card } from '../../ui/card';
import { Notice } from '../../ui/notice';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { NotInPlan, notInPlanArea } from '../billing/not-in-plan';
import { clientCheckinsQuery, habitsQuery, myCheckinsQuery } from '../checkins/queries';
import { myClientQuery } from '../clients/queries';
import { clientToday } from '../goals/goal-format';
import { activeOn, isMet } from './habit-format';
import { HabitRow } from './habit-row';
import { useLogHabit } from './use-log-habit';

/** Today's habits: yes/no ones ticked in one tap, numbers entered or added to; streaks and compliance beside each. */
export function HabitsToday() {
  const me = useQuery(myClientQuery());
  const clientId = me.data?.id ?? '';
  const today = clientToday(me.data?.onboarding?.timeZone);
  const habits = useQuery(habitsQuery(clientId));
  const log = useLogHabit(clientId);
  // Check-ins and habits are one plan area; Today's check-ins card already asked (shared cache).
  const mine = useQuery(myCheckinsQuery());
  const locked = notInPlanArea(habits.error) ?? notInPlanArea(mine.error);
  // Said once, and only when the coach has set something up that the client would miss.
  const checkins = useQuery({ ...clientCheckinsQuery(clientId), enabled: Boolean(locked && clientId) });

  if (!me.data) return null;
  if (locked) {
    const missed = (habits.data ? activeOn(habits.data, today).length > 0 : false) || (checkins.data?.current.length ?? 0) > 0;
    return missed ? <NotInPlan area={locked} className="py-6" /> : null;
  }
  if (habits.isPending)
    return (
      <LoadingRegion label="Loading your habits" className="flex flex-col gap-3 rounded-lg border border-line bg-surface p-4">
        <Skeleton className="h-5 w-32" />
        <Skeleton className="h-12 w-full" />
        <Skeleton className="h-12 w-full" />
      </LoadingRegion>
    );
  // Offline: the app's banner says so already; Today shows what it can without a second warning.
  if (habits.isError && isApiError(habits.error) && habits.error.code === 'NETWORK_ERROR') return null;
  if (habits.isError)
    return (
      <Notice tone="warning" title="Your habits didn't load">
        Check your connection.{' '}
        <button type="button" onClick={() => void habits.refetch()} className="font-medium underline underline-offset-2">
          Try again
        </button>
      </Notice>
    );

  // Water and steps are shown (and logged) on the Food card.
  const items = activeOn(habits.data, today).filter((habit) => habit.tracker === null);
  // No habits yet: nothing to show on Today (the coach adds them).
  if (items.length === 0) return null;
  const daily = items.filter((habit) => habit.frequency === 'daily');
  const done = daily.filter(isMet).length;

  return (
    <Card title="Habits" description={daily.length > 0 ? `${done} of ${daily.length} done today` : undefined} className="pb-1 sm:pb-2">
      <ul className="-mt-1 flex flex-col divide-y divide-line">
        {items.map((habit) => (
          <HabitRow key={habit.id} habit={habit} today={today} onLog={(value) => log.mutate({ habit, day: today, value })} />
        ))}
      </ul>
    </Card>
  );
}
