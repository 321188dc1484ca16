import type { Question } from '../../../shared/checkins';
import type { FieldIssue } from '../../../shared/errors';

export type CheckedAnswers = {
  /** questionId → the value to store (unanswered optional questions are left out). */
  values: Record<string, unknown>;
  /** Photo answers: questionId → upload id. */
  photos: Array<{ question: Question; uploadId: string }>;
  /** Body-metrics answers: questionId → entries for the measurements. */
  metrics: Array<{ question: Question; entries: Array<{ metric: string; value: number; unit: string }> }>;
};

const isBlank = (value: unknown) =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0);

/**
 * Checks each answer against its question (type, range, choices, required) and names every bad
 * one as `answers.<questionId>`. Pure: the service then checks photos and metrics against data.
 */
export function checkAnswers(questions: Question[], answers: Record<string, unknown>): { ok: CheckedAnswers } | { issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const values: Record<string, unknown> = {};
  const photos: CheckedAnswers['photos'] = [];
  const metrics: CheckedAnswers['metrics'] = [];
  const known = new Set(questions.map((question) => question.id));
  for (const id of Object.keys(answers))
    if (!known.has(id)) issues.push({ path: `answers.${id}`, message: 'Not a question of this check-in' });

  for (const question of questions) {
    const path = `answers.${question.id}`;
    const value = answers[question.id];
    if (isBlank(value)) {
      if (question.required) issues.push({ path, message: 'This question needs an answer' });
      continue;
    }
    const fail = (message: string) => issues.push({ path, message });
    switch (question.type) {
      case 'scale_5':
      case 'scale_10': {
        const max = question.type === 'scale_5' ? 5 : 10;
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) fail(`Pick a whole number from 1 to ${max}`);
        else values[question.id] = value;
        break;
      }
      case 'yes_no':
        if (typeof value !== 'boolean') fail('Answer yes or no');
        else values[question.id] = value;
        break;
      case 'number':
        if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > 1_000_000) fail('Enter a number');
        else values[question.id] = value;
        break;
      case 'short_text':
      case 'long_text': {
        const max = question.type === 'short_text' ? 200 : 5000;
        if (typeof value !== 'string') fail('Write an answer');
        else if (value.trim().length > max) fail(`At most ${max} characters`);
        else values[question.id] = value.trim();
        break;
      }
      case 'single_choice':
        if (typeof value !== 'string' || !question.options.includes(value)) fail('Pick one of the choices');
        else values[question.id] = value;
        break;
      case 'multi_choice':
        if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || !question.options.includes(item)))
          fail('Pick from the choices');
        else values[question.id] = [...new Set(value as string[])];
        break;
      case 'photo':
        if (typeof value !== 'string' || !/^[0-9a-f-]{36}$/.test(value)) fail('Add a photo');
        else {
          values[question.id] = value;
          photos.push({ question, uploadId: value });
        }
        break;
      case 'body_metrics': {
        if (typeof value !== 'object' || Array.isArray(value)) {
          fail('Enter the measurements');
          break;
        }
        const entries: Array<{ metric: string; value: number; unit: string }> = [];
        for (const [metric, entry] of Object.entries(value as Record<string, unknown>)) {
          const item = entry as { value?: unknown; unit?: unknown } | null;
          if (!question.metrics.includes(metric)) issues.push({ path: `${path}.${metric}`, message: 'Not asked in this question' });
          else if (!item || typeof item.value !== 'number' || typeof item.unit !== 'string')
            issues.push({ path: `${path}.${metric}`, message: 'Enter a number' });
          else entries.push({ metric, value: item.value, unit: item.unit });
        }
        if (entries.length) {
          values[question.id] = Object.fromEntries(entries.map((entry) => [entry.metric, { value: entry.value, unit: entry.unit }]));
          metrics.push({ question, entries });
        } else if (question.required) fail('Enter the measurements');
        break;
      }
    }
  }
  return issues.length ? { issues } : { ok: { values, photos, metrics } };
}
