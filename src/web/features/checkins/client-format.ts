import type { Checkin, Question } from '../../../shared/checkins';
import { formatNumber } from '../metrics/units';

/* Words for the client's check-ins (Today, the fill-in page, history). Pure: tested on its own. */

/** Where the client fills in one occurrence, and where a sent one is read. */
export const fillPath = (checkin: Pick<Checkin, 'scheduleId' | 'dueDate'>) =>
  `/checkins/fill/${encodeURIComponent(checkin.scheduleId)}/${encodeURIComponent(checkin.dueDate)}`;
export const checkinPath = (id: string) => `/checkins/${encodeURIComponent(id)}`;

const at = (day: string) => new Date(`${day}T12:00:00Z`);
const weekdayDay = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
const weekdayLong = new Intl.DateTimeFormat(undefined, { weekday: 'long', timeZone: 'UTC' });
const daysBetween = (from: string, to: string) => Math.round((at(to).getTime() - at(from).getTime()) / 86_400_000);

/** "Sun 29 Mar" for a YYYY-MM-DD day (the client's own day: no time zone shift). */
export const checkinDay = (day: string) => weekdayDay.format(at(day));

/** When it is due, in words: "Due today", "Due yesterday", "Due Sunday" (this week), "Due Sun 29 Mar". */
export function dueLabel(dueDate: string, today: string): string {
  const days = daysBetween(today, dueDate);
  if (days === 0) return 'Due today';
  if (days === -1) return 'Due yesterday';
  if (days === 1) return 'Due tomorrow';
  if (days > 1 && days < 7) return `Due ${weekdayLong.format(at(dueDate))}`;
  return `Due ${checkinDay(dueDate)}`;
}

/** "Your coach usually replies within 5 hours"; null when there is not enough data to say. */
export function replyTimeLabel(hours: number | null | undefined): string | null {
  if (hours === null || hours === undefined || !Number.isFinite(hours)) return null;
  if (hours <= 1) return 'Your coach usually replies within an hour';
  if (hours < 48) return `Your coach usually replies within ${Math.ceil(hours)} hours`;
  return `Your coach usually replies within ${Math.ceil(hours / 24)} days`;
}

/** How long a read check-in stays on Today after the coach read it (then it lives in the history). */
const READ_SHOWN_MS = 3 * 86_400_000;

/**
 * The check-ins Today shows: to fill in (oldest first), sent (newest first; a read one only for a
 * few days after it was read) and coming up.
 */
export function splitCurrent(current: Checkin[], now: Date = new Date()): { toFill: Checkin[]; sent: Checkin[]; upcoming: Checkin[] } {
  const byDue = [...current].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const lastNews = (checkin: Checkin) => checkin.reviewedAt ?? checkin.submittedAt ?? '';
  return {
    toFill: byDue.filter((checkin) => checkin.state === 'due' || checkin.state === 'overdue'),
    sent: byDue
      .filter(
        (checkin) =>
          checkin.state === 'submitted' ||
          (checkin.state === 'reviewed' && now.getTime() - Date.parse(checkin.reviewedAt ?? '') < READ_SHOWN_MS),
      )
      .sort((a, b) => lastNews(b).localeCompare(lastNews(a))),
    upcoming: byDue.filter((checkin) => checkin.state === 'upcoming'),
  };
}

/** "About 2 min" for a check-in of this many questions (a text or photo takes longer than a tap). */
export function minutesToFill(questions: Question[]): number {
  const seconds = questions.reduce((sum, question) => {
    if (question.type === 'long_text' || question.type === 'photo') return sum + 60;
    if (question.type === 'body_metrics') return sum + 30 + 10 * question.metrics.length;
    if (question.type === 'short_text') return sum + 30;
    return sum + 10;
  }, 0);
  return Math.max(1, Math.round(seconds / 60));
}

type Stored = Checkin['answers'][number]['value'];

/** Any stored value as plain words (what an answer of an unexpected shape falls back to). */
function plain(value: Stored): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) return value.join(', ');
  if (value && typeof value === 'object')
    return Object.values(value)
      .map((entry) => `${formatNumber(entry.value)} ${entry.unit}`.trim())
      .join(' · ');
  return '';
}

/** A sent answer in words ("7 / 10", "Yes", "7.5 hours"); null for photos (shown as pictures). */
export function answerText(question: Question, value: Stored): string | null {
  if (value === null || value === undefined) return null;
  switch (question.type) {
    case 'scale_5':
    case 'scale_10':
      return `${plain(value)} / ${question.type === 'scale_5' ? 5 : 10}`;
    case 'number':
      return typeof value === 'number' && question.unit ? `${plain(value)} ${question.unit}` : plain(value);
    case 'photo':
      return null;
    default:
      return plain(value);
  }
}
