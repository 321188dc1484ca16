import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type {
  ChangePasswordInput,
  ForgotPasswordInput,
  ResetPasswordInput,
  SetupInput,
  SignInInput,
  Viewer,
  ViewerUser,
} from '../../../shared/auth';
import type { Db } from '../../db/client';
import type { Actor } from '../../lib/access';
import { actorRef } from '../../lib/access';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import type { Logger } from '../../lib/logger';
import { recordAudit } from '../audit/audit.repo';
import { passwordChangedEmail } from '../emails/email-templates';
import { sendEmail } from '../emails/emails.service';
import type { Mailer } from '../emails/mailer';
import { findClientForUser } from '../clients/clients.repo';
import { callAuth } from './auth-errors';
import type { Auth } from './auth.instance';
import {
  clearRateLimit,
  deleteSessionsOf,
  deleteUser,
  findTrainer,
  findUserByEmail,
  hitRateLimit,
  promoteToTrainer,
  readAppState,
  readRateLimit,
  writeAppStateIfAbsent,
} from './auth.repo';

export type AuthDeps = {
  db: Db;
  clock: Clock;
  logger: Logger;
  mailer: Mailer;
  auth: Auth;
  appUrl: string;
  setup: { needsToken: boolean; token?: string };
};

export const SIGN_IN_LIMIT = { failures: 10, windowMs: 15 * 60 * 1000 };
const SETUP_TOKEN_KEY = 'setup_token_sha256';
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export function actorToViewer(actor: Actor | null): ViewerUser | null {
  if (!actor) return null;
  return actor.role === 'trainer'
    ? { id: actor.userId, name: actor.name, email: actor.email, role: 'trainer', clientId: null, onboarded: true }
    : { id: actor.userId, name: actor.name, email: actor.email, role: 'client', clientId: actor.clientId, onboarded: actor.onboarded };
}

/** The body every "who am I" answer uses. */
export async function describeViewer(deps: { db: Db }, user: ViewerUser | null): Promise<Viewer> {
  const trainer = await findTrainer(deps.db);
  return { user, coachName: trainer?.name ?? null };
}

/* ---------- first-run setup ---------- */

export async function setupStatus(deps: AuthDeps) {
  const trainer = await findTrainer(deps.db);
  return { needsSetup: !trainer, tokenRequired: !trainer && deps.setup.needsToken };
}

/**
 * Where the site is reachable by others, setup also needs a one-time token: SETUP_TOKEN, or one
 * generated here once, stored hashed, and printed in the log. Returns the token when it made one.
 */
export async function prepareSetupToken(deps: Pick<AuthDeps, 'db' | 'logger' | 'setup'>): Promise<string | null> {
  if (!deps.setup.needsToken || deps.setup.token || (await findTrainer(deps.db))) return null;
  if (await readAppState(deps.db, SETUP_TOKEN_KEY)) return null;
  const token = randomBytes(18).toString('base64url');
  if (!(await writeAppStateIfAbsent(deps.db, SETUP_TOKEN_KEY, sha256(token)))) return null;
  deps.logger.warn('first-run setup token (enter it on the setup page; shown once)', { setupToken: token });
  return token;
}

async function checkSetupToken(deps: AuthDeps, given: string | undefined) {
  if (!deps.setup.needsToken) return;
  const expected = deps.setup.token ? sha256(deps.setup.token) : await readAppState(deps.db, SETUP_TOKEN_KEY);
  const ok = Boolean(given && expected) && timingSafeEqual(Buffer.from(sha256(given!)), Buffer.from(expected!));
  if (!ok) throw AppError.field('setupToken', 'That setup token is not right. It is printed in the server log at first start.');
}

export async function setupTrainer(deps: AuthDeps, input: SetupInput, requestHeaders: Headers) {
  if (await findTrainer(deps.db)) throw new AppError('CONFLICT', 'OneCoach is already set up. Sign in instead.');
  await checkSetupToken(deps, input.setupToken);
  const { headers, response } = await callAuth(() =>
    deps.auth.api.signUpEmail({
      body: { name: input.name, email: input.email, password: input.password },
      headers: requestHeaders,
      returnHeaders: true,
    }),
  );
  try {
    await promoteToTrainer(deps.db, response.user.id);
  } catch {
    // Two setups raced and the other won (the single-trainer index refused this one).
    await deleteUser(deps.db, response.user.id);
    throw new AppError('CONFLICT', 'OneCoach is already set up. Sign in instead.');
  }
  const now = deps.clock.now();
  await recordAudit(deps.db, {
    actorId: response.user.id,
    actorRole: 'trainer',
    action: 'setup.complete',
    subjectType: 'user',
    subjectId: response.user.id,
    at: now,
  });
  const viewer: ViewerUser = {
    id: response.user.id,
    name: response.user.name,
    email: response.user.email,
    role: 'trainer',
    clientId: null,
    onboarded: true,
  };
  return { headers, viewer };
}

/* ---------- sign in / out ---------- */

export async function signIn(deps: AuthDeps, input: SignInInput, context: { ip: string; headers: Headers }) {
  const now = deps.clock.now();
  const key = `sign-in:${input.email}:${context.ip}`;
  const windowStartAfter = new Date(now.getTime() - SIGN_IN_LIMIT.windowMs);
  const limit = await readRateLimit(deps.db, key, windowStartAfter);
  if (limit.count >= SIGN_IN_LIMIT.failures && limit.windowStart) {
    const retryAfterS = Math.max(1, Math.ceil((limit.windowStart.getTime() + SIGN_IN_LIMIT.windowMs - now.getTime()) / 1000));
    const minutes = Math.ceil(retryAfterS / 60);
    throw new AppError(
      'RATE_LIMITED',
      `Too many tries. For your safety, wait ${minutes} minute${minutes === 1 ? '' : 's'} or reset your password.`,
      { retryAfterSeconds: retryAfterS },
      { 'Retry-After': String(retryAfterS) },
    );
  }
  const account = await findUserByEmail(deps.db, input.email);
  try {
    const { headers } = await callAuth(() =>
      deps.auth.api.signInEmail({ body: { email: input.email, password: input.password }, headers: context.headers, returnHeaders: true }),
    );
    await clearRateLimit(deps.db, key);
    const client = account?.role === 'client' ? await findClientForUser(deps.db, account.id) : null;
    if (client?.status === 'archived') {
      // The password was right, so saying why leaks nothing; but no session may survive.
      await deleteSessionsOf(deps.db, account!.id);
      throw new AppError('FORBIDDEN', 'Your coaching account is archived. Ask your coach to restore it.');
    }
    return { headers };
  } catch (error) {
    if (error instanceof AppError && error.code === 'UNAUTHENTICATED') await hitRateLimit(deps.db, key, now, windowStartAfter);
    throw error;
  }
}

export async function signOut(deps: AuthDeps, requestHeaders: Headers) {
  const { headers } = await callAuth(() => deps.auth.api.signOut({ headers: requestHeaders, returnHeaders: true }));
  return headers;
}

/* ---------- passwords ---------- */

export async function requestPasswordReset(deps: AuthDeps, input: ForgotPasswordInput, requestHeaders: Headers) {
  await callAuth(() =>
    deps.auth.api.requestPasswordReset({
      body: { email: input.email, redirectTo: `${deps.appUrl}/reset-password` },
      headers: requestHeaders,
    }),
  );
  const account = await findUserByEmail(deps.db, input.email);
  await recordAudit(deps.db, {
    actorId: null,
    actorRole: 'anonymous',
    action: 'password.reset.request',
    subjectType: 'user',
    subjectId: account?.id ?? null,
    at: deps.clock.now(),
  });
}

export async function resetPassword(deps: AuthDeps, input: ResetPasswordInput) {
  await callAuth(() => deps.auth.api.resetPassword({ body: { token: input.token, newPassword: input.password } }));
  await recordAudit(deps.db, {
    actorId: null,
    actorRole: 'anonymous',
    action: 'password.reset',
    subjectType: 'user',
    subjectId: null,
    at: deps.clock.now(),
  });
}

export async function changePassword(deps: AuthDeps, actor: Actor, input: ChangePasswordInput, requestHeaders: Headers) {
  const { headers } = await callAuth(() =>
    deps.auth.api.changePassword({
      body: { currentPassword: input.currentPassword, newPassword: input.newPassword, revokeOtherSessions: true },
      headers: requestHeaders,
      returnHeaders: true,
    }),
  );
  await recordAudit(deps.db, {
    ...actorRef(actor),
    action: 'password.change',
    subjectType: 'user',
    subjectId: actor.userId,
    at: deps.clock.now(),
  });
  await sendEmail(deps, {
    ...passwordChangedEmail({ to: actor.email, name: actor.name, signInUrl: `${deps.appUrl}/sign-in` }),
    kind: 'password_changed',
  });
  return headers;
}
