import type { ZodError } from 'zod';
import { ApiError, errorMessage } from '../../lib/api';
import type { MetricInfo } from '../metrics/units';

/* What the two goal forms share (they load on first use, with the shared schemas and zod). */

export type Errors = Record<string, string>;

export const parse = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.trim().replace(',', '.')));

/** The first message per top-level field of a failed parse. */
export function issuesByField(error: ZodError): Errors {
  const errors: Errors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= issue.message;
  }
  return errors;
}

/** The server's field errors by field; the unit belongs to the target's input. */
export function serverErrors(error: unknown): Errors {
  const errors: Errors = {};
  if (error instanceof ApiError)
    for (const field of error.fields) {
      const top = field.path.split('.')[0] || 'form';
      errors[top === 'unit' ? 'target' : top] ??= field.message;
    }
  if (Object.keys(errors).length === 0) errors.form = errorMessage(error);
  return errors;
}

export const withUnit = (label: string, info: MetricInfo) => (info.unit ? `${label} (${info.unit})` : label);
