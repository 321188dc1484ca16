import type { Exercise } from '../../../shared/exercises';
import type { FinishSessionInput, LoggedSet, PersonalRecord, SaveSetInput, SessionDetail } from '../../../shared/logging';
import type { Block, PrescribedSet, Prescription, SetTarget } from '../../../shared/programs';
import type { OutboxOp } from '../../lib/outbox';
import { opSetId } from './queries';
import type { SessionLayout } from './session-layout';
import { toKg } from './units';

/*
 * The gym screen's picture of a workout: the plan, the server's sets, the outbox's waiting writes
 * applied on top, and the client's own changes (swaps, added exercises). Pure, so it is tested
 * without a browser.
 */

export type MergedSet = LoggedSet & { pending: boolean };
export type Measure = SetTarget['kind'];

export type RowModel = {
  /** position:setNumber, stable whether or not the set is logged. */
  key: string;
  setNumber: number;
  prescribed: PrescribedSet | null;
  logged: MergedSet | null;
  last: LoggedSet | null;
  measure: Measure;
  /** Rest after this set, in seconds (null: go straight on, e.g. inside a superset). */
  restSeconds: number | null;
};

export type SlotModel = {
  /** The prescription id, or "added:<position>" for an exercise added in the gym. */
  key: string;
  position: number;
  label: string;
  prescription: Prescription | null;
  exerciseId: string;
  swappedFrom: string | null;
  skipped: boolean;
  rows: RowModel[];
  plannedCount: number;
};

export type GroupModel = {
  id: string;
  kind: Block['kind'];
  section: Block['section'];
  rounds: number;
  label: string;
  slots: SlotModel[];
};

export type GymModel = {
  groups: GroupModel[];
  slots: SlotModel[];
  sets: MergedSet[];
  /** The finish waiting in the outbox, if any. */
  finishing: FinishSessionInput | null;
  discarded: boolean;
  setsPlanned: number;
};

/** Default rest after a set of an exercise added in the gym (no prescription to follow). */
const ADDED_REST_SECONDS = 90;

const letter = (index: number) => (index < 26 ? String.fromCharCode(65 + index) : String(index + 1));

/** The server's sets with the outbox's waiting saves and deletes applied, in the order they were made. */
export function mergeSets(sessionId: string, sets: LoggedSet[], ops: OutboxOp[]): MergedSet[] {
  const byId = new Map<string, MergedSet>(sets.map((set) => [set.id, { ...set, pending: false }]));
  for (const op of [...ops].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    if (op.kind !== 'set') continue;
    const setId = opSetId(op);
    if (!setId) continue;
    if (op.method === 'DELETE') {
      byId.delete(setId);
      continue;
    }
    const input = op.body as SaveSetInput;
    const unit = input.unit ?? 'kg';
    const weight = input.weight ?? null;
    byId.set(setId, {
      id: setId,
      sessionId,
      exerciseId: input.exerciseId,
      prescriptionId: input.prescriptionId ?? null,
      position: input.position,
      setNumber: input.setNumber,
      weight,
      unit,
      weightKg: weight === null ? null : toKg(weight, unit),
      reps: input.reps ?? null,
      durationSeconds: input.durationSeconds ?? null,
      distanceMeters: input.distanceMeters ?? null,
      rpe: input.rpe ?? null,
      notes: input.notes ?? '',
      loggedAt: input.loggedAt,
      pending: true,
    });
  }
  return [...byId.values()];
}

function measureOf(prescribed: PrescribedSet | null, exercise: Exercise | undefined, logged: LoggedSet | null): Measure {
  if (prescribed) return prescribed.target.kind;
  if (logged) {
    if (logged.reps === null && logged.durationSeconds !== null) return 'time';
    if (logged.reps === null && logged.distanceMeters !== null) return 'distance';
    return 'reps';
  }
  return exercise?.category === 'cardio' ? 'time' : 'reps';
}

type BuildInput = {
  detail: SessionDetail;
  ops: OutboxOp[];
  layout: SessionLayout;
  exercises: Map<string, Exercise>;
};

/** The default number of rows for an exercise added in the gym. */
const ADDED_SETS = 3;

export function buildGymModel({ detail, ops, layout, exercises }: BuildInput): GymModel {
  const mine = ops.filter((op) => op.path.startsWith(`/api/me/sessions/${detail.id}`));
  const sets = mergeSets(detail.id, detail.sets, mine);
  const byPosition = new Map<number, MergedSet[]>();
  for (const set of sets) byPosition.set(set.position, [...(byPosition.get(set.position) ?? []), set]);
  const finishOp = mine.find((op) => op.kind === 'finish');
  const discarded = mine.some((op) => op.kind === 'session' && op.method === 'DELETE');

  const groups: GroupModel[] = [];
  let position = 0;
  let setsPlanned = 0;
  const lastTimeUsed = new Map<string, number>();

  const makeSlot = (input: {
    key: string;
    label: string;
    prescription: Prescription | null;
    plannedExerciseId: string;
    planned: PrescribedSet[];
    restFor: (prescribed: PrescribedSet | null) => number | null;
  }): SlotModel => {
    const at = position++;
    const logged = (byPosition.get(at) ?? []).sort((a, b) => a.setNumber - b.setNumber);
    const fromSets = logged.find((set) => set.exerciseId !== input.plannedExerciseId)?.exerciseId;
    const exerciseId = layout.swaps[input.key] ?? fromSets ?? input.plannedExerciseId;
    const highest = logged.reduce((max, set) => Math.max(max, set.setNumber), 0);
    const count = Math.max(highest, input.planned.length + (layout.setDelta[input.key] ?? 0), 0);
    // Last time's sets of this exercise, matched by set number (a second slot of the same exercise gets none).
    const seen = lastTimeUsed.get(exerciseId) ?? 0;
    lastTimeUsed.set(exerciseId, seen + 1);
    const last = seen === 0 ? (detail.lastTime[exerciseId] ?? []) : [];
    const exercise = exercises.get(exerciseId);
    const rows: RowModel[] = Array.from({ length: count }, (_, index) => {
      const setNumber = index + 1;
      const prescribed = input.planned[index] ?? null;
      const loggedSet = logged.find((set) => set.setNumber === setNumber) ?? null;
      return {
        key: `${at}:${setNumber}`,
        setNumber,
        prescribed,
        logged: loggedSet,
        last: last.find((set) => set.setNumber === setNumber) ?? null,
        measure: measureOf(prescribed ?? input.planned[input.planned.length - 1] ?? null, exercise, loggedSet ?? logged[0] ?? null),
        restSeconds: input.restFor(prescribed ?? input.planned[input.planned.length - 1] ?? null),
      };
    });
    return {
      key: input.key,
      position: at,
      label: input.label,
      prescription: input.prescription,
      exerciseId,
      swappedFrom: exerciseId === input.plannedExerciseId ? null : input.plannedExerciseId,
      skipped: layout.skipped.includes(input.key),
      rows,
      plannedCount: input.planned.length,
    };
  };

  (detail.plan?.blocks ?? []).forEach((block, blockIndex) => {
    const size = block.exercises.length;
    const slots = block.exercises.map((prescription, index) => {
      // A circuit repeats its exercises: each round is one more set of each.
      const planned = Array.from({ length: block.rounds }, () => prescription.sets).flat();
      setsPlanned += planned.length;
      const isLast = index === size - 1;
      return makeSlot({
        key: prescription.id,
        label: block.kind === 'single' ? letter(blockIndex) : `${letter(blockIndex)}${index + 1}`,
        prescription,
        plannedExerciseId: prescription.exerciseId,
        planned,
        // Inside a superset or circuit the client moves straight to the next exercise; the rest comes after the round.
        restFor: (prescribed) => (block.kind === 'single' || isLast ? (prescribed?.restSeconds ?? block.restSeconds ?? null) : null),
      });
    });
    groups.push({ id: block.id, kind: block.kind, section: block.section, rounds: block.rounds, label: letter(blockIndex), slots });
  });

  // Exercises added in the gym: the ones added here, and any with logged sets past the plan (another device).
  const planCount = position;
  const addedPositions = new Map<number, string>();
  for (const added of layout.added) addedPositions.set(added.position, added.exerciseId);
  for (const [at, list] of byPosition)
    if (at >= planCount && !addedPositions.has(at) && list[0]) addedPositions.set(at, list[0].exerciseId);
  const groupCount = groups.length;
  [...addedPositions.entries()]
    .sort(([a], [b]) => a - b)
    .forEach(([at, exerciseId], index) => {
      position = at;
      const key = `added:${at}`;
      const slot = makeSlot({
        key,
        label: letter(groupCount + index),
        prescription: null,
        plannedExerciseId: exerciseId,
        planned: [],
        restFor: () => ADDED_REST_SECONDS,
      });
      // An added exercise starts with a few empty rows (the plan gives it none).
      const extra = layout.setDelta[key] ?? 0;
      const count = Math.max(
        slot.rows.reduce((max, row) => Math.max(max, row.logged ? row.setNumber : 0), 0),
        ADDED_SETS + extra,
        0,
      );
      const rows = Array.from({ length: count }, (_, i) => {
        const existing = slot.rows[i];
        if (existing) return existing;
        const setNumber = i + 1;
        return {
          key: `${at}:${setNumber}`,
          setNumber,
          prescribed: null,
          logged: null,
          last: (detail.lastTime[exerciseId] ?? []).find((set) => set.setNumber === setNumber) ?? null,
          measure: slot.rows[0]?.measure ?? measureOf(null, exercises.get(exerciseId), null),
          restSeconds: ADDED_REST_SECONDS,
        } satisfies RowModel;
      });
      groups.push({ id: key, kind: 'single', section: 'main', rounds: 1, label: slot.label, slots: [{ ...slot, rows }] });
    });

  return {
    groups,
    slots: groups.flatMap((group) => group.slots),
    sets,
    finishing: finishOp ? (finishOp.body as FinishSessionInput) : null,
    discarded,
    setsPlanned,
  };
}

/** The next position free for an added exercise. */
export function nextPosition(model: GymModel): number {
  return model.slots.reduce((max, slot) => Math.max(max, slot.position + 1), 0);
}

/** Sets in the order they are done: down each exercise, and round by round through a superset or circuit. */
export function doingOrder(model: GymModel): Array<{ slot: SlotModel; row: RowModel }> {
  const order: Array<{ slot: SlotModel; row: RowModel }> = [];
  for (const group of model.groups) {
    const slots = group.slots.filter((slot) => !slot.skipped);
    if (group.kind === 'single') {
      for (const slot of slots) for (const row of slot.rows) order.push({ slot, row });
      continue;
    }
    const longest = Math.max(0, ...slots.map((slot) => slot.rows.length));
    for (let i = 0; i < longest; i++) for (const slot of slots) if (slot.rows[i]) order.push({ slot, row: slot.rows[i]! });
  }
  return order;
}

/** The set to do next: the first one not done (after `afterKey` when given, wrapping round). */
export function nextUp(model: GymModel, afterKey?: string): { slot: SlotModel; row: RowModel } | null {
  const order = doingOrder(model);
  const start = afterKey ? order.findIndex((entry) => entry.row.key === afterKey) + 1 : 0;
  const rotated = [...order.slice(start), ...order.slice(0, start)];
  return rotated.find((entry) => !entry.row.logged && entry.row.key !== afterKey) ?? null;
}

export function undoneCount(model: GymModel): number {
  return doingOrder(model).filter((entry) => !entry.row.logged).length;
}

export type LocalSummary = { durationSeconds: number; volumeKg: number; setsDone: number; setsPlanned: number };

/** The finish screen's numbers, worked out on the device (the server answers the same from what it stored). */
export function summarise(model: GymModel, startedAt: string, finishedAt: number): LocalSummary {
  return {
    durationSeconds: Math.max(0, Math.round((finishedAt - Date.parse(startedAt)) / 1000)),
    volumeKg: Math.round(model.sets.reduce((sum, set) => sum + (set.weightKg ?? 0) * (set.reps ?? 0), 0) * 10) / 10,
    setsDone: model.sets.length,
    setsPlanned: model.setsPlanned,
  };
}

/** Records of this session's sets that still stand (a set deleted since takes its records with it). */
export function sessionRecords(model: GymModel, records: Record<string, PersonalRecord[]>): PersonalRecord[] {
  const ids = new Set(model.sets.map((set) => set.id));
  return Object.entries(records).flatMap(([setId, list]) => (ids.has(setId) ? list : []));
}
