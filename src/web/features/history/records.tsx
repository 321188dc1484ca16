import { Trophy } from 'lucide-react';
import { RECORD_LABELS, type PersonalRecord, type RecordKind } from '../../../shared/logging';
import type { Exercise } from '../../../shared/exercises';
import { formatKg, formatVolume, type Unit } from './format';

/* Records in words. Lazy pages only: RECORD_LABELS comes with shared/logging (and zod). */

export const RECORD_ORDER: RecordKind[] = ['heaviest', 'e1rm', 'set_volume', 'reps_at_load'];

/** "100 kg", "9 reps at 80 kg", "1,200 kg". */
export function recordValue(record: PersonalRecord, unit: Unit): string {
  if (record.kind === 'reps_at_load') return `${record.value} reps${record.loadKg ? ` at ${formatKg(record.loadKg, unit)}` : ''}`;
  if (record.kind === 'set_volume') return formatVolume(record.value, unit);
  return formatKg(record.value, unit);
}

/** "Heaviest load: 100 kg". */
export const formatRecord = (record: PersonalRecord, unit: Unit) => `${RECORD_LABELS[record.kind]}: ${recordValue(record, unit)}`;

export const recordKinds = (records: PersonalRecord[]) =>
  [...records].sort((a, b) => RECORD_ORDER.indexOf(a.kind) - RECORD_ORDER.indexOf(b.kind)).map((record) => RECORD_LABELS[record.kind]);

export const exerciseLabel = (exercise: Pick<Exercise, 'name' | 'alias'> | undefined) => exercise?.alias ?? exercise?.name ?? 'Exercise';

/** A set's records, said in full beside it (nothing hides behind a hover on a phone). */
export function SetRecords({ records }: { records: PersonalRecord[] }) {
  if (records.length === 0) return null;
  return (
    <span className="inline-flex flex-wrap items-center gap-x-1.5 gap-y-0.5 text-xs">
      <span className="inline-flex items-center gap-1 rounded-full bg-accent-soft px-2 py-0.5 font-semibold text-accent-text">
        <Trophy aria-hidden className="size-3.5" />
        PR
      </span>
      <span className="text-muted">{recordKinds(records).join(' · ')}</span>
    </span>
  );
}

/** The workout's new records, one line per exercise. */
export function RecordsSummary({
  records,
  unit,
  names,
  who,
}: {
  records: PersonalRecord[];
  unit: Unit;
  names: (exerciseId: string) => string;
  /** "you" on the client's own page, the client's first name for the trainer. */
  who: string;
}) {
  if (records.length === 0) return null;
  const byExercise = new Map<string, PersonalRecord[]>();
  for (const record of records) byExercise.set(record.exerciseId, [...(byExercise.get(record.exerciseId) ?? []), record]);
  return (
    <section aria-labelledby="workout-records" className="flex flex-col gap-2 rounded-lg border border-line bg-accent-soft/60 p-4">
      <h2 id="workout-records" className="flex items-center gap-2 text-base font-semibold text-text">
        <Trophy aria-hidden className="size-5 text-accent-text" />
        {records.length === 1 ? '1 new personal record' : `${records.length} new personal records`}
        {who === 'you' ? '' : ` for ${who}`}
      </h2>
      <ul className="flex flex-col gap-1.5 text-sm">
        {[...byExercise.entries()].map(([exerciseId, list]) => (
          <li key={exerciseId} className="flex flex-col">
            <span className="font-medium text-text">{names(exerciseId)}</span>
            <span className="text-muted">
              {[...list]
                .sort((a, b) => RECORD_ORDER.indexOf(a.kind) - RECORD_ORDER.indexOf(b.kind))
                .map((record) => formatRecord(record, unit))
                .join(' · ')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
