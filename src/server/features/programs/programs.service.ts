import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type {
  AssignProgramSchema,
  CreateProgramSchema,
  ListProgramsQuerySchema,
  Program,
  ProgramContent,
  SaveProgramSchema,
} from '../../../shared/programs';
import type { Db, DbOrTx } from '../../db/client';
import { actorRef, assertCanSeeClient, type Actor } from '../../lib/access';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { recordAudit } from '../audit/audit.repo';
import { findClient } from '../clients/clients.repo';
import type { Exercise } from '../../../shared/exercises';
import { findExercisesByIds } from '../exercises/exercises.repo';
import { toExercise } from '../exercises/exercises.service';
import { emptyContent, exerciseRefs, toProgram, toSummary, unknownExerciseIssues } from './program-view';
import {
  findExistingExerciseIds,
  findProgram,
  insertProgram,
  insertScheduled,
  listClientProgramRows,
  listTemplateRows,
  saveProgramIfVersion,
  setProgramArchived,
  type ProgramRow,
} from './programs.repo';
import { scheduledDate } from './schedule-rules';

export type ProgramsDeps = { db: Db; clock: Clock };

async function audit(db: DbOrTx, actor: Actor, action: string, id: string, at: Date, details?: Record<string, unknown>) {
  await recordAudit(db, { ...actorRef(actor), action, subjectType: 'program', subjectId: id, details, at });
}

/** The trainer sees every program; a client only their own (a template is "not found" to them). */
async function loadProgram(db: DbOrTx, actor: Actor, id: string): Promise<ProgramRow> {
  const row = await findProgram(db, id);
  if (!row || (actor.role === 'client' && row.clientId !== actor.clientId)) throw AppError.notFound('That program');
  return row;
}

/** The exercises a set of workouts uses, as the library shows them. */
export async function exercisesUsedBy(db: DbOrTx, workouts: ProgramContent['workouts']): Promise<Exercise[]> {
  const ids = [...new Set(exerciseRefs({ workouts }).map((ref) => ref.id))];
  return (await findExercisesByIds(db, ids)).map(toExercise);
}

async function present(db: DbOrTx, row: ProgramRow): Promise<Program> {
  return toProgram(row, await exercisesUsedBy(db, row.content.workouts));
}

export async function assertExercisesExist(db: DbOrTx, refs: { id: string; path: string }[]): Promise<void> {
  const issues = unknownExerciseIssues(refs, await findExistingExerciseIds(db, [...new Set(refs.map((r) => r.id))]));
  if (issues.length) throw AppError.validation(issues, 'Some exercises are not in the library.');
}

export async function listTemplates(deps: ProgramsDeps, query: z.output<typeof ListProgramsQuerySchema>) {
  const { rows, total } = await listTemplateRows(deps.db, query);
  return { items: rows.map(toSummary), total, limit: query.limit, offset: query.offset };
}

export async function listClientPrograms(deps: ProgramsDeps, actor: Actor, clientId: string) {
  assertCanSeeClient(actor, clientId);
  if (!(await findClient(deps.db, clientId))) throw AppError.notFound('That client');
  return { items: (await listClientProgramRows(deps.db, clientId)).map(toSummary) };
}

export async function getProgram(deps: ProgramsDeps, actor: Actor, id: string): Promise<Program> {
  return present(deps.db, await loadProgram(deps.db, actor, id));
}

export async function createProgram(deps: ProgramsDeps, actor: Actor, input: z.output<typeof CreateProgramSchema>): Promise<Program> {
  const now = deps.clock.now();
  const row = await deps.db.transaction(async (tx) => {
    const created = await insertProgram(tx, {
      name: input.name,
      description: input.description,
      tags: input.tags,
      weeks: input.weeks,
      content: emptyContent(input.weeks, randomUUID),
      createdAt: now,
      updatedAt: now,
    });
    await audit(tx, actor, 'program.create', created.id, now);
    return created;
  });
  return present(deps.db, row);
}

/** Autosave: the whole document, only over the version the editor loaded. */
export async function saveProgram(
  deps: ProgramsDeps,
  actor: Actor,
  id: string,
  input: z.output<typeof SaveProgramSchema>,
): Promise<Program> {
  const now = deps.clock.now();
  const current = await loadProgram(deps.db, actor, id);
  await assertExercisesExist(deps.db, exerciseRefs(input.content));
  const saved = await saveProgramIfVersion(deps.db, id, input.version, {
    name: input.name,
    description: input.description,
    tags: input.tags,
    content: input.content,
    updatedAt: now,
  });
  if (!saved) {
    throw new AppError('CONFLICT', 'This program was changed somewhere else since you opened it. Reload to see the latest version.', {
      currentVersion: current.version,
    });
  }
  // The audit row is written after the one-statement save: autosave stays a single round trip.
  await audit(deps.db, actor, 'program.save', id, now, { version: saved.version });
  return present(deps.db, saved);
}

export async function duplicateProgram(deps: ProgramsDeps, actor: Actor, id: string): Promise<Program> {
  const now = deps.clock.now();
  const source = await loadProgram(deps.db, actor, id);
  const row = await deps.db.transaction(async (tx) => {
    const copy = await insertProgram(tx, {
      name: `${source.name} (copy)`.slice(0, 100),
      description: source.description,
      tags: source.tags,
      weeks: source.weeks,
      content: source.content,
      sourceProgramId: source.id,
      createdAt: now,
      updatedAt: now,
    });
    await audit(tx, actor, 'program.duplicate', copy.id, now, { from: source.id });
    return copy;
  });
  return present(deps.db, row);
}

export async function setArchived(deps: ProgramsDeps, actor: Actor, id: string, archived: boolean) {
  const now = deps.clock.now();
  await loadProgram(deps.db, actor, id);
  const row = await deps.db.transaction(async (tx) => {
    const updated = await setProgramArchived(tx, id, archived ? now : null, now);
    await audit(tx, actor, archived ? 'program.archive' : 'program.restore', id, now);
    return updated;
  });
  return toSummary(row);
}

/** Where each workout of the program falls, from the start date and the weekday of each slot. */
export function planDates(content: ProgramContent, startDate: string, weekdays: number[]) {
  const tooMany = content.workouts.find((workout) => workout.order > weekdays.length);
  if (tooMany) {
    throw AppError.field(
      'weekdays',
      `Week ${tooMany.week} has ${tooMany.order} or more workouts: pick a day for each of them (you picked ${weekdays.length}).`,
    );
  }
  return content.workouts.map((workout) => ({
    workoutId: workout.id,
    date: scheduledDate(startDate, workout.week, weekdays[workout.order - 1]!),
  }));
}

/** Each client gets a deep copy of the template, scheduled on their calendar; the template is untouched. */
export async function assignProgram(deps: ProgramsDeps, actor: Actor, templateId: string, input: z.output<typeof AssignProgramSchema>) {
  const now = deps.clock.now();
  const template = await loadProgram(deps.db, actor, templateId);
  if (template.clientId) throw new AppError('CONFLICT', "This is a client's own copy: assign the template it came from instead.");
  if (template.content.workouts.length === 0) throw new AppError('CONFLICT', 'This program has no workouts yet.');
  const dates = planDates(template.content, input.startDate, input.weekdays);
  const clients = await Promise.all(input.clientIds.map((clientId) => findClient(deps.db, clientId)));
  const missing = input.clientIds.flatMap((clientId, i) => (!clients[i] || clients[i].status === 'archived' ? [i] : []));
  if (missing.length) throw AppError.validation(missing.map((i) => ({ path: `clientIds.${i}`, message: 'No such active client' })));

  const assigned = await deps.db.transaction(async (tx) => {
    const results = [];
    for (const clientId of new Set(input.clientIds)) {
      const copy = await insertProgram(tx, {
        clientId,
        sourceProgramId: template.id,
        name: template.name,
        description: template.description,
        tags: template.tags,
        weeks: template.weeks,
        content: template.content,
        createdAt: now,
        updatedAt: now,
      });
      const scheduled = await insertScheduled(
        tx,
        dates.map((d) => ({ clientId, programId: copy.id, workoutId: d.workoutId, date: d.date, createdAt: now, updatedAt: now })),
      );
      await audit(tx, actor, 'program.assign', copy.id, now, { template: template.id, clientId, startDate: input.startDate });
      results.push({ clientId, programId: copy.id, scheduled: scheduled.length });
    }
    return results;
  });
  return { assigned };
}
