import type { z } from 'zod';
import type { CheckinForm, CheckinSchedule, SaveFormSchema, SaveScheduleSchema } from '../../../shared/checkins';
import { actorRef, type Actor } from '../../lib/access';
import { AppError } from '../../lib/errors';
import { recordAudit } from '../audit/audit.repo';
import { findClient } from '../clients/clients.repo';
import {
  endSchedule,
  findForm,
  findSchedule,
  insertForm,
  insertSchedule,
  listForms,
  schedulesFor,
  updateForm,
  type FormRow,
  type ScheduleRow,
} from './checkins.repo';
import type { CheckinsDeps } from './checkins.service';

/** The trainer's side of check-ins: forms (one validated document each) and when they are due. */

const toForm = (row: FormRow & { schedules?: number }): CheckinForm => ({
  id: row.id,
  name: row.name,
  description: row.description,
  questions: row.questions,
  archived: row.archivedAt !== null,
  updatedAt: row.updatedAt.toISOString(),
  schedules: row.schedules ?? 0,
});

const toSchedule = (row: ScheduleRow, formName: string): CheckinSchedule => ({
  id: row.id,
  formId: row.formId,
  formName,
  clientId: row.clientId,
  kind: row.kind,
  weekday: row.weekday,
  everyDays: row.everyDays,
  startDate: row.startDate,
  graceHours: row.graceHours,
  createdAt: row.createdAt.toISOString(),
});

// ---- forms and schedules (trainer) -----------------------------------------------------------

export async function forms(deps: CheckinsDeps) {
  return { items: (await listForms(deps.db)).map(toForm) };
}

export async function form(deps: CheckinsDeps, id: string) {
  const row = (await listForms(deps.db)).find((candidate) => candidate.id === id);
  if (!row) throw AppError.notFound('That check-in form');
  return toForm(row);
}

export async function createForm(deps: CheckinsDeps, actor: Actor, input: z.output<typeof SaveFormSchema>) {
  const now = deps.clock.now();
  const row = await insertForm(deps.db, {
    name: input.name,
    description: input.description,
    questions: input.questions,
    archivedAt: input.archived ? now : null,
    createdAt: now,
    updatedAt: now,
  });
  await recordAudit(deps.db, {
    ...actorRef(actor),
    action: 'checkin_form.create',
    subjectType: 'checkin_form',
    subjectId: row.id,
    at: now,
  });
  return toForm(row);
}

/** Saving a form changes what is asked from now on; submitted check-ins keep the questions they answered. */
export async function changeForm(deps: CheckinsDeps, actor: Actor, id: string, input: z.output<typeof SaveFormSchema>) {
  const current = await findForm(deps.db, id);
  if (!current) throw AppError.notFound('That check-in form');
  const now = deps.clock.now();
  const row = await updateForm(deps.db, id, {
    name: input.name,
    description: input.description,
    questions: input.questions,
    archivedAt: input.archived ? (current.archivedAt ?? now) : null,
    updatedAt: now,
  });
  await recordAudit(deps.db, { ...actorRef(actor), action: 'checkin_form.update', subjectType: 'checkin_form', subjectId: id, at: now });
  return toForm(row!);
}

export async function createSchedule(deps: CheckinsDeps, actor: Actor, input: z.output<typeof SaveScheduleSchema>) {
  const formRow = await findForm(deps.db, input.formId);
  if (!formRow || formRow.archivedAt) throw AppError.field('formId', 'Choose a check-in form that is in use.');
  if (input.clientId) {
    const client = await findClient(deps.db, input.clientId);
    if (!client) throw AppError.field('clientId', 'Not one of your clients.');
    if (client.status === 'archived') throw AppError.field('clientId', 'This client is archived.');
  }
  const now = deps.clock.now();
  const row = await insertSchedule(deps.db, {
    formId: input.formId,
    clientId: input.clientId,
    kind: input.kind,
    weekday: input.kind === 'weekly' ? input.weekday : null,
    everyDays: input.kind === 'every_n_days' ? input.everyDays : null,
    startDate: input.startDate,
    graceHours: input.graceHours,
    createdAt: now,
  });
  await recordAudit(deps.db, {
    ...actorRef(actor),
    action: 'checkin_schedule.create',
    subjectType: 'checkin_schedule',
    subjectId: row.id,
    at: now,
  });
  return toSchedule(row, formRow.name);
}

export async function schedules(deps: CheckinsDeps, clientId: string | null) {
  return { items: (await schedulesFor(deps.db, clientId)).map((row) => toSchedule(row, row.form.name)) };
}

export async function stopSchedule(deps: CheckinsDeps, actor: Actor, id: string) {
  const row = await findSchedule(deps.db, id);
  if (!row || row.endedAt) throw AppError.notFound('That schedule');
  const now = deps.clock.now();
  await endSchedule(deps.db, id, now);
  await recordAudit(deps.db, {
    ...actorRef(actor),
    action: 'checkin_schedule.end',
    subjectType: 'checkin_schedule',
    subjectId: id,
    at: now,
  });
}
