import type { z } from 'zod';
import { estimateWorkoutMinutes } from '../../../shared/program-estimate';
import type {
  AddScheduledWorkoutSchema,
  Calendar,
  ScheduledWorkout,
  ScheduledWorkoutDetail,
  UpdateScheduledWorkoutSchema,
  Workout,
} from '../../../shared/programs';
import type { Db } from '../../db/client';
import { actorRef, assertCanSeeClient, type Actor } from '../../lib/access';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { recordAudit } from '../audit/audit.repo';
import { findClient, type ClientRow } from '../clients/clients.repo';
import { getSettings } from '../settings/settings.service';
import { workoutExerciseRefs } from './program-view';
import {
  deleteScheduledRow,
  findProgram,
  findScheduledRow,
  insertScheduled,
  listScheduledRows,
  updateScheduledRow,
  type ScheduledWithProgram,
} from './programs.repo';
import { assertExercisesExist, exercisesUsedBy } from './programs.service';
import { addDays, effectiveStatus, localDate } from './schedule-rules';

export type CalendarDeps = { db: Db; clock: Clock };

/** The workout a calendar entry shows: this date's own copy, or the program's workout. */
export function resolveWorkout(row: ScheduledWithProgram): Workout | null {
  if (row.scheduled.override) return row.scheduled.override;
  return row.content?.workouts.find((workout) => workout.id === row.scheduled.workoutId) ?? null;
}

function toItem(row: ScheduledWithProgram, today: string): ScheduledWorkout {
  const { scheduled } = row;
  const workout = resolveWorkout(row);
  return {
    id: scheduled.id,
    clientId: scheduled.clientId,
    date: scheduled.date,
    originalDate: scheduled.originalDate,
    status: effectiveStatus(scheduled.status, scheduled.date, today),
    name: workout?.name ?? 'Workout',
    programId: scheduled.programId,
    programName: row.programName,
    workoutId: scheduled.workoutId,
    week: workout?.week ?? null,
    customised: scheduled.override !== null && scheduled.programId !== null,
    exerciseCount: workout ? workout.blocks.reduce((sum, block) => sum + block.exercises.length, 0) : 0,
    estimatedMinutes: workout ? estimateWorkoutMinutes(workout) : 0,
  };
}

async function loadClient(deps: CalendarDeps, actor: Actor, clientId: string): Promise<ClientRow> {
  assertCanSeeClient(actor, clientId);
  const client = await findClient(deps.db, clientId);
  if (!client) throw AppError.notFound('That client');
  return client;
}

/** The entry, if the actor may see it (another client's entry is "not found"). */
async function loadEntry(deps: CalendarDeps, actor: Actor, id: string) {
  const row = await findScheduledRow(deps.db, id);
  if (!row || (actor.role === 'client' && row.scheduled.clientId !== actor.clientId)) throw AppError.notFound('That workout');
  const client = await findClient(deps.db, row.scheduled.clientId);
  return { row, client: client!, today: localDate(deps.clock.now(), client!.timeZone) };
}

const audit = (deps: CalendarDeps, actor: Actor, action: string, id: string, details?: Record<string, unknown>) =>
  recordAudit(deps.db, { ...actorRef(actor), action, subjectType: 'scheduled_workout', subjectId: id, details, at: deps.clock.now() });

export async function getCalendar(
  deps: CalendarDeps,
  actor: Actor,
  clientId: string,
  range: { from: string; to: string },
): Promise<Calendar> {
  const client = await loadClient(deps, actor, clientId);
  const [rows, settings] = await Promise.all([listScheduledRows(deps.db, clientId, range.from, range.to), getSettings(deps.db)]);
  const today = localDate(deps.clock.now(), client.timeZone);
  return {
    from: range.from,
    to: range.to,
    today,
    weekStartsOn: settings.weekStartsOn,
    clientCanMove: client.canMoveWorkouts,
    items: rows.map((row) => toItem(row, today)),
  };
}

/** The client's Today: today and the six days after, in their time zone. */
export async function getMySchedule(deps: CalendarDeps, actor: Actor & { role: 'client' }) {
  const client = await loadClient(deps, actor, actor.clientId);
  const today = localDate(deps.clock.now(), client.timeZone);
  const rows = await listScheduledRows(deps.db, client.id, today, addDays(today, 6));
  return { today, clientCanMove: client.canMoveWorkouts, items: rows.map((row) => toItem(row, today)) };
}

export async function getEntry(deps: CalendarDeps, actor: Actor, id: string): Promise<ScheduledWorkoutDetail> {
  const { row, today } = await loadEntry(deps, actor, id);
  const workout = resolveWorkout(row);
  if (!workout) throw AppError.notFound('That workout');
  return { ...toItem(row, today), workout, exercises: await exercisesUsedBy(deps.db, [workout]) };
}

export async function addEntry(deps: CalendarDeps, actor: Actor, clientId: string, input: z.output<typeof AddScheduledWorkoutSchema>) {
  const client = await loadClient(deps, actor, clientId);
  if (client.status === 'archived') throw new AppError('CONFLICT', 'Restore this client before planning workouts.');
  const now = deps.clock.now();
  if (input.workout) await assertExercisesExist(deps.db, workoutExerciseRefs(input.workout));
  else {
    const program = await findProgram(deps.db, input.programId!);
    if (!program || program.clientId !== clientId) throw AppError.field('programId', "That is not one of this client's programs.");
    if (!program.content.workouts.some((w) => w.id === input.workoutId))
      throw AppError.field('workoutId', 'That workout is not in the program.');
  }
  const [created] = await insertScheduled(deps.db, [
    {
      clientId,
      programId: input.workout ? null : input.programId!,
      workoutId: input.workout ? input.workout.id : input.workoutId!,
      override: input.workout ?? null,
      date: input.date,
      createdAt: now,
      updatedAt: now,
    },
  ]);
  await audit(deps, actor, 'calendar.add', created!.id, { date: input.date });
  return getEntryItem(deps, actor, created!.id);
}

async function getEntryItem(deps: CalendarDeps, actor: Actor, id: string): Promise<ScheduledWorkout> {
  const { row, today } = await loadEntry(deps, actor, id);
  return toItem(row, today);
}

/** Move or skip. The trainer may do both; a client may only move, and only when allowed. */
export async function updateEntry(deps: CalendarDeps, actor: Actor, id: string, input: z.output<typeof UpdateScheduledWorkoutSchema>) {
  const { row, client } = await loadEntry(deps, actor, id);
  if (actor.role === 'client') {
    if (!client.canMoveWorkouts)
      throw new AppError('FORBIDDEN', 'Your coach plans your days: message them if you need to move this workout.');
    if (input.status !== undefined) throw new AppError('FORBIDDEN', 'Only your coach can skip a workout.');
  }
  if (row.scheduled.status === 'completed') throw new AppError('CONFLICT', 'This workout is already done.');
  const moving = input.date !== undefined && input.date !== row.scheduled.date;
  await updateScheduledRow(deps.db, id, {
    // Moving back to where the program put it is no longer "moved".
    ...(moving
      ? {
          date: input.date,
          originalDate:
            input.date === (row.scheduled.originalDate ?? row.scheduled.date) ? null : (row.scheduled.originalDate ?? row.scheduled.date),
        }
      : {}),
    ...(input.status ? { status: input.status } : {}),
    updatedAt: deps.clock.now(),
  });
  await audit(deps, actor, moving ? 'calendar.move' : `calendar.${input.status === 'skipped' ? 'skip' : 'unskip'}`, id, {
    from: row.scheduled.date,
    to: input.date,
  });
  return getEntryItem(deps, actor, id);
}

/** Edit one date's workout without touching the program (or the client's other days). */
export async function setOverride(deps: CalendarDeps, actor: Actor, id: string, workout: Workout): Promise<ScheduledWorkoutDetail> {
  const { row } = await loadEntry(deps, actor, id);
  if (row.scheduled.status === 'completed') throw new AppError('CONFLICT', 'This workout is already done.');
  await assertExercisesExist(deps.db, workoutExerciseRefs(workout));
  await updateScheduledRow(deps.db, id, {
    override: { ...workout, id: row.scheduled.workoutId ?? workout.id },
    updatedAt: deps.clock.now(),
  });
  await audit(deps, actor, 'calendar.customise', id);
  return getEntry(deps, actor, id);
}

export async function clearOverride(deps: CalendarDeps, actor: Actor, id: string): Promise<ScheduledWorkoutDetail> {
  const { row } = await loadEntry(deps, actor, id);
  if (!row.scheduled.programId) throw new AppError('CONFLICT', 'A one-off workout has no program version to go back to.');
  await updateScheduledRow(deps.db, id, { override: null, updatedAt: deps.clock.now() });
  await audit(deps, actor, 'calendar.uncustomise', id);
  return getEntry(deps, actor, id);
}

export async function removeEntry(deps: CalendarDeps, actor: Actor, id: string): Promise<void> {
  const { row } = await loadEntry(deps, actor, id);
  if (row.scheduled.status === 'completed') throw new AppError('CONFLICT', 'A done workout stays in the history.');
  await deleteScheduledRow(deps.db, id);
  await audit(deps, actor, 'calendar.remove', id, { date: row.scheduled.date });
}
