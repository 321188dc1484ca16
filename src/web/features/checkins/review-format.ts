import type { Checkin, Question } from '../../../shared/checkins';
import { BUILT_IN_METRICS } from '../../../shared/progress-metrics';

/* Words and numbers of the review loop: waiting times, reply times, answers and what changed since last time. */

const number = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
const signed = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
export const formatNumber = (value: number) => number.format(value);

/** "under an hour", "5 h", "2 days" (from 48 hours on, days: that is how long it feels). */
export function formatHours(hours: number): string {
  if (hours < 1) return 'under an hour';
  if (hours < 48) return `${Math.round(hours)} h`;
  const days = Math.floor(hours / 24);
  return `${days} days`;
}

/** "waiting 2 days" */
export const formatWaiting = (hours: number) => (hours < 1 ? 'just in' : `waiting ${formatHours(hours)}`);

/** "You usually reply within 6 h"; nothing until the server has enough reviews to tell. */
export const formatReplyTime = (hours: number | null) => (hours === null ? null : `You usually reply within ${formatHours(hours)}`);

/** Waiting longer than two days: the inbox marks it. */
export const isLongWait = (hours: number) => hours >= 48;

export type AnswerValue = Checkin['answers'][number]['value'];
export type MetricAnswer = Record<string, { value: number; unit: string }>;

const isMetrics = (value: AnswerValue): value is MetricAnswer => typeof value === 'object' && value !== null && !Array.isArray(value);
const isEmpty = (value: AnswerValue | undefined) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** A body metric's name: built-in labels, the trainer's custom names, or the key. */
export function metricLabel(key: string, custom: { id: string; name: string }[] = []): string {
  if (key in BUILT_IN_METRICS) return BUILT_IN_METRICS[key as keyof typeof BUILT_IN_METRICS].label;
  return custom.find((item) => item.id === key)?.name ?? key;
}

/** A measurements answer's entries in the order the question asks them (then any others). */
export const inQuestionOrder = (question: Question, value: MetricAnswer) =>
  Object.entries(value).sort(([a], [b]) => rank(question, a) - rank(question, b));
const rank = (question: Question, key: string) => {
  const index = question.metrics.indexOf(key);
  return index === -1 ? question.metrics.length : index;
};

/** Whatever an answer holds, as text (for values that do not fit their question's type). */
const asText = (value: AnswerValue): string =>
  typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);

/** An answer as words: "7 / 10", "Yes", "7.5 hours", "On plan, Mostly", "Weight 81.2 kg · Waist 80 cm". */
export function formatAnswer(question: Question, value: AnswerValue | undefined, custom: { id: string; name: string }[] = []): string {
  if (isEmpty(value) || value === undefined) return 'No answer';
  switch (question.type) {
    case 'scale_5':
    case 'scale_10':
      return typeof value === 'number' ? `${formatNumber(value)} / ${question.type === 'scale_5' ? 5 : 10}` : asText(value);
    case 'yes_no':
      return value === true ? 'Yes' : value === false ? 'No' : asText(value);
    case 'number':
      return typeof value === 'number' ? `${formatNumber(value)}${question.unit ? ` ${question.unit}` : ''}` : asText(value);
    case 'multi_choice':
    case 'single_choice':
      return Array.isArray(value) ? value.join(', ') : asText(value);
    case 'photo':
      return 'Photo';
    case 'body_metrics':
      return isMetrics(value)
        ? inQuestionOrder(question, value)
            .map(([key, entry]) => `${metricLabel(key, custom)} ${formatNumber(entry.value)} ${entry.unit}`.trim())
            .join(' · ')
        : asText(value);
    default:
      return asText(value);
  }
}

const TO_BASE: Record<string, { base: string; factor: number }> = {
  kg: { base: 'kg', factor: 1 },
  lb: { base: 'kg', factor: 1 / 2.20462 },
  cm: { base: 'cm', factor: 1 },
  in: { base: 'cm', factor: 2.54 },
};

/** `value` (in `from`) in the unit `to`, when both measure the same thing; null when they cannot be compared. */
export function convert(value: number, from: string, to: string): number | null {
  if (from === to) return value;
  const a = TO_BASE[from];
  const b = TO_BASE[to];
  if (!a || !b || a.base !== b.base) return null;
  return (value * a.factor) / b.factor;
}

export type Delta = { delta: number; text: string; direction: 'up' | 'down' | 'same' };

const delta = (now: number, before: number, unit = ''): Delta => {
  const raw = Math.round((now - before) * 10) / 10;
  return {
    delta: raw,
    text: raw === 0 ? 'same' : `${signed.format(raw)}${unit ? ` ${unit}` : ''}`,
    direction: raw > 0 ? 'up' : raw < 0 ? 'down' : 'same',
  };
};

/**
 * What changed since the client's previous answer to the same question:
 * - first: nothing to compare with (no previous check-in, or it was not answered then);
 * - number: scales and numbers (and each body metric, in this answer's unit), with the difference;
 * - same / changed: text, choices, yes/no (changed ones are marked "new" on the page);
 * - none: no answer now.
 */
export type AnswerChange =
  | { kind: 'none' }
  | { kind: 'first' }
  | { kind: 'same' }
  | { kind: 'changed' }
  | { kind: 'number'; change: Delta }
  | { kind: 'metrics'; changes: Record<string, Delta> };

const sameValue = (a: AnswerValue, b: AnswerValue) => {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
  if (typeof a === 'string' && typeof b === 'string') return a.trim().replace(/\s+/g, ' ') === b.trim().replace(/\s+/g, ' ');
  return a === b;
};

export function answerChange(question: Question, now: AnswerValue | undefined, before: AnswerValue | undefined): AnswerChange {
  if (isEmpty(now) || now === undefined) return { kind: 'none' };
  if (isEmpty(before) || before === undefined) return { kind: 'first' };
  if (typeof now === 'number' && typeof before === 'number') return { kind: 'number', change: delta(now, before, question.unit) };
  if (question.type === 'body_metrics' && isMetrics(now) && isMetrics(before)) {
    const changes: Record<string, Delta> = {};
    for (const [key, entry] of inQuestionOrder(question, now)) {
      const old = before[key];
      if (!old) continue;
      const converted = convert(old.value, old.unit, entry.unit);
      if (converted !== null) changes[key] = delta(entry.value, converted, entry.unit);
    }
    return { kind: 'metrics', changes };
  }
  // A photo is new every time: the page shows both side by side instead.
  if (question.type === 'photo') return { kind: 'changed' };
  return sameValue(now, before) ? { kind: 'same' } : { kind: 'changed' };
}

/** The answers of a check-in by question id. */
export const answersById = (checkin: Pick<Checkin, 'answers'> | null | undefined) =>
  new Map((checkin?.answers ?? []).map((answer) => [answer.questionId, answer]));

/** Weight change over the trend: first and last 7-day average, in the viewer's unit ("−0.8 kg in 4 weeks"). */
export function weightTrend(
  points: { date: string; kg: number; averageKg: number }[],
  units: 'kg' | 'lb',
): { latest: string; change: Delta; days: number } | null {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last || points.length < 2) return null;
  const show = (kg: number) => (units === 'lb' ? kg * 2.20462 : kg);
  const days = Math.round((Date.parse(last.date) - Date.parse(first.date)) / 86_400_000);
  return {
    latest: `${formatNumber(show(last.kg))} ${units}`,
    change: delta(show(last.averageKg), show(first.averageKg), units),
    days,
  };
}
