import { isAPIError } from 'better-auth/api';
import type { Context } from 'hono';
import { AppError } from '../../lib/errors';

/**
 * better-auth answers `{ message, code }`; turn that into our envelope with a message a
 * person can act on, naming the field where there is one.
 */
export function toAppError(error: unknown): unknown {
  if (!isAPIError(error)) return error;
  const code = error.body?.code ?? '';
  switch (code) {
    case 'INVALID_EMAIL_OR_PASSWORD':
    case 'INVALID_EMAIL':
    case 'CREDENTIAL_ACCOUNT_NOT_FOUND':
      return new AppError('UNAUTHENTICATED', "That email and password don't match.");
    case 'USER_ALREADY_EXISTS':
    case 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL':
      return AppError.field('email', 'An account with this email already exists.');
    case 'INVALID_TOKEN':
      return AppError.field('token', 'This reset link has expired or was already used. Ask for a new one.');
    case 'PASSWORD_TOO_SHORT':
      return AppError.field('password', 'Use at least 10 characters.');
    case 'PASSWORD_TOO_LONG':
      return AppError.field('password', 'At most 128 characters.');
    case 'INVALID_PASSWORD':
      return AppError.field('currentPassword', "That isn't your current password.");
    default:
      if (error.statusCode === 401) return new AppError('UNAUTHENTICATED', 'Please sign in to continue.');
      if (error.statusCode === 403) return new AppError('FORBIDDEN', error.body?.message ?? 'Not allowed.');
      if (error.statusCode === 400) return AppError.validation([], error.body?.message ?? 'Some fields need another look.');
      return error;
  }
}

export async function callAuth<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toAppError(error);
  }
}

/** Copies the session cookie(s) better-auth produced onto our response. */
export function forwardCookies(c: Context, headers: Headers): void {
  for (const cookie of headers.getSetCookie()) c.header('set-cookie', cookie, { append: true });
}
