import type { z } from 'zod';
import {
  toKg,
  type FinishSessionSchema,
  type LoggedSet,
  type PersonalRecord,
  type SaveSetSchema,
  type Session,
  type SessionDetail,
  type SessionList,
  type SessionSummary,
  type StartSessionSchema,
} from '../../../shared/logging';
import type { Workout } from '../../../shared/programs';
import type { Db } from '../../db/client';
import { actorRef, assertCanSeeClient, type Actor } from '../../lib/access';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { progressChanged } from '../progress/goals.service';
import { recordAudit } from '../audit/audit.repo';
import { insertJob } from '../jobs/jobs.repo';
import { findClient } from '../clients/clients.repo';
import { toExercise } from '../exercises/exercises.service';
import { findExercisesByIds } from '../exercises/exercises.repo';
import { sendMessage } from '../messages/messages.service';
import { resolveWorkout } from '../programs/calendar.service';
import { findScheduledRow } from '../programs/programs.repo';
import type { Hub } from '../realtime/hub';
import type { Storage } from '../uploads/storage';
import {
  completeScheduled,
  deleteSession,
  deleteSet,
  findActiveSession,
  findLatestFinished,
  findSession,
  insertSessionIfNew,
  lastTimeSets,
  listExerciseSets,
  listSessions,
  listSessionSets,
  loggedExerciseIds,
  sessionNames,
  updateSession,
  upsertSet,
  type SessionRow,
  type SetRow,
} from './logging.repo';
import { preparePlan } from './prepare-plan';
import { detectRecords, recordsAgainst, type RecordSet } from './records';

export type LoggingDeps = { db: Db; clock: Clock; hub: Hub; storage: Storage };
type ClientActor = Actor & { role: 'client' };

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function toLoggedSet(row: SetRow): LoggedSet {
  return {
    id: row.id,
    sessionId: row.sessionId,
    exerciseId: row.exerciseId,
    prescriptionId: row.prescriptionId,
    position: row.position,
    setNumber: row.setNumber,
    weight: row.weight,
    unit: row.unit,
    weightKg: row.weightKg,
    reps: row.reps,
    durationSeconds: row.durationSeconds,
    distanceMeters: row.distanceMeters,
    rpe: row.rpe,
    notes: row.notes,
    loggedAt: row.loggedAt.toISOString(),
  };
}

const recordSet = (row: SetRow): RecordSet => ({
  id: row.id,
  sessionId: row.sessionId,
  exerciseId: row.exerciseId,
  weightKg: row.weightKg,
  reps: row.reps,
  loggedAt: row.loggedAt,
});

/** Sets the plan asks for: each prescription's sets, times the block's rounds. */
export function plannedSets(plan: Workout | null): number {
  if (!plan) return 0;
  return plan.blocks.reduce((sum, block) => sum + block.rounds * block.exercises.reduce((n, ex) => n + ex.sets.length, 0), 0);
}

async function summarise(deps: LoggingDeps, session: SessionRow, sets: SetRow[]): Promise<SessionSummary> {
  const exerciseIds = [...new Set(sets.map((set) => set.exerciseId))];
  const history = await listExerciseSets(deps.db, session.clientId, exerciseIds);
  const { bySet } = detectRecords(history.map(recordSet));
  const records = sets.flatMap((set) => bySet.get(set.id) ?? []);
  const end = session.finishedAt ?? deps.clock.now();
  return {
    durationSeconds: Math.max(0, Math.round((end.getTime() - session.startedAt.getTime()) / 1000)),
    volumeKg: Math.round(sets.reduce((sum, set) => sum + (set.weightKg ?? 0) * (set.reps ?? 0), 0) * 10) / 10,
    setsDone: sets.length,
    setsPlanned: plannedSets(session.plan),
    records,
  };
}

async function toSession(deps: LoggingDeps, row: SessionRow, sets?: SetRow[]): Promise<Session> {
  const list = sets ?? (await listSessionSets(deps.db, row.id));
  return {
    id: row.id,
    clientId: row.clientId,
    scheduledWorkoutId: row.scheduledWorkoutId,
    name: row.name,
    status: row.status,
    plan: row.plan,
    startedAt: row.startedAt.toISOString(),
    finishedAt: iso(row.finishedAt),
    rating: row.rating,
    comment: row.comment,
    notes: row.notes,
    sets: list.map(toLoggedSet),
    summary: row.status === 'completed' ? await summarise(deps, row, list) : null,
  };
}

/** The session if the actor may see it: its client, or the trainer. Another client's is "not found". */
async function loadSession(deps: LoggingDeps, actor: Actor, id: string): Promise<SessionRow> {
  const row = await findSession(deps.db, id);
  if (!row || (actor.role === 'client' && row.clientId !== actor.clientId)) throw AppError.notFound('That workout');
  return row;
}

export async function startSession(deps: LoggingDeps, actor: ClientActor, id: string, input: z.output<typeof StartSessionSchema>) {
  const existing = await findSession(deps.db, id);
  if (existing) {
    if (existing.clientId !== actor.clientId) throw AppError.notFound('That workout');
    return { created: false, session: await toSession(deps, existing) };
  }
  let plan: Workout | null = null;
  let name = input.name ?? 'Workout';
  if (input.scheduledWorkoutId) {
    const scheduled = await findScheduledRow(deps.db, input.scheduledWorkoutId);
    if (!scheduled || scheduled.scheduled.clientId !== actor.clientId)
      throw AppError.field('scheduledWorkoutId', 'That workout is not on your calendar.');
    const planned = resolveWorkout(scheduled);
    plan = planned ? await preparePlan(deps.db, actor.clientId, planned, scheduled.content, id) : null;
    name = input.name ?? plan?.name ?? name;
  }
  const startedAt = new Date(input.startedAt);
  if (startedAt.getTime() > deps.clock.now().getTime() + 5 * 60_000)
    throw AppError.field('startedAt', 'A workout cannot start in the future.');
  const now = deps.clock.now();
  await insertSessionIfNew(deps.db, {
    id,
    clientId: actor.clientId,
    scheduledWorkoutId: input.scheduledWorkoutId,
    name,
    plan,
    startedAt,
    createdAt: now,
    updatedAt: now,
  });
  return { created: true, session: await toSession(deps, (await findSession(deps.db, id))!, []) };
}

export async function getSessionDetail(deps: LoggingDeps, actor: Actor, id: string): Promise<SessionDetail> {
  const row = await loadSession(deps, actor, id);
  const sets = await listSessionSets(deps.db, id);
  const planIds = row.plan ? row.plan.blocks.flatMap((block) => block.exercises.map((ex) => ex.exerciseId)) : [];
  const exerciseIds = [...new Set([...planIds, ...sets.map((set) => set.exerciseId)])];
  const [session, exercises, last] = await Promise.all([
    toSession(deps, row, sets),
    findExercisesByIds(deps.db, exerciseIds),
    lastTimeSets(deps.db, row.clientId, exerciseIds, id),
  ]);
  const lastTime: Record<string, LoggedSet[]> = {};
  for (const set of last) (lastTime[set.exerciseId] ??= []).push(toLoggedSet(set));
  return { ...session, exercises: exercises.map(toExercise), lastTime };
}

export async function activeSession(deps: LoggingDeps, actor: ClientActor) {
  const row = await findActiveSession(deps.db, actor.clientId);
  return { session: row ? await toSession(deps, row) : null };
}

export async function saveSet(
  deps: LoggingDeps,
  actor: ClientActor,
  sessionId: string,
  setId: string,
  input: z.output<typeof SaveSetSchema>,
) {
  const saved = await upsertSet(deps.db, {
    id: setId,
    sessionId,
    clientId: actor.clientId,
    exerciseId: input.exerciseId,
    prescriptionId: input.prescriptionId,
    position: input.position,
    setNumber: input.setNumber,
    weight: input.weight,
    unit: input.unit,
    weightKg: input.weight === null ? null : Math.round(toKg(input.weight, input.unit) * 10_000) / 10_000,
    reps: input.reps,
    durationSeconds: input.durationSeconds,
    distanceMeters: input.distanceMeters,
    rpe: input.rpe,
    notes: input.notes,
    loggedAt: new Date(input.loggedAt),
  }).catch((error: unknown) => {
    // An exercise id that is not in the library breaks the foreign key: name the field.
    if (String((error as { cause?: { code?: string }; code?: string })?.cause?.code ?? (error as { code?: string }).code) === '23503')
      throw AppError.field('exerciseId', 'That exercise is not in the library.');
    throw error;
  });
  if (!saved) throw AppError.notFound('That workout');
  const records: PersonalRecord[] = recordsAgainst(recordSet(saved.row), saved.previous);
  return { set: toLoggedSet(saved.row), records };
}

export async function removeSet(deps: LoggingDeps, actor: ClientActor, sessionId: string, setId: string) {
  const session = await loadSession(deps, actor, sessionId);
  await deleteSet(deps.db, setId, sessionId);
  // A record or a goal may rest on that set: badges are recomputed from what is left.
  if (session.status === 'completed') await progressChanged(deps, session.clientId);
}

/**
 * Finishes once: the calendar entry is marked done, and the comment reaches the trainer as a
 * message about this workout. Finishing again answers the finished session.
 */
export async function finishSession(deps: LoggingDeps, actor: ClientActor, id: string, input: z.output<typeof FinishSessionSchema>) {
  const row = await loadSession(deps, actor, id);
  if (row.status === 'completed') return toSession(deps, row);
  const finishedAt = new Date(input.finishedAt);
  if (finishedAt < row.startedAt) throw AppError.field('finishedAt', 'A workout cannot finish before it started.');
  const now = deps.clock.now();
  const updated = await updateSession(deps.db, id, {
    status: 'completed',
    finishedAt,
    rating: input.rating,
    comment: input.comment,
    notes: input.notes,
    updatedAt: now,
  });
  if (row.scheduledWorkoutId) await completeScheduled(deps.db, row.scheduledWorkoutId, finishedAt, now);
  if (input.comment) {
    const client = await findClient(deps.db, row.clientId);
    if (client?.userId)
      await sendMessage(deps, actor, row.clientId, { body: input.comment, subject: { type: 'workout_session', id }, attachmentId: null });
  }
  await recordAudit(deps.db, { ...actorRef(actor), action: 'workout.finish', subjectType: 'workout_session', subjectId: id, at: now });
  // A "congratulations on your PR" automation (if on) runs within a minute, not at the next sweep.
  await insertJob(deps.db, { kind: 'automations.run', runAt: now, dedupeKey: `automations.run:finished:${id}`, maxAttempts: 3 });
  // Lift goals and badges (first workout, 10 workouts, first PR…) follow the finished workout.
  await progressChanged(deps, row.clientId);
  return toSession(deps, updated);
}

export async function discardSession(deps: LoggingDeps, actor: ClientActor, id: string) {
  const row = await loadSession(deps, actor, id);
  if (row.status === 'completed') throw new AppError('CONFLICT', 'A finished workout stays in your history; delete its sets instead.');
  await deleteSession(deps.db, id);
}

export async function listClientSessions(deps: LoggingDeps, actor: Actor, clientId: string, limit: number): Promise<SessionList> {
  assertCanSeeClient(actor, clientId);
  if (!(await findClient(deps.db, clientId))) throw AppError.notFound('That client');
  const rows = await listSessions(deps.db, clientId, limit);
  const sessionIds = new Set(rows.map((row) => row.session.id));
  const all = await listExerciseSets(deps.db, clientId, await loggedExerciseIds(deps.db, clientId));
  const { bySet } = detectRecords(all.map(recordSet));
  const recordCount = new Map<string, number>();
  for (const set of all)
    if (sessionIds.has(set.sessionId) && bySet.has(set.id))
      recordCount.set(set.sessionId, (recordCount.get(set.sessionId) ?? 0) + bySet.get(set.id)!.length);
  return {
    items: rows.map(({ session, setsDone, volumeKg }) => ({
      id: session.id,
      name: session.name,
      status: session.status,
      startedAt: session.startedAt.toISOString(),
      finishedAt: iso(session.finishedAt),
      rating: session.rating,
      setsDone: Number(setsDone),
      volumeKg: Math.round(Number(volumeKg) * 10) / 10,
      recordCount: recordCount.get(session.id) ?? 0,
    })),
  };
}

export async function exerciseHistory(deps: LoggingDeps, actor: Actor, clientId: string, exerciseId: string) {
  assertCanSeeClient(actor, clientId);
  if (!(await findClient(deps.db, clientId))) throw AppError.notFound('That client');
  const [exercise] = await findExercisesByIds(deps.db, [exerciseId]);
  if (!exercise) throw AppError.notFound('That exercise');
  const sets = await listExerciseSets(deps.db, clientId, [exerciseId]);
  const sessions = await sessionNames(deps.db, [...new Set(sets.map((set) => set.sessionId))]);
  const { current } = detectRecords(sets.map(recordSet));
  return {
    exercise: toExercise(exercise),
    sets: sets
      .map((set) => ({ ...toLoggedSet(set), sessionName: sessions.get(set.sessionId) ?? 'Workout' }))
      .sort((a, b) => b.loggedAt.localeCompare(a.loggedAt)),
    records: current,
  };
}

export async function clientRecords(deps: LoggingDeps, actor: Actor, clientId: string) {
  assertCanSeeClient(actor, clientId);
  if (!(await findClient(deps.db, clientId))) throw AppError.notFound('That client');
  const all = await listExerciseSets(deps.db, clientId, await loggedExerciseIds(deps.db, clientId));
  return { items: detectRecords(all.map(recordSet)).current };
}

const RECORD_PREFERENCE = ['heaviest', 'e1rm', 'set_volume', 'reps_at_load'] as const;

/**
 * The client's latest workout finished since `since` (and within two days) that set personal
 * records, with its best record in words — what the "congratulations" automation says.
 */
export async function latestRecordWorkout(deps: { db: Db }, client: { id: string; units: 'kg' | 'lb' }, since: Date, now: Date) {
  const session = await findLatestFinished(deps.db, client.id);
  if (!session?.finishedAt || session.finishedAt < since || now.getTime() - session.finishedAt.getTime() > 2 * 86_400_000) return null;
  const sets = await listSessionSets(deps.db, session.id);
  const history = await listExerciseSets(deps.db, client.id, [...new Set(sets.map((set) => set.exerciseId))]);
  const { bySet } = detectRecords(history.map(recordSet));
  const records = sets.flatMap((set) => bySet.get(set.id) ?? []);
  if (records.length === 0) return null;
  const best = RECORD_PREFERENCE.map((kind) => records.find((record) => record.kind === kind)).find(Boolean)!;
  const [exercise] = await findExercisesByIds(deps.db, [best.exerciseId]);
  const load = (kg: number) => (client.units === 'lb' ? `${Math.round(kg * 2.20462)} lb` : `${Math.round(kg * 10) / 10} kg`);
  const record =
    best.kind === 'heaviest'
      ? `${load(best.value)} heaviest lift`
      : best.kind === 'e1rm'
        ? `estimated one-rep max ${load(best.value)}`
        : best.kind === 'set_volume'
          ? `best set ever (${load(best.value)} × reps)`
          : `${best.value} reps at ${load(best.loadKg ?? 0)}`;
  return { sessionId: session.id, workoutName: session.name, exerciseName: exercise?.alias ?? exercise?.name ?? 'an exercise', record };
}
