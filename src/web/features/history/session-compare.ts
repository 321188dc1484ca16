import type { LoggedSet, PersonalRecord, SessionDetail } from '../../../shared/logging';
import type { Block, PrescribedSet } from '../../../shared/programs';

/*
 * A finished workout laid out for reading: each exercise of the plan with its prescribed sets
 * beside the sets logged against them (matched by prescription and set number, as the gym
 * screen logs them), then whatever was added in the gym. Pure, so it is tested without a browser.
 */

export type CompareRow = {
  key: string;
  setNumber: number;
  prescribed: PrescribedSet | null;
  logged: LoggedSet | null;
  records: PersonalRecord[];
  /** Fewer reps, less time or distance than the plan's lower bound. */
  short: boolean;
};

export type CompareExercise = {
  key: string;
  /** "A", "B1": the plan's lettering (exercises added in the gym continue it). */
  label: string;
  /** The exercise done (a swap shows the new one). */
  exerciseId: string;
  /** The exercise the plan asked for, when it was swapped for another. */
  swappedFrom: string | null;
  blockKind: Block['kind'] | 'added';
  rounds: number;
  note: string;
  rows: CompareRow[];
};

const letter = (index: number) => (index < 26 ? String.fromCharCode(65 + index) : String(index + 1));

function isShort(prescribed: PrescribedSet | null, logged: LoggedSet | null): boolean {
  if (!prescribed || !logged) return false;
  const target = prescribed.target;
  if (target.kind === 'reps') return logged.reps !== null && logged.reps < target.min;
  if (target.kind === 'time') return logged.durationSeconds !== null && logged.durationSeconds < target.seconds;
  return logged.distanceMeters !== null && logged.distanceMeters < target.meters;
}

function pairRows(key: string, planned: PrescribedSet[], logged: LoggedSet[], recordsBySet: Map<string, PersonalRecord[]>): CompareRow[] {
  const sorted = [...logged].sort((a, b) => a.setNumber - b.setNumber || a.loggedAt.localeCompare(b.loggedAt));
  const count = Math.max(
    planned.length,
    sorted.reduce((max, set) => Math.max(max, set.setNumber), 0),
  );
  const used = new Set<string>();
  const rows: CompareRow[] = [];
  for (let setNumber = 1; setNumber <= count; setNumber++) {
    const prescribed = planned[setNumber - 1] ?? null;
    const set = sorted.find((candidate) => candidate.setNumber === setNumber && !used.has(candidate.id)) ?? null;
    if (set) used.add(set.id);
    if (!prescribed && !set) continue;
    rows.push({
      key: `${key}:${setNumber}`,
      setNumber,
      prescribed,
      logged: set,
      records: set ? (recordsBySet.get(set.id) ?? []) : [],
      short: isShort(prescribed, set),
    });
  }
  // Two sets saved under one number (two devices): both were done, so both show.
  for (const set of sorted.filter((candidate) => !used.has(candidate.id)))
    rows.push({
      key: `${key}:${set.id}`,
      setNumber: set.setNumber,
      prescribed: null,
      logged: set,
      records: recordsBySet.get(set.id) ?? [],
      short: false,
    });
  return rows;
}

export function compareSession(detail: Pick<SessionDetail, 'plan' | 'sets' | 'summary'>): CompareExercise[] {
  const recordsBySet = new Map<string, PersonalRecord[]>();
  for (const record of detail.summary?.records ?? []) recordsBySet.set(record.setId, [...(recordsBySet.get(record.setId) ?? []), record]);

  const byPrescription = new Map<string, LoggedSet[]>();
  for (const set of detail.sets)
    if (set.prescriptionId) byPrescription.set(set.prescriptionId, [...(byPrescription.get(set.prescriptionId) ?? []), set]);

  const out: CompareExercise[] = [];
  const matched = new Set<string>();
  const blocks = detail.plan?.blocks ?? [];
  blocks.forEach((block, blockIndex) => {
    block.exercises.forEach((prescription, index) => {
      const logged = byPrescription.get(prescription.id) ?? [];
      for (const set of logged) matched.add(set.id);
      // A circuit repeats its exercises: each round is one more set of each.
      const planned = Array.from({ length: block.rounds }, () => prescription.sets).flat();
      const done = logged.find((set) => set.exerciseId !== prescription.exerciseId)?.exerciseId;
      out.push({
        key: prescription.id,
        label: block.kind === 'single' ? letter(blockIndex) : `${letter(blockIndex)}${index + 1}`,
        exerciseId: done ?? prescription.exerciseId,
        swappedFrom: done ? prescription.exerciseId : null,
        blockKind: block.kind,
        rounds: block.rounds,
        note: prescription.note,
        rows: pairRows(prescription.id, planned, logged, recordsBySet),
      });
    });
  });

  // Added in the gym (or answering a prescription the plan no longer has): one entry per position and exercise.
  const added = new Map<string, LoggedSet[]>();
  for (const set of detail.sets) {
    if (matched.has(set.id)) continue;
    const key = `added:${set.position}:${set.exerciseId}`;
    added.set(key, [...(added.get(key) ?? []), set]);
  }
  [...added.entries()]
    .sort(([, a], [, b]) => a[0]!.position - b[0]!.position || a[0]!.loggedAt.localeCompare(b[0]!.loggedAt))
    .forEach(([key, sets], index) => {
      out.push({
        key,
        label: letter(blocks.length + index),
        exerciseId: sets[0]!.exerciseId,
        swappedFrom: null,
        blockKind: 'added',
        rounds: 1,
        note: '',
        rows: pairRows(key, [], sets, recordsBySet),
      });
    });
  return out;
}
