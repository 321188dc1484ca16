import type { ClientStatus } from '../../../shared/clients';

/** Pure rules about a client's lifecycle and invitations (unit-tested on their own). */

export type LifecycleAction = 'pause' | 'resume' | 'archive' | 'restore';

const ALLOWED_FROM: Record<LifecycleAction, ClientStatus[]> = {
  pause: ['active'],
  resume: ['paused'],
  archive: ['invited', 'active', 'paused'],
  restore: ['archived'],
};

const REFUSALS: Record<LifecycleAction, string> = {
  pause: 'Only an active client can be paused.',
  resume: 'Only a paused client can be resumed.',
  archive: 'This client is already archived.',
  restore: 'Only an archived client can be restored.',
};

export function checkTransition(action: LifecycleAction, from: ClientStatus): { ok: true } | { ok: false; reason: string } {
  return ALLOWED_FROM[action].includes(from) ? { ok: true } : { ok: false, reason: REFUSALS[action] };
}

/** Where a restored client goes back to: where they were, or `invited` if they never joined. */
export function restoredStatus(before: ClientStatus | null, hasAccount: boolean): ClientStatus {
  if (!hasAccount) return 'invited';
  if (before === 'paused' || before === 'active') return before;
  return 'active';
}

export const INVITATION_TTL_DAYS = 14;

export type InvitationState = 'pending' | 'expired' | 'revoked' | 'accepted';

export function invitationState(
  invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date,
): InvitationState {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.revokedAt) return 'revoked';
  if (invitation.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'pending';
}
