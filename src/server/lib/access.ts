import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env';
import type { ClientStatus } from '../../shared/clients';
import type { Db } from '../db/client';
import type { Auth } from '../features/auth/auth.instance';
import { findClientForUser, touchClientActivity } from '../features/clients/clients.repo';
import type { Clock } from './clock';
import { AppError } from './errors';

/**
 * The one access module. Roles: `trainer` sees every client; `client` sees only their own rows.
 * "Not yours" and "does not exist" both answer 404 so ids leak nothing.
 */
export type Actor =
  | { role: 'trainer'; userId: string; name: string; email: string }
  | { role: 'client'; userId: string; name: string; email: string; clientId: string; clientStatus: ClientStatus; onboarded: boolean };

const ACTIVITY_RESOLUTION_MS = 5 * 60 * 1000;

const ACTOR_CACHE_MS = 10_000;
const ACTOR_CACHE_MAX = 5_000;
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?better-auth\.session_token=([^;]+)/;

/**
 * Writes after which a cached actor may be wrong: sign-in/out and passwords, onboarding and profile
 * answers, anything the trainer does to clients (pause, archive…), invitations. Hot paths (logging
 * sets, messages) are not among them.
 */
const changesWhoSomeoneIs = (method: string, path: string) =>
  method !== 'GET' &&
  method !== 'HEAD' &&
  (path.startsWith('/api/auth/') ||
    path === '/api/setup' ||
    path.startsWith('/api/invitations/') ||
    path.startsWith('/api/clients') ||
    (path.startsWith('/api/me/') && !path.startsWith('/api/me/sessions')));

/**
 * Resolves the session cookie (if any) into an Actor on every API request. Resolutions are kept
 * for 10 seconds per session (CROSS_CUTTING: cache the session lookup — PGlite has one connection),
 * and forgotten at once after any write that can change who someone is or whether they may sign in.
 * Several processes (Netlify) each keep their own: a client archived on one may be served by another
 * for up to 10 seconds.
 */
export function loadActor(deps: { auth: Auth; db: Db; clock: Clock }): MiddlewareHandler<AppEnv> {
  const cache = new Map<string, { actor: Actor | null; until: number; activeAt: number }>();
  return async (c, next) => {
    const token = SESSION_COOKIE.exec(c.req.header('cookie') ?? '')?.[1];
    const now = Date.now();
    const cached = token ? cache.get(token) : undefined;
    let actor: Actor | null;
    if (cached && cached.until > now) {
      actor = cached.actor;
      // Activity still counts on a cached request (the clock may be a test's, moved by days).
      const at = deps.clock.now();
      if (actor?.role === 'client' && at.getTime() - cached.activeAt > ACTIVITY_RESOLUTION_MS) {
        await touchClientActivity(deps.db, actor.clientId, at);
        cached.activeAt = at.getTime();
      }
    } else {
      actor = await resolveActor(deps, c.req.raw.headers);
      if (token) {
        if (cache.size >= ACTOR_CACHE_MAX) cache.clear();
        cache.set(token, { actor, until: now + ACTOR_CACHE_MS, activeAt: deps.clock.now().getTime() });
      }
    }
    c.set('actor', actor);
    await next();
    if (changesWhoSomeoneIs(c.req.method, c.req.path)) cache.clear();
  };
}

export async function resolveActor(deps: { auth: Auth; db: Db; clock: Clock }, headers: Headers): Promise<Actor | null> {
  if (!headers.get('cookie')) return null;
  const found = await deps.auth.api.getSession({ headers });
  if (!found) return null;
  const { user } = found;
  const role = (user as { role?: string }).role;
  if (role === 'trainer') return { role: 'trainer', userId: user.id, name: user.name, email: user.email };
  const client = await findClientForUser(deps.db, user.id);
  // An archived client is signed out everywhere; a stale cookie must not bring them back.
  if (!client || client.status === 'archived') return null;
  const now = deps.clock.now();
  if (!client.lastActiveAt || now.getTime() - client.lastActiveAt.getTime() > ACTIVITY_RESOLUTION_MS) {
    await touchClientActivity(deps.db, client.id, now);
  }
  return {
    role: 'client',
    userId: user.id,
    name: client.name,
    email: client.email,
    clientId: client.id,
    clientStatus: client.status,
    onboarded: client.onboardedAt !== null,
  };
}

export function requireActor(c: Context<AppEnv>): Actor {
  const actor = c.get('actor');
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Please sign in to continue.');
  return actor;
}

export function requireTrainer(c: Context<AppEnv>): Extract<Actor, { role: 'trainer' }> {
  const actor = requireActor(c);
  if (actor.role !== 'trainer') throw new AppError('FORBIDDEN', 'Only your coach can do that.');
  return actor;
}

export function requireClient(c: Context<AppEnv>): Extract<Actor, { role: 'client' }> {
  const actor = requireActor(c);
  if (actor.role !== 'client') throw new AppError('FORBIDDEN', 'This is only for clients.');
  return actor;
}

/** The trainer reaches every client; a client reaches only their own id. Anything else is 404. */
export function assertCanSeeClient(actor: Actor, clientId: string): void {
  if (actor.role === 'trainer') return;
  if (actor.clientId !== clientId) throw AppError.notFound('That client');
}

/** For the audit log. */
export function actorRef(actor: Actor | null): { actorId: string | null; actorRole: string } {
  return actor ? { actorId: actor.userId, actorRole: actor.role } : { actorId: null, actorRole: 'anonymous' };
}
