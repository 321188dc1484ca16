import type { Agent } from './agent';
import type { TestApp } from './test-app';

/**
 * Rows of the authorization matrix. Each feature lists its routes in `<feature>.authz.ts`;
 * src/server/authz-matrix.test.ts collects them and fails for any route without a row.
 */
export type Persona = 'anonymous' | 'clientA' | 'clientB' | 'trainer';
export type Expect = Record<Persona, number>;

/** What every row can use: the app, the trainer's agent, and client A (B is the outsider). */
export type AuthzCtx = {
  app: TestApp['app'];
  db: TestApp['db'];
  trainer: Agent;
  clientAId: string;
  clientBId: string;
  emailId: string;
  /** Lets a row's path() hand a value to its body() (both run once per persona, path first). */
  scratch: Record<string, string>;
  /** Client A, signed in (for rows that need something only A can make, e.g. a sent check-in). */
  asClientA: () => Promise<Agent>;
  /** The app clock's now, in ms. */
  now: () => number;
};

export type AuthzRow = {
  expect: Expect;
  /** Resolves path params (making whatever record the call needs); runs once per persona. */
  path?: (ctx: AuthzCtx, persona: Persona) => Promise<string> | string;
  body?: (ctx: AuthzCtx, persona: Persona) => unknown;
};
export type AuthzRows = Record<string, AuthzRow>;

export const all = (status: number): Expect => ({ anonymous: status, clientA: status, clientB: status, trainer: status });
export const trainerOnly = (ok = 200): Expect => ({ anonymous: 401, clientA: 403, clientB: 403, trainer: ok });
export const clientsOnly = (ok = 200): Expect => ({ anonymous: 401, clientA: ok, clientB: ok, trainer: 403 });
export const signedIn = (ok = 200): Expect => ({ anonymous: 401, clientA: ok, clientB: ok, trainer: ok });
/** Client A's own record: A and the trainer may, B gets 404 exactly like a missing id. */
export const ownOrTrainer = (ok = 200): Expect => ({ anonymous: 401, clientA: ok, clientB: 404, trainer: ok });
