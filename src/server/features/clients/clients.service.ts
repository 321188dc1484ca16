import { createHash, randomBytes } from 'node:crypto';
import type {
  Client,
  ClientPage,
  CreateClientSchema,
  InvitationLink,
  ListClientsQuerySchema,
  OnboardingSchema,
  PauseClientSchema,
  UpdateClientSchema,
} from '../../../shared/clients';
import { WAIVER_VERSION } from '../../../shared/clients';
import type { z } from 'zod';
import type { Db, DbOrTx } from '../../db/client';
import { actorRef, type Actor } from '../../lib/access';
import { DAY_MS, type Clock } from '../../lib/clock';
import type { Hub } from '../realtime/hub';
import { AppError } from '../../lib/errors';
import type { Logger } from '../../lib/logger';
import { recordAudit } from '../audit/audit.repo';
import { deleteSessionsOf, findTrainer, updateUserIdentity } from '../auth/auth.repo';
import { invitationEmail } from '../emails/email-templates';
import type { Mailer } from '../emails/mailer';
import { sendEmail } from '../emails/emails.service';
import { INVITATION_TTL_DAYS, checkTransition, restoredStatus, type LifecycleAction } from './client-rules';
import { loadVisibleClient } from './client-access';
import { toClient } from './client-view';
import {
  complianceFor,
  findClient,
  insertClient,
  insertInvitation,
  isEmailTaken,
  latestInvitations,
  listClientRows,
  listTags,
  revokeOpenInvitations,
  updateClientRow,
  type ClientRow,
} from './clients.repo';

export type ClientsDeps = {
  db: Db;
  clock: Clock;
  logger: Logger;
  mailer: Mailer;
  appUrl: string;
  hub?: Hub;
  /** Billing's part of a pause, resume or archive (Stripe), run before anything is written. */
  billing?: { beforeTransition(action: LifecycleAction, clientId: string): Promise<void> };
};

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const emailTaken = () => AppError.field('email', 'Someone with this email is already in OneCoach.');

/** Postgres unique violation: a concurrent request got there first. */
const isUniqueViolation = (error: unknown) =>
  typeof error === 'object' &&
  error !== null &&
  ('code' in error ? error.code : (error as { cause?: { code?: string } }).cause?.code) === '23505';

async function audit(db: DbOrTx, actor: Actor, action: string, clientId: string, at: Date, details?: Record<string, unknown>) {
  await recordAudit(db, { ...actorRef(actor), action, subjectType: 'client', subjectId: clientId, details, at });
}

async function present(db: DbOrTx, row: ClientRow, now: Date): Promise<Client> {
  const [invitations, compliance] = await Promise.all([latestInvitations(db, [row.id]), complianceFor(db, [row.id], now)]);
  return toClient(row, invitations.get(row.id), now, compliance.get(row.id));
}

const loadClient = loadVisibleClient;

export async function listClients(deps: ClientsDeps, query: z.output<typeof ListClientsQuerySchema>): Promise<ClientPage> {
  const { rows, total } = await listClientRows(deps.db, query);
  const invitations = await latestInvitations(
    deps.db,
    rows.filter((row) => row.status === 'invited').map((row) => row.id),
  );
  const now = deps.clock.now();
  const compliance = await complianceFor(
    deps.db,
    rows.map((row) => row.id),
    now,
  );
  return {
    items: rows.map((row) => toClient(row, invitations.get(row.id), now, compliance.get(row.id))),
    total,
    limit: query.limit,
    offset: query.offset,
  };
}

export async function listClientTags(deps: ClientsDeps): Promise<string[]> {
  return listTags(deps.db);
}

export async function getClient(deps: ClientsDeps, actor: Actor, id: string): Promise<Client> {
  return present(deps.db, await loadClient(deps.db, actor, id), deps.clock.now());
}

/** Makes a fresh invitation (revoking any open one) inside the caller's transaction. */
async function issueInvitation(tx: DbOrTx, deps: ClientsDeps, clientId: string, now: Date) {
  await revokeOpenInvitations(tx, clientId, now);
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_DAYS * DAY_MS);
  await insertInvitation(tx, { clientId, tokenHash: hashToken(token), expiresAt, at: now });
  return { url: `${deps.appUrl}/invite/${token}`, expiresAt };
}

async function emailInvitation(deps: ClientsDeps, client: ClientRow, link: { url: string; expiresAt: Date }): Promise<InvitationLink> {
  const trainer = await findTrainer(deps.db);
  const message = invitationEmail({
    to: client.email,
    clientName: client.name,
    trainerName: trainer?.name ?? 'Your coach',
    url: link.url,
    expiresAt: link.expiresAt,
  });
  const { delivered } = await sendEmail(deps, { ...message, kind: 'invitation', link: link.url });
  return { url: link.url, expiresAt: link.expiresAt.toISOString(), emailed: delivered && deps.mailer.transport === 'smtp' };
}

export async function createClient(deps: ClientsDeps, actor: Actor, input: z.output<typeof CreateClientSchema>) {
  const now = deps.clock.now();
  if (await isEmailTaken(deps.db, input.email)) throw emailTaken();
  let created: { row: ClientRow; link: { url: string; expiresAt: Date } };
  try {
    created = await deps.db.transaction(async (tx) => {
      const row = await insertClient(tx, { ...input, at: now });
      const link = await issueInvitation(tx, deps, row.id, now);
      await audit(tx, actor, 'client.create', row.id, now, { email: input.email });
      return { row, link };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
  const invitation = await emailInvitation(deps, created.row, created.link);
  return { client: await present(deps.db, created.row, now), invitation };
}

/**
 * A prospect who paid from the public plans page becomes a client: created inside the caller's
 * transaction (with the payment that made them), invited by email afterwards.
 */
export async function insertPaidProspect(tx: DbOrTx, input: { name: string; email: string; at: Date }): Promise<ClientRow> {
  return insertClient(tx, {
    name: input.name,
    email: input.email,
    tags: ['paid online'],
    note: 'Joined by paying on the plans page.',
    at: input.at,
  });
}

/**
 * A fresh invitation link for a client who has not joined yet, without revoking others (the one
 * emailed to them stays valid): the paying browser continues straight to setting a password.
 */
export async function extraInvitation(deps: Pick<ClientsDeps, 'db' | 'appUrl' | 'clock'>, clientId: string) {
  const token = randomBytes(32).toString('base64url');
  const now = deps.clock.now();
  await insertInvitation(deps.db, {
    clientId,
    tokenHash: hashToken(token),
    expiresAt: new Date(now.getTime() + INVITATION_TTL_DAYS * DAY_MS),
    at: now,
  });
  return `/invite/${token}`;
}

/** Emails a new client their invitation (used after a prospect paid). */
export async function emailNewInvitation(deps: ClientsDeps, clientId: string) {
  const client = (await findClient(deps.db, clientId))!;
  const link = await issueInvitation(deps.db, deps, clientId, deps.clock.now());
  return emailInvitation(deps, client, link);
}

export async function updateClient(deps: ClientsDeps, actor: Actor, id: string, input: z.output<typeof UpdateClientSchema>) {
  const now = deps.clock.now();
  const current = await loadClient(deps.db, actor, id);
  const emailChanged = input.email !== undefined && input.email.toLowerCase() !== current.email.toLowerCase();
  if (emailChanged && (await isEmailTaken(deps.db, input.email!, id))) throw emailTaken();
  try {
    const row = await deps.db.transaction(async (tx) => {
      const updated = await updateClientRow(tx, id, { ...input, updatedAt: now });
      if (current.userId && (emailChanged || input.name)) {
        await updateUserIdentity(tx, current.userId, { name: input.name, email: emailChanged ? input.email : undefined, at: now });
      }
      await audit(tx, actor, 'client.update', id, now, { fields: Object.keys(input) });
      return updated;
    });
    return present(deps.db, row, now);
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
}

async function transition(
  deps: ClientsDeps,
  actor: Actor,
  id: string,
  action: LifecycleAction,
  apply: (tx: DbOrTx, current: ClientRow, now: Date) => Promise<ClientRow>,
): Promise<Client> {
  const now = deps.clock.now();
  const current = await loadClient(deps.db, actor, id);
  const check = checkTransition(action, current.status);
  if (!check.ok) throw new AppError('CONFLICT', check.reason, { status: current.status });
  // Pausing pauses collection, archiving cancels the subscription: if Stripe fails, nothing changes.
  await deps.billing?.beforeTransition(action, id);
  const row = await deps.db.transaction(async (tx) => {
    const updated = await apply(tx, current, now);
    await audit(tx, actor, `client.${action}`, id, now, { from: current.status, to: updated.status });
    return updated;
  });
  return present(deps.db, row, now);
}

export function pauseClient(deps: ClientsDeps, actor: Actor, id: string, input: z.output<typeof PauseClientSchema>) {
  if (input.until && input.until <= deps.clock.now().toISOString().slice(0, 10)) {
    throw AppError.field('until', 'Pick an end date in the future, or leave it empty.');
  }
  return transition(deps, actor, id, 'pause', (tx, _current, now) =>
    updateClientRow(tx, id, {
      status: 'paused',
      pauseReason: input.reason,
      pauseNote: input.note,
      pauseUntil: input.until,
      pausedAt: now,
      updatedAt: now,
    }),
  );
}

export function resumeClient(deps: ClientsDeps, actor: Actor, id: string) {
  return transition(deps, actor, id, 'resume', (tx, _current, now) =>
    updateClientRow(tx, id, { status: 'active', pauseReason: null, pauseNote: null, pauseUntil: null, pausedAt: null, updatedAt: now }),
  );
}

/** Archiving keeps every record; it only ends access: sessions and open invitations. */
export async function archiveClient(deps: ClientsDeps, actor: Actor, id: string) {
  const archived = await transition(deps, actor, id, 'archive', async (tx, current, now) => {
    await revokeOpenInvitations(tx, id, now);
    if (current.userId) await deleteSessionsOf(tx, current.userId);
    return updateClientRow(tx, id, { status: 'archived', statusBeforeArchive: current.status, archivedAt: now, updatedAt: now });
  });
  // Their open live streams end with their sessions.
  deps.hub?.publish({ type: 'closed', clientId: id });
  return archived;
}

export function restoreClient(deps: ClientsDeps, actor: Actor, id: string) {
  return transition(deps, actor, id, 'restore', (tx, current, now) =>
    updateClientRow(tx, id, {
      status: restoredStatus(current.statusBeforeArchive, current.userId !== null),
      statusBeforeArchive: null,
      archivedAt: null,
      updatedAt: now,
    }),
  );
}

export async function resendInvitation(deps: ClientsDeps, actor: Actor, id: string): Promise<InvitationLink> {
  const now = deps.clock.now();
  const current = await loadClient(deps.db, actor, id);
  if (current.userId) throw new AppError('CONFLICT', `${current.name} has already joined.`);
  if (current.status !== 'invited') throw new AppError('CONFLICT', 'Restore this client before inviting them again.');
  const link = await deps.db.transaction(async (tx) => {
    const issued = await issueInvitation(tx, deps, id, now);
    await audit(tx, actor, 'client.invitation.resend', id, now);
    return issued;
  });
  return emailInvitation(deps, current, link);
}

export async function revokeInvitation(deps: ClientsDeps, actor: Actor, id: string): Promise<Client> {
  const now = deps.clock.now();
  const current = await loadClient(deps.db, actor, id);
  const revoked = await deps.db.transaction(async (tx) => {
    const count = await revokeOpenInvitations(tx, id, now);
    if (count > 0) await audit(tx, actor, 'client.invitation.revoke', id, now);
    return count;
  });
  if (revoked === 0) throw new AppError('CONFLICT', 'There is no open invitation to revoke.');
  return present(deps.db, current, now);
}

export async function saveOnboarding(deps: ClientsDeps, actor: Actor & { role: 'client' }, input: z.output<typeof OnboardingSchema>) {
  const now = deps.clock.now();
  const current = await loadClient(deps.db, actor, actor.clientId);
  const row = await deps.db.transaction(async (tx) => {
    const updated = await updateClientRow(tx, current.id, {
      goals: input.goals,
      goalNote: input.goalNote,
      experience: input.experience,
      injuries: input.injuries,
      equipment: input.equipment,
      daysPerWeek: input.daysPerWeek,
      units: input.units,
      timeZone: input.timeZone,
      dateOfBirth: input.dateOfBirth,
      heightCm: input.heightCm,
      health: input.health,
      healthNote: input.healthNote,
      waiverVersion: WAIVER_VERSION,
      waiverAcceptedAt: current.waiverVersion === WAIVER_VERSION ? current.waiverAcceptedAt : now,
      onboardedAt: current.onboardedAt ?? now,
      updatedAt: now,
    });
    await audit(tx, actor, current.onboardedAt ? 'client.onboarding.update' : 'client.onboarding.complete', current.id, now, {
      healthFlags: Object.entries(input.health)
        .filter(([, yes]) => yes)
        .map(([key]) => key),
    });
    return updated;
  });
  return present(deps.db, row, now);
}
