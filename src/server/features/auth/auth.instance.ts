import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { PASSWORD_MAX, PASSWORD_MIN } from '../../../shared/common';
import type { Db } from '../../db/client';
import { account, session, user, verification } from '../../db/schema';

export type AuthConfig = {
  db: Db;
  appUrl: string;
  secret: string;
  /** Called with the raw reset token; we build our own link to the web app's reset page. */
  sendResetPassword: (input: { email: string; name: string; token: string }) => Promise<void>;
};

const THIRTY_DAYS_S = 60 * 60 * 24 * 30;

/**
 * better-auth owns password hashing, sessions and reset tokens. Its HTTP handler is NOT
 * mounted: our own routes call `auth.api.*` so every answer uses our envelope, our
 * validation and our rate limits, and appears in our OpenAPI document.
 */
export function createAuth(config: AuthConfig) {
  const secure = config.appUrl.startsWith('https://');
  return betterAuth({
    appName: 'OneCoach',
    baseURL: config.appUrl,
    basePath: '/api/auth',
    secret: config.secret,
    database: drizzleAdapter(config.db, { provider: 'pg', schema: { user, session, account, verification } }),
    trustedOrigins: [new URL(config.appUrl).origin],
    emailAndPassword: {
      enabled: true,
      minPasswordLength: PASSWORD_MIN,
      maxPasswordLength: PASSWORD_MAX,
      autoSignIn: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user: target, token }) => {
        await config.sendResetPassword({ email: target.email, name: target.name, token });
      },
    },
    user: {
      additionalFields: {
        role: { type: 'string', required: false, defaultValue: 'client', input: false },
      },
    },
    session: {
      expiresIn: THIRTY_DAYS_S,
      updateAge: 60 * 60 * 24,
      // Off on purpose: archiving a client or resetting a password must end sessions at once.
      cookieCache: { enabled: false },
    },
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    logger: { disabled: true },
    advanced: {
      useSecureCookies: secure,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', secure, path: '/' },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;
