import type { InvitationView } from '../../../shared/clients';
import type { ViewerUser } from '../../../shared/auth';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { insertJob } from '../jobs/jobs.repo';
import { recordAudit } from '../audit/audit.repo';
import { callAuth } from '../auth/auth-errors';
import type { Auth } from '../auth/auth.instance';
import { deleteUser, findTrainer } from '../auth/auth.repo';
import { invitationState } from './client-rules';
import { claimInvitation, findInvitationByHash, updateClientRow } from './clients.repo';
import { hashToken } from './clients.service';

export type InvitationDeps = { db: Db; clock: Clock; auth: Auth };

const unknownInvitation = () => AppError.notFound('That invitation');

export async function viewInvitation(deps: InvitationDeps, token: string): Promise<InvitationView> {
  const found = await findInvitationByHash(deps.db, hashToken(token));
  if (!found) throw unknownInvitation();
  const trainer = await findTrainer(deps.db);
  return {
    state: found.client.status === 'archived' ? 'revoked' : invitationState(found.invitation, deps.clock.now()),
    clientName: found.client.name,
    email: found.client.email,
    trainerName: trainer?.name ?? 'Your coach',
    expiresAt: found.invitation.expiresAt.toISOString(),
  };
}

const STATE_MESSAGES = {
  expired: 'This invitation has expired. Ask your coach to send a new one.',
  revoked: 'This invitation is no longer valid. Ask your coach for a new link.',
  accepted: 'This invitation was already used. Sign in instead.',
} as const;

/**
 * Sets the client's password, signs them in and marks them active. Returns the session
 * cookies to forward and the viewer to show.
 */
export async function acceptInvitation(deps: InvitationDeps, token: string, password: string, requestHeaders: Headers) {
  const now = deps.clock.now();
  const found = await findInvitationByHash(deps.db, hashToken(token));
  if (!found) throw unknownInvitation();
  const { invitation, client } = found;
  const state = client.status === 'archived' ? 'revoked' : invitationState(invitation, now);
  if (state !== 'pending') throw new AppError('CONFLICT', STATE_MESSAGES[state], { state });
  if (client.userId) throw new AppError('CONFLICT', STATE_MESSAGES.accepted, { state: 'accepted' });

  const { headers, response } = await callAuth(() =>
    deps.auth.api.signUpEmail({
      body: { name: client.name, email: client.email, password },
      headers: requestHeaders,
      returnHeaders: true,
    }),
  );
  const userId = response.user.id;
  const joined = await deps.db.transaction(async (tx) => {
    if (!(await claimInvitation(tx, invitation.id, now))) return false;
    await updateClientRow(tx, client.id, { userId, status: 'active', lastActiveAt: now, updatedAt: now });
    await recordAudit(tx, {
      actorId: userId,
      actorRole: 'client',
      action: 'client.invitation.accept',
      subjectType: 'client',
      subjectId: client.id,
      at: now,
    });
    return true;
  });
  if (joined) {
    // The welcome automation (if on) runs within a minute instead of waiting for the next sweep.
    await insertJob(deps.db, { kind: 'automations.run', runAt: now, dedupeKey: `automations.run:joined:${client.id}`, maxAttempts: 3 });
  }
  if (!joined) {
    // Someone used or revoked this link between our check and now: undo the account we made.
    await deleteUser(deps.db, userId);
    throw new AppError('CONFLICT', STATE_MESSAGES.accepted, { state: 'accepted' });
  }
  const viewer: ViewerUser = {
    id: userId,
    name: client.name,
    email: client.email,
    role: 'client',
    clientId: client.id,
    onboarded: client.onboardedAt !== null,
  };
  return { headers, viewer };
}
