import type { Prescription, ProgramContent, Workout } from '../../../shared/programs';
import type { DbOrTx } from '../../db/client';
import { prepareSets, type PerformedSet } from '../programs/progression';
import { findSession, lastTimeSets } from './logging.repo';

/**
 * The plan a client gets when they start a workout: every prescription with a progression rule is
 * prepared from what they did last time with that exercise (programs/progression.ts), so "add
 * 2.5 kg when every set reached the top of the range" happens by itself, session after session.
 */
export async function preparePlan(
  db: DbOrTx,
  clientId: string,
  plan: Workout,
  content: ProgramContent | null,
  sessionId: string,
): Promise<Workout> {
  const progressed = plan.blocks.flatMap((block) => block.exercises.filter((ex) => ex.progression));
  if (progressed.length === 0) return plan;
  const last = await lastTimeSets(db, clientId, [...new Set(progressed.map((ex) => ex.exerciseId))], sessionId);
  // The type of each set done last time (warm-up or working) comes from that session's own plan.
  const plans = new Map<string, Workout | null>();
  for (const sessionOfSet of new Set(last.map((set) => set.sessionId)))
    plans.set(sessionOfSet, (await findSession(db, sessionOfSet))?.plan ?? null);
  const typeOf = (sessionOfSet: string, prescriptionId: string | null, setNumber: number) => {
    const earlier = plans.get(sessionOfSet);
    const prescription = earlier?.blocks.flatMap((b) => b.exercises).find((ex) => ex.id === prescriptionId);
    return prescription?.sets[setNumber - 1]?.type ?? 'working';
  };

  const prepare = (prescription: Prescription): Prescription => {
    if (!prescription.progression) return prescription;
    const done = last.filter((set) => set.exerciseId === prescription.exerciseId);
    const lastSession: PerformedSet[] | null = done.length
      ? done.map((set) => ({
          type: typeOf(set.sessionId, set.prescriptionId, set.setNumber),
          reps: set.reps,
          weight: set.weight === null ? null : { value: set.weight, unit: set.unit },
        }))
      : null;
    const rule = prescription.progression;
    const deloadSource =
      rule.kind === 'deload'
        ? (content?.workouts
            .find((workout) => workout.week === rule.repeatWeek && workout.order === plan.order)
            ?.blocks.flatMap((block) => block.exercises)
            .find((ex) => ex.exerciseId === prescription.exerciseId) ?? null)
        : null;
    return { ...prescription, sets: prepareSets({ prescription, lastSession, deloadSource }) };
  };
  return { ...plan, blocks: plan.blocks.map((block) => ({ ...block, exercises: block.exercises.map(prepare) })) };
}
