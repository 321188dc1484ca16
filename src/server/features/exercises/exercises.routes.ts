import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { createRouter } from '../../lib/validate';

export type ExercisesDeps = { db: Db; clock: Clock };

/** The exercise library: search and read for everyone signed in; the trainer adds, customises and archives. */
export function exercisesRoutes(_deps: ExercisesDeps) {
  return createRouter();
}
