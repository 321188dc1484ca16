import { eq, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../src/server/db/client';
import { exercises } from '../../src/server/db/schema';
import type { CreateExerciseInput, Exercise } from '../../src/shared/exercises';
import { Agent } from '../setup/agent';

let sequence = 0;

/** A trainer's own exercise, valid for POST /api/exercises. */
export function buildCustomExercise(overrides: Partial<CreateExerciseInput> = {}): CreateExerciseInput {
  const n = ++sequence;
  return {
    name: `Landmine Press Variation ${n}`,
    category: 'strength',
    level: 'intermediate',
    force: 'push',
    mechanic: 'compound',
    equipment: 'barbell',
    primaryMuscles: ['shoulders'],
    secondaryMuscles: ['triceps', 'chest'],
    instructions: ['Wedge one end of a barbell into a corner.', 'Press the other end up and forward from the shoulder.'],
    cues: 'Ribs down, reach at the top',
    videoUrl: null,
    ...overrides,
  };
}

/** The trainer adds their own exercise; returns it as the API shows it. */
export async function createCustomExercise(trainer: Agent, overrides: Partial<CreateExerciseInput> = {}): Promise<Exercise> {
  const res = await trainer.post<Exercise>('/api/exercises', buildCustomExercise(overrides));
  if (res.status !== 201) throw new Error(`create exercise failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/**
 * The library id of an exercise by its exact name or data-set id ("Barbell Squat" or "Barbell_Squat"):
 * through the API with a signed-in agent, or straight from the database of a test app.
 */
export async function findExerciseId(source: Agent | { db: DbOrTx }, name: string): Promise<string> {
  if (source instanceof Agent) {
    const res = await source.get<{ items: Exercise[] }>(`/api/exercises?q=${encodeURIComponent(name.replaceAll('_', ' '))}&limit=100`);
    if (res.status !== 200) throw new Error(`exercise search failed: ${res.status} ${JSON.stringify(res.body)}`);
    const found = res.body.items.find((item) => item.name.toLowerCase() === name.toLowerCase() || item.sourceId === name);
    if (!found) throw new Error(`no exercise named ${name}`);
    return found.id;
  }
  const [row] = await source.db
    .select({ id: exercises.id })
    .from(exercises)
    .where(or(eq(exercises.sourceId, name), eq(sql`lower(${exercises.name})`, name.toLowerCase())))
    .limit(1);
  if (!row) throw new Error(`no exercise named ${name}`);
  return row.id;
}
