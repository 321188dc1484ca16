import { useQuery } from '@tanstack/react-query';
import { exerciseName, exerciseQuery } from './queries';

/** Programs store exercise ids; names come from the (cached) library. */
export function useExerciseName(id: string): { name: string; pending: boolean; archived: boolean } {
  const exercise = useQuery(exerciseQuery(id));
  if (exercise.data) return { name: exerciseName(exercise.data), pending: false, archived: exercise.data.archived };
  return { name: exercise.isError ? 'Unknown exercise' : 'Loading…', pending: exercise.isPending, archived: false };
}
