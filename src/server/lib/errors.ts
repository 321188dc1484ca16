import { ZodError, type z } from 'zod';
import { ERROR_STATUS, type ErrorBody, type ErrorCode, type FieldIssue } from '../../shared/errors';

/** The one error type services throw; the app's error handler turns it into the envelope. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.status = ERROR_STATUS[code];
  }

  static notFound(what = 'That'): AppError {
    return new AppError('NOT_FOUND', `${what} was not found.`);
  }

  static validation(fields: FieldIssue[], message = 'Some fields need another look.'): AppError {
    return new AppError('VALIDATION_FAILED', message, { fields });
  }

  static field(path: string, message: string): AppError {
    return AppError.validation([{ path, message }], message);
  }

  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) } };
  }
}

export function fieldIssues(error: ZodError | z.core.$ZodIssue[], prefix?: string): FieldIssue[] {
  const issues = error instanceof ZodError ? error.issues : error;
  return issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return { path: [prefix, path].filter(Boolean).join('.') || '(body)', message: issue.message };
  });
}
