import type { Question, SubmitCheckinInput } from '../../../shared/checkins';
import type { FieldIssue } from '../../../shared/errors';
import type { MetricDefinition } from '../../../shared/progress';
import type { Unit } from '../history/format';
import { metricInfo } from '../metrics/units';

/*
 * A check-in as it is being filled in, and turning it into what POST /api/me/checkins takes.
 * Pure (no React, no zod): the fill-in page, its draft on the device and the tests share it.
 */

/** One answer as POST /api/me/checkins takes it. */
export type AnswerValue = SubmitCheckinInput['answers'][string];

/**
 * One question's answer while typing: numbers stay text until sent (so "7," or "" survive a
 * reload), a photo is the id of the upload made for it, a body block is metric → typed text.
 */
export type DraftValue = number | boolean | string | string[] | Record<string, string> | null;
export type DraftAnswers = Record<string, DraftValue>;

/** A question's error, and for a body block each measurement's own. */
export type AnswerErrors = Record<string, { message?: string; metrics?: Record<string, string> }>;

/** "81,4" and " 81.4 " are both 81.4; anything else (or nothing) is null. */
export function parseNumber(text: string): number | null {
  const cleaned = text.trim().replace(',', '.');
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

const isBlankText = (value: unknown) => typeof value !== 'string' || value.trim() === '';

/** Whether the person has given this question an answer (what "3 of 7 answered" counts). */
export function isAnswered(question: Question, value: DraftValue | undefined): boolean {
  if (value === undefined || value === null) return false;
  switch (question.type) {
    case 'scale_5':
    case 'scale_10':
      return typeof value === 'number';
    case 'yes_no':
      return typeof value === 'boolean';
    case 'multi_choice':
      return Array.isArray(value) && value.length > 0;
    case 'body_metrics':
      return typeof value === 'object' && !Array.isArray(value) && Object.values(value).some((text) => !isBlankText(text));
    default:
      return !isBlankText(value);
  }
}

type Units = { units: Unit; customMetrics?: MetricDefinition[] };

/**
 * The answers to send: blank ones are left out (the server names a missing required one), typed
 * numbers become numbers, a body block becomes metric → { value, unit } in the viewer's units.
 */
export function toAnswers(questions: Question[], draft: DraftAnswers, { units, customMetrics = [] }: Units): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  for (const question of questions) {
    const value = draft[question.id];
    if (!isAnswered(question, value) || value === undefined || value === null) continue;
    if (question.type === 'number' && typeof value === 'string') {
      const parsed = parseNumber(value);
      if (parsed !== null) answers[question.id] = parsed;
    } else if (question.type === 'body_metrics' && typeof value === 'object' && !Array.isArray(value)) {
      const block: Record<string, { value: number; unit: string }> = {};
      for (const metric of question.metrics) {
        const parsed = parseNumber(value[metric] ?? '');
        if (parsed !== null) block[metric] = { value: parsed, unit: metricInfo(metric, units, customMetrics).unit };
      }
      if (Object.keys(block).length > 0) answers[question.id] = block;
    } else if ((question.type === 'short_text' || question.type === 'long_text') && typeof value === 'string') {
      answers[question.id] = value.trim();
    } else if (typeof value !== 'object' || Array.isArray(value)) {
      answers[question.id] = value;
    }
  }
  return answers;
}

/** What can be said before asking the server: required answers missing, numbers that are not numbers. */
export function checkDraft(questions: Question[], draft: DraftAnswers): AnswerErrors {
  const errors: AnswerErrors = {};
  for (const question of questions) {
    const value = draft[question.id];
    if (question.type === 'number' && typeof value === 'string' && !isBlankText(value) && parseNumber(value) === null) {
      errors[question.id] = { message: 'Enter a number, like 7.5' };
      continue;
    }
    if (question.type === 'body_metrics' && value && typeof value === 'object' && !Array.isArray(value)) {
      const bad = Object.fromEntries(
        question.metrics
          .filter((metric) => !isBlankText(value[metric]) && parseNumber(value[metric] ?? '') === null)
          .map((metric) => [metric, 'Enter a number']),
      );
      if (Object.keys(bad).length > 0) {
        errors[question.id] = { metrics: bad };
        continue;
      }
    }
    if (question.required && !isAnswered(question, value))
      errors[question.id] = { message: question.type === 'photo' ? 'Add a photo to send this check-in' : 'This question needs an answer' };
  }
  return errors;
}

/**
 * The server's field errors (`answers.<questionId>` or `answers.<questionId>.<metric>`) by
 * question; anything else (the check-in itself) comes back as `other`.
 */
export function answerErrorsFrom(fields: FieldIssue[]): { errors: AnswerErrors; other: string[] } {
  const errors: AnswerErrors = {};
  const other: string[] = [];
  for (const field of fields) {
    const [root, questionId, metric] = field.path.split('.');
    if (root !== 'answers' || !questionId) {
      other.push(field.message);
      continue;
    }
    const entry = (errors[questionId] ??= {});
    if (metric) entry.metrics = { ...entry.metrics, [metric]: field.message };
    else entry.message ??= field.message;
  }
  return { errors, other };
}

/** The first question (in form order) that has an error: where the page scrolls to. */
export function firstErrorId(questions: Question[], errors: AnswerErrors): string | null {
  return questions.find((question) => errors[question.id])?.id ?? null;
}

/** The photo a photo answer shows while filling in: the small preview of the upload. */
export const uploadThumbnailUrl = (uploadId: string) => `/api/uploads/${encodeURIComponent(uploadId)}/thumbnail`;
