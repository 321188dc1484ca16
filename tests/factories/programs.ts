import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import type { Block, PrescribedSet, ProgramContent, Workout } from '../../src/shared/programs';
import type { DbOrTx } from '../../src/server/db/client';
import { exercises } from '../../src/server/db/schema';

/** Library ids of built-in exercises, by their data-set id (e.g. "Barbell_Squat"). */
export async function builtInExerciseIds(db: DbOrTx, sourceIds: string[]): Promise<string[]> {
  const rows = await db
    .select({ id: exercises.id, sourceId: exercises.sourceId })
    .from(exercises)
    .where(inArray(exercises.sourceId, sourceIds));
  const bySource = new Map(rows.map((row) => [row.sourceId, row.id]));
  return sourceIds.map((sourceId) => {
    const id = bySource.get(sourceId);
    if (!id) throw new Error(`no built-in exercise ${sourceId}`);
    return id;
  });
}

export const STAPLES = [
  'Barbell_Squat',
  'Barbell_Bench_Press_-_Medium_Grip',
  'Pullups',
  'Romanian_Deadlift',
  'Dumbbell_Bicep_Curl',
  'Plank',
  'Barbell_Deadlift',
  'Seated_Cable_Rows',
];

export function buildSet(over: Partial<PrescribedSet> = {}): PrescribedSet {
  return {
    id: randomUUID(),
    type: 'working',
    target: { kind: 'reps', min: 8, max: 12 },
    load: { kind: 'weight', value: 60, unit: 'kg' },
    effort: { kind: 'rpe', value: 8 },
    tempo: null,
    restSeconds: 120,
    note: '',
    ...over,
  };
}

export function singleBlock(exerciseId: string, sets = 3): Block {
  return {
    id: randomUUID(),
    kind: 'single',
    section: 'main',
    rounds: 1,
    restSeconds: null,
    exercises: [{ id: randomUUID(), exerciseId, sets: Array.from({ length: sets }, () => buildSet()), note: '', progression: null }],
  };
}

export function supersetBlock(exerciseIds: [string, string, ...string[]], sets = 3): Block {
  return {
    id: randomUUID(),
    kind: 'superset',
    section: 'main',
    rounds: 1,
    restSeconds: 90,
    exercises: exerciseIds.map((exerciseId) => ({
      id: randomUUID(),
      exerciseId,
      sets: Array.from({ length: sets }, () => buildSet()),
      note: '',
      progression: null,
    })),
  };
}

/** A program of `weeks` × `perWeek` workouts, each with `exercisesPer` single-exercise blocks of `setsPer` sets. */
export function buildContent(
  exerciseIds: string[],
  shape: { weeks?: number; perWeek?: number; exercisesPer?: number; setsPer?: number } = {},
): ProgramContent {
  const { weeks = 2, perWeek = 3, exercisesPer = 3, setsPer = 3 } = shape;
  const workouts: Workout[] = [];
  for (let week = 1; week <= weeks; week++) {
    for (let order = 1; order <= perWeek; order++) {
      workouts.push({
        id: randomUUID(),
        week,
        order,
        name: `Week ${week} · Day ${order}`,
        notes: '',
        blocks: Array.from({ length: exercisesPer }, (_, i) => singleBlock(exerciseIds[(i + order) % exerciseIds.length]!, setsPer)),
      });
    }
  }
  return { weeks, workouts };
}

/** Puts a one-off workout on a client's calendar (through the API) and returns the calendar entry. */
export async function scheduleOneOff(
  db: DbOrTx,
  trainer: { post(path: string, body?: unknown): Promise<{ status: number; body: any }> },
  clientId: string,
  date: string,
  name = 'Lower body',
): Promise<{ id: string; date: string; name: string }> {
  const [exerciseId] = await builtInExerciseIds(db, STAPLES.slice(0, 1));
  const workout = { id: randomUUID(), week: 1, order: 1, name, notes: '', blocks: [singleBlock(exerciseId!, 3)] };
  const res = await trainer.post(`/api/clients/${clientId}/calendar`, { date, workout });
  if (res.status !== 201) throw new Error(`could not schedule a workout: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}
