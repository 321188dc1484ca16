import type { z } from 'zod';
import type { Checkin, Question, ReviewCheckinSchema, SubmitCheckinSchema } from '../../../shared/checkins';
import type { Db } from '../../db/client';
import { actorRef, type Actor } from '../../lib/access';

type ClientActor = Extract<Actor, { role: 'client' }>;
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { recordAudit } from '../audit/audit.repo';
import { findTrainer } from '../auth/auth.repo';
import { loadVisibleClient } from '../clients/client-access';
import { complianceFor, findClient, type ClientRow } from '../clients/clients.repo';
import { sendMessage } from '../messages/messages.service';
import { notify } from '../notifications/notifications.service';
import { addDays, localDate } from '../programs/schedule-rules';
import { findPhotoAt, insertPhoto } from '../progress/goals.repo';
import { saveMeasurements } from '../progress/progress.service';
import { metricSeries } from '../progress/progress.repo';
import type { Hub } from '../realtime/hub';
import type { Storage } from '../uploads/storage';
import { findUpload } from '../uploads/uploads.repo';
import { checkAnswers } from './checkin-answers';
import { checkinState, currentOccurrence, medianReplyHours, occurrenceOnOrBefore, overdueAt } from './checkin-rules';
import {
  findCheckin,
  findSchedule,
  insertCheckin,
  listClientCheckins,
  markReviewed,
  previousCheckin,
  replyBodies,
  reviewDelays,
  reviewQueue,
  schedulesFor,
  submittedFor,
  type CheckinRow,
  type ScheduleWithForm,
} from './checkins.repo';
import { clientHabits } from './habits.service';

export type CheckinsDeps = { db: Db; clock: Clock; hub: Hub; storage: Storage };

// ---- the client's check-ins ------------------------------------------------------------------

async function toCheckins(deps: CheckinsDeps, client: ClientRow, rows: CheckinRow[]): Promise<Checkin[]> {
  const replies = await replyBodies(
    deps.db,
    rows.map((row) => row.replyMessageId).filter((id): id is string => id !== null),
  );
  const schedulesById = new Map((await schedulesFor(deps.db, client.id)).map((schedule) => [schedule.id, schedule]));
  return rows.map((row) => {
    const reply = row.replyMessageId ? replies.get(row.replyMessageId) : undefined;
    const grace = schedulesById.get(row.scheduleId)?.graceHours ?? 48;
    return {
      id: row.id,
      clientId: row.clientId,
      clientName: client.name,
      scheduleId: row.scheduleId,
      formId: row.formId,
      formName: row.formName,
      dueDate: row.dueDate,
      state: row.reviewedAt ? 'reviewed' : 'submitted',
      overdueAt: overdueAt(row.dueDate, grace, client.timeZone).toISOString(),
      submittedAt: row.submittedAt.toISOString(),
      reviewedAt: row.reviewedAt?.toISOString() ?? null,
      questions: row.questions,
      answers: row.questions
        .filter((question) => row.answers[question.id] !== undefined)
        .map((question) => ({
          questionId: question.id,
          value: row.answers[question.id] as Checkin['answers'][number]['value'],
          photoUrl: question.type === 'photo' ? `/api/uploads/${String(row.answers[question.id])}` : null,
        })),
      reply: reply ? { body: reply.body ?? '', at: reply.at.toISOString() } : null,
    };
  });
}

/**
 * What a client has to do or has done for each schedule right now: the current occurrence (the
 * latest due by today, or the first upcoming), with its state. Older unanswered ones are missed.
 */
async function currentCheckins(deps: CheckinsDeps, client: ClientRow): Promise<Checkin[]> {
  const now = deps.clock.now();
  const today = localDate(now, client.timeZone);
  const list = (await schedulesFor(deps.db, client.id)).flatMap((schedule) => {
    const due = currentOccurrence(schedule, today);
    return due ? [{ schedule, due }] : [];
  });
  const done = await submittedFor(
    deps.db,
    client.id,
    list.map(({ schedule, due }) => ({ scheduleId: schedule.id, dueDate: due })),
  );
  const doneRows = await toCheckins(deps, client, done);
  const doneByKey = new Map(doneRows.map((row) => [`${row.scheduleId}:${row.dueDate}`, row]));
  return list.map(({ schedule, due }) => {
    const submitted = doneByKey.get(`${schedule.id}:${due}`);
    if (submitted) return submitted;
    return {
      id: null,
      clientId: client.id,
      clientName: client.name,
      scheduleId: schedule.id,
      formId: schedule.formId,
      formName: schedule.form.name,
      dueDate: due,
      state: checkinState({
        dueDate: due,
        graceHours: schedule.graceHours,
        timeZone: client.timeZone,
        today,
        now,
        submittedAt: null,
        reviewedAt: null,
      }),
      overdueAt: overdueAt(due, schedule.graceHours, client.timeZone).toISOString(),
      submittedAt: null,
      reviewedAt: null,
      questions: schedule.form.questions,
      answers: [],
      reply: null,
    };
  });
}

export async function coachReplyHours(deps: CheckinsDeps): Promise<number | null> {
  const since = new Date(deps.clock.now().getTime() - 30 * 86_400_000);
  return medianReplyHours(await reviewDelays(deps.db, since));
}

export async function myCheckins(deps: CheckinsDeps, actor: ClientActor) {
  const client = await loadVisibleClient(deps.db, actor, actor.clientId);
  const [current, replyHours] = await Promise.all([currentCheckins(deps, client), coachReplyHours(deps)]);
  return { current, coachReplyHours: replyHours };
}

export async function clientCheckins(deps: CheckinsDeps, actor: Actor, clientId: string) {
  const client = await loadVisibleClient(deps.db, actor, clientId);
  const [current, history] = await Promise.all([currentCheckins(deps, client), listClientCheckins(deps.db, clientId, 100)]);
  return { current, history: await toCheckins(deps, client, history) };
}

/**
 * The client answers an occurrence (the current one, or one from the last two weeks not yet
 * answered). Answers are checked against the questions; photos must be the client's own uploads
 * (a posed one also becomes a progress photo); a body-measurements answer is saved as measurements.
 */
export async function submitCheckin(deps: CheckinsDeps, actor: ClientActor, input: z.output<typeof SubmitCheckinSchema>) {
  const client = await loadVisibleClient(deps.db, actor, actor.clientId);
  const schedule = await findSchedule(deps.db, input.scheduleId);
  if (!schedule || schedule.endedAt || (schedule.clientId !== null && schedule.clientId !== client.id))
    throw AppError.field('scheduleId', 'That check-in is not yours to fill in.');
  const today = localDate(deps.clock.now(), client.timeZone);
  if (occurrenceOnOrBefore(schedule, input.dueDate) !== input.dueDate || input.dueDate > today || input.dueDate < addDays(today, -14))
    throw AppError.field('dueDate', 'That check-in is not due.');

  const questions: Question[] = schedule.form.questions;
  const checked = checkAnswers(questions, input.answers);
  if ('issues' in checked) throw AppError.validation(checked.issues, checked.issues[0]!.message);
  for (const { question, uploadId } of checked.ok.photos) {
    const upload = await findUpload(deps.db, uploadId);
    if (!upload || upload.clientId !== client.id || upload.kind !== 'image')
      throw AppError.field(`answers.${question.id}`, 'That photo was not uploaded by you.');
  }
  const existing = await submittedFor(deps.db, client.id, [{ scheduleId: schedule.id, dueDate: input.dueDate }]);
  if (existing.length) throw new AppError('CONFLICT', 'You already sent this check-in.');

  // Measurements first: a value out of range stops the submission, named by its question.
  for (const { question, entries } of checked.ok.metrics) {
    try {
      await saveMeasurements(deps, actor, client.id, { date: today, entries });
    } catch (error) {
      if (error instanceof AppError && error.code === 'VALIDATION_FAILED') {
        const index = Number(/entries\.(\d+)/.exec(String((error.details?.fields as Array<{ path: string }>)?.[0]?.path))?.[1] ?? 0);
        throw AppError.field(`answers.${question.id}.${entries[index]?.metric ?? ''}`, error.message);
      }
      throw error;
    }
  }
  const now = deps.clock.now();
  const row = await insertCheckin(deps.db, {
    clientId: client.id,
    scheduleId: schedule.id,
    formId: schedule.formId,
    formName: schedule.form.name,
    dueDate: input.dueDate,
    questions,
    answers: checked.ok.values,
    uploadIds: checked.ok.photos.map((photo) => photo.uploadId),
    submittedAt: now,
  });
  if (!row) throw new AppError('CONFLICT', 'You already sent this check-in.');
  for (const { question, uploadId } of checked.ok.photos) {
    if (!question.pose || (await findPhotoAt(deps.db, client.id, question.pose, today))) continue;
    await insertPhoto(deps.db, {
      clientId: client.id,
      uploadId,
      pose: question.pose,
      date: today,
      note: schedule.form.name,
      createdBy: actor.userId,
      createdAt: now,
    });
  }
  const trainer = await findTrainer(deps.db);
  if (trainer)
    await notify(deps, {
      recipientId: trainer.id,
      clientId: client.id,
      type: 'checkin_submitted',
      groupKey: 'checkins:review',
      title: 'Check-ins to review',
      body: `${client.name} sent “${schedule.form.name}”.`,
      link: `/checkins/review/${row.id}`,
    });
  deps.hub.publish({ type: 'checkins', clientId: client.id });
  return (await toCheckins(deps, client, [row]))[0]!;
}

// ---- review (trainer) ------------------------------------------------------------------------

export async function reviewInbox(deps: CheckinsDeps) {
  const now = deps.clock.now();
  const rows = await reviewQueue(deps.db);
  return {
    items: rows.map(({ checkin, clientName }) => ({
      id: checkin.id,
      clientId: checkin.clientId,
      clientName,
      formName: checkin.formName,
      dueDate: checkin.dueDate,
      submittedAt: checkin.submittedAt.toISOString(),
      waitingHours: Math.floor((now.getTime() - checkin.submittedAt.getTime()) / 3_600_000),
    })),
    coachReplyHours: await coachReplyHours(deps),
  };
}

/** One check-in: its answers, the previous ones to the same form, and the context around it. */
export async function checkinDetail(deps: CheckinsDeps, actor: Actor, id: string) {
  const row = await findCheckin(deps.db, id);
  if (!row || (actor.role === 'client' && row.clientId !== actor.clientId)) throw AppError.notFound('That check-in');
  const client = (await findClient(deps.db, row.clientId))!;
  const previous = await previousCheckin(deps.db, row);
  const [checkin, before] = await toCheckins(deps, client, previous ? [row, previous] : [row]);
  const today = localDate(deps.clock.now(), client.timeZone);
  const [weights, compliance, habits] = await Promise.all([
    metricSeries(deps.db, client.id, 'weight', addDays(today, -27)),
    complianceFor(deps.db, [client.id], deps.clock.now()),
    clientHabits(deps, actor, client.id),
  ]);
  const points = weights
    .map((point) => ({
      date: typeof point.date === 'string' ? point.date.slice(0, 10) : point.date.toISOString().slice(0, 10),
      kg: Math.round(Number(point.value) * 10) / 10,
      averageKg: Math.round(Number(point.moving_average) * 10) / 10,
    }))
    .filter((point) => point.date >= addDays(today, -27));
  return {
    checkin: checkin!,
    previous: before ?? null,
    context: {
      weight: points,
      units: client.units,
      compliance: compliance.get(client.id) ?? { d7: null, d30: null, d90: null },
      habits: habits.items,
    },
  };
}

export async function reviewCheckin(deps: CheckinsDeps, actor: Actor, id: string, input: z.output<typeof ReviewCheckinSchema>) {
  const row = await findCheckin(deps.db, id);
  if (!row) throw AppError.notFound('That check-in');
  if (row.reviewedAt) throw new AppError('CONFLICT', 'This check-in was already reviewed: reply in the conversation.');
  const client = (await findClient(deps.db, row.clientId))!;
  let messageId: string | null = null;
  if (input.reply) {
    const message = await sendMessage(deps, actor, row.clientId, {
      body: input.reply,
      subject: { type: 'checkin', id: row.id },
      attachmentId: null,
    });
    messageId = message.id;
  }
  const now = deps.clock.now();
  const reviewed = await markReviewed(deps.db, id, actor.userId, now, messageId);
  if (!reviewed) throw new AppError('CONFLICT', 'This check-in was already reviewed: reply in the conversation.');
  if (client.userId)
    await notify(deps, {
      recipientId: client.userId,
      clientId: client.id,
      type: 'checkin_reviewed',
      groupKey: `checkin:${row.id}`,
      title: 'Your coach read your check-in',
      body: input.reply ? input.reply.slice(0, 140) : `“${row.formName}” was reviewed.`,
      link: `/checkins/${row.id}`,
    });
  await recordAudit(deps.db, { ...actorRef(actor), action: 'checkin.review', subjectType: 'checkin', subjectId: id, at: now });
  deps.hub.publish({ type: 'checkins', clientId: client.id });
  return (await toCheckins(deps, client, [reviewed]))[0]!;
}

export type { ScheduleWithForm };
