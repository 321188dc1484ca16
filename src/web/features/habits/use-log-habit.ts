import { useMutation, useQueryClient } from '@tanstack/react-query';
import { toast } from 'sonner';
import type { Habit } from '../../../shared/checkins';
import { errorMessage } from '../../lib/api';
import { habitKeys, habitsApi, habitsChanged } from '../checkins/queries';
import { withDayValue } from './habit-format';

type LogInput = { habit: Habit; day: string; value: number | null };
type HabitList = { items: Habit[] };

const LOG_KEY = ['habits', 'log'] as const;

/**
 * Ticking a habit or entering its number: the list changes at once, the server's answer (with the
 * new streak and compliance) replaces it, and a refusal puts back what was there with a toast.
 */
export function useLogHabit(clientId: string) {
  const queryClient = useQueryClient();
  const key = habitKeys.client(clientId);
  return useMutation({
    mutationKey: LOG_KEY,
    mutationFn: ({ habit, day, value }: LogInput) =>
      value === null ? habitsApi.clearDay(habit.id, day) : habitsApi.log(habit.id, day, value),
    onMutate: async ({ habit, day, value }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<HabitList>(key);
      queryClient.setQueryData<HabitList>(key, (data) =>
        data ? { items: data.items.map((item) => (item.id === habit.id ? withDayValue(item, day, value) : item)) } : data,
      );
      return { before: before?.items.find((item) => item.id === habit.id) ?? null };
    },
    onError: (error, { habit }, context) => {
      const previous = context?.before;
      if (previous)
        queryClient.setQueryData<HabitList>(key, (data) =>
          data ? { items: data.items.map((item) => (item.id === habit.id ? previous : item)) } : data,
        );
      toast.error(`${habit.name} wasn't saved. ${errorMessage(error)}`);
    },
    // Taps in quick succession (+0.25, +0.25): only the last answer refreshes the list, so an
    // earlier one does not briefly undo a later tap.
    onSuccess: (saved) => {
      if (queryClient.isMutating({ mutationKey: LOG_KEY }) <= 1) habitsChanged(queryClient, saved);
    },
  });
}
