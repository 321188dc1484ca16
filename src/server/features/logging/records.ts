import { epley1rm, type PersonalRecord, type RecordKind } from '../../../shared/logging';

/** What record detection needs of a set. */
export type RecordSet = { id: string; sessionId: string; exerciseId: string; weightKg: number | null; reps: number | null; loggedAt: Date };

const EPSILON = 1e-6;

/**
 * Personal records, computed from the sets themselves (never stored), so editing or deleting a
 * set recomputes them. Walking one exercise's sets in the order they were done, a set is a record
 * when it beats every earlier set — the first set of an exercise is the baseline, not a record:
 * - heaviest: the highest load;
 * - e1rm: the best estimated one-rep max, Epley (load × (1 + reps / 30), 1–12 reps);
 * - reps_at_load: more reps than any earlier set at the same or a heavier load;
 * - set_volume: the highest load × reps in one set.
 */
export function detectRecords(sets: RecordSet[]): { bySet: Map<string, PersonalRecord[]>; current: PersonalRecord[] } {
  const bySet = new Map<string, PersonalRecord[]>();
  const current = new Map<string, PersonalRecord>();
  const byExercise = new Map<string, RecordSet[]>();
  for (const set of sets) {
    if (set.weightKg === null || set.weightKg <= 0 || set.reps === null || set.reps < 1) continue;
    byExercise.set(set.exerciseId, [...(byExercise.get(set.exerciseId) ?? []), set]);
  }
  for (const [exerciseId, list] of byExercise) {
    list.sort((a, b) => a.loggedAt.getTime() - b.loggedAt.getTime() || a.id.localeCompare(b.id));
    const best: Partial<Record<Exclude<RecordKind, 'reps_at_load'>, number>> = {};
    const earlier: RecordSet[] = [];
    for (const set of list) {
      const load = set.weightKg!;
      const reps = set.reps!;
      const values: Record<Exclude<RecordKind, 'reps_at_load'>, number | null> = {
        heaviest: load,
        e1rm: epley1rm(load, reps),
        set_volume: load * reps,
      };
      const found: PersonalRecord[] = [];
      const record = (kind: RecordKind, value: number, loadKg: number | null): PersonalRecord => ({
        exerciseId,
        kind,
        value: Math.round(value * 100) / 100,
        loadKg,
        setId: set.id,
        sessionId: set.sessionId,
        achievedAt: set.loggedAt.toISOString(),
      });
      for (const kind of ['heaviest', 'e1rm', 'set_volume'] as const) {
        const value = values[kind];
        if (value === null) continue;
        const previous = best[kind];
        if (previous !== undefined && value > previous + EPSILON) found.push(record(kind, value, null));
        if (previous === undefined || value > previous + EPSILON) {
          best[kind] = value;
          current.set(`${exerciseId}:${kind}`, record(kind, value, null));
        }
      }
      const comparable = earlier.filter((other) => other.weightKg! >= load - EPSILON);
      if (comparable.length > 0 && reps > Math.max(...comparable.map((other) => other.reps!)))
        found.push(record('reps_at_load', reps, Math.round(load * 100) / 100));
      earlier.push(set);
      if (found.length) bySet.set(set.id, found);
    }
  }
  return { bySet, current: [...current.values()] };
}

/**
 * The records one set sets against the best earlier values (what the save statement answers):
 * the same rules as detectRecords, for one set, without reading the history again.
 */
export function recordsAgainst(
  set: RecordSet,
  previous: { heaviest: number | null; e1rm: number | null; volume: number | null; repsAtLoad: number | null },
): PersonalRecord[] {
  if (set.weightKg === null || set.weightKg <= 0 || set.reps === null || set.reps < 1 || previous.heaviest === null) return [];
  const load = set.weightKg;
  const out: PersonalRecord[] = [];
  const record = (kind: RecordKind, value: number, loadKg: number | null): PersonalRecord => ({
    exerciseId: set.exerciseId,
    kind,
    value: Math.round(value * 100) / 100,
    loadKg,
    setId: set.id,
    sessionId: set.sessionId,
    achievedAt: set.loggedAt.toISOString(),
  });
  if (load > previous.heaviest + EPSILON) out.push(record('heaviest', load, null));
  const e1rm = epley1rm(load, set.reps);
  if (e1rm !== null && previous.e1rm !== null && e1rm > previous.e1rm + EPSILON) out.push(record('e1rm', e1rm, null));
  if (previous.volume !== null && load * set.reps > previous.volume + EPSILON) out.push(record('set_volume', load * set.reps, null));
  if (previous.repsAtLoad !== null && set.reps > previous.repsAtLoad)
    out.push(record('reps_at_load', set.reps, Math.round(load * 100) / 100));
  return out;
}
