import type { DbOrTx } from '../../db/client';
import { AppError } from '../../lib/errors';
import { findCheckin } from '../checkins/checkins.repo';
import { findFormCheck } from '../form-checks/form-checks.repo';
import { findSession } from '../logging/logging.repo';
import { resolveWorkout } from '../programs/calendar.service';
import { findScheduledRow } from '../programs/programs.repo';

const WEEKDAY = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });

/** "Tue 3 Mar — Lower body": what the message is about, checked to belong to this client. */
export async function subjectLabel(
  db: DbOrTx,
  clientId: string,
  subject: { type: string; id: string } | null,
  timeZone: string,
): Promise<string | null> {
  if (!subject) return null;
  const isUuid = /^[0-9a-f-]{36}$/i.test(subject.id);
  if (subject.type === 'workout_session') {
    const session = isUuid ? await findSession(db, subject.id) : null;
    if (!session || session.clientId !== clientId) throw AppError.field('subject.id', 'That workout is not in this client’s history.');
    const day = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone }).format(session.startedAt);
    return `${day} — ${session.name}`;
  }
  if (subject.type === 'scheduled_workout') {
    const row = isUuid ? await findScheduledRow(db, subject.id) : null;
    if (!row || row.scheduled.clientId !== clientId) throw AppError.field('subject.id', 'That workout is not in this client’s calendar.');
    const name = resolveWorkout(row)?.name ?? 'Workout';
    return `${WEEKDAY.format(new Date(`${row.scheduled.date}T00:00:00Z`))} — ${name}`;
  }
  if (subject.type === 'food_day') {
    // A day of the food log: any real date will do (an empty day can be commented on too).
    if (!/^\d{4}-\d{2}-\d{2}$/.test(subject.id) || Number.isNaN(Date.parse(`${subject.id}T00:00:00Z`)))
      throw AppError.field('subject.id', 'Use a date like 2026-03-31.');
    return `${WEEKDAY.format(new Date(`${subject.id}T00:00:00Z`))} — Food log`;
  }
  if (subject.type === 'form_check') {
    const formCheck = isUuid ? await findFormCheck(db, subject.id) : null;
    if (!formCheck || formCheck.clientId !== clientId) throw AppError.field('subject.id', 'That video is not this client’s.');
    return `Form check — ${formCheck.label}`;
  }
  const checkin = isUuid ? await findCheckin(db, subject.id) : null;
  if (!checkin || checkin.clientId !== clientId) throw AppError.field('subject.id', 'That check-in is not this client’s.');
  return `${WEEKDAY.format(new Date(`${checkin.dueDate}T00:00:00Z`))} — ${checkin.formName}`;
}
