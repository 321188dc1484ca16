import { LIMITS } from '../../../../shared/programs';
import type { ProgramContent, Workout } from '../../../../shared/programs';
import { copyWorkout, newId } from '../workout-editor/ids';

/*
 * Pure edits of a program's weeks and workouts. A workout's slot is (week, order); orders in a
 * week are kept 1…n with no gaps, which is the order the assign dialog gives weekdays to.
 */

export const workoutsOfWeek = (content: ProgramContent, week: number): Workout[] =>
  content.workouts.filter((workout) => workout.week === week).sort((a, b) => a.order - b.order);

/** Renumbers one week's workouts 1…n in their current order. */
function compact(workouts: Workout[], week: number): Workout[] {
  const order = new Map(
    workouts
      .filter((w) => w.week === week)
      .sort((a, b) => a.order - b.order)
      .map((w, i) => [w.id, i + 1]),
  );
  return workouts.map((w) => (order.has(w.id) ? { ...w, order: order.get(w.id)! } : w));
}

export const canAddWorkout = (content: ProgramContent, week: number) => workoutsOfWeek(content, week).length < LIMITS.workoutsPerWeek;

export function addWorkout(content: ProgramContent, week: number, id = newId()): ProgramContent {
  const existing = workoutsOfWeek(content, week);
  if (existing.length >= LIMITS.workoutsPerWeek) return content;
  const order = existing.length + 1;
  const workout: Workout = { id, week, order, name: `Day ${order}`, notes: '', blocks: [] };
  return { ...content, workouts: [...content.workouts, workout] };
}

/** The copy goes right after the original, later workouts of the week move one slot on. */
export function duplicateWorkout(content: ProgramContent, workoutId: string): ProgramContent {
  const source = content.workouts.find((w) => w.id === workoutId);
  if (!source || !canAddWorkout(content, source.week)) return content;
  const shifted = content.workouts.map((w) => (w.week === source.week && w.order > source.order ? { ...w, order: w.order + 1 } : w));
  const copy = { ...copyWorkout(source), order: source.order + 1, name: `${source.name} (copy)`.slice(0, 80) };
  return { ...content, workouts: [...shifted, copy] };
}

export function removeWorkout(content: ProgramContent, workoutId: string): ProgramContent {
  const source = content.workouts.find((w) => w.id === workoutId);
  if (!source) return content;
  return {
    ...content,
    workouts: compact(
      content.workouts.filter((w) => w.id !== workoutId),
      source.week,
    ),
  };
}

/** Swaps a workout with its neighbour in the week. */
export function moveWorkout(content: ProgramContent, workoutId: string, delta: -1 | 1): ProgramContent {
  const source = content.workouts.find((w) => w.id === workoutId);
  if (!source) return content;
  const week = workoutsOfWeek(content, source.week);
  const index = week.findIndex((w) => w.id === workoutId);
  const other = week[index + delta];
  if (!other) return content;
  return {
    ...content,
    workouts: content.workouts.map((w) =>
      w.id === source.id ? { ...w, order: other.order } : w.id === other.id ? { ...w, order: source.order } : w,
    ),
  };
}

export const updateWorkout = (content: ProgramContent, workoutId: string, recipe: (workout: Workout) => Workout): ProgramContent => {
  let changed = false;
  const workouts = content.workouts.map((w) => {
    if (w.id !== workoutId) return w;
    const next = recipe(w);
    changed = next !== w;
    return next;
  });
  return changed ? { ...content, workouts } : content;
};

export const addWeek = (content: ProgramContent): ProgramContent =>
  content.weeks >= LIMITS.weeks ? content : { ...content, weeks: content.weeks + 1 };

/** A copy of week N becomes week N+1; the weeks after it move one on. */
export function duplicateWeek(content: ProgramContent, week: number): ProgramContent {
  if (content.weeks >= LIMITS.weeks) return content;
  const shifted = content.workouts.map((w) => (w.week > week ? { ...w, week: w.week + 1 } : w));
  const copies = workoutsOfWeek(content, week).map((w) => ({ ...copyWorkout(w), week: week + 1 }));
  return { weeks: content.weeks + 1, workouts: [...shifted, ...copies] };
}

export function removeWeek(content: ProgramContent, week: number): ProgramContent {
  if (content.weeks <= 1) return content;
  const workouts = content.workouts.filter((w) => w.week !== week).map((w) => (w.week > week ? { ...w, week: w.week - 1 } : w));
  return { weeks: content.weeks - 1, workouts };
}
