import type { Client, EQUIPMENT, EXPERIENCE_LEVELS, GOALS } from '../../../shared/clients';
import { invitationState } from './client-rules';
import type { ClientRow, InvitationRow } from './clients.repo';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** Database row → the Client the API returns. */
export function toClient(
  row: ClientRow,
  invitation: InvitationRow | undefined,
  now: Date,
  compliance: Client['compliance'] = { d7: null, d30: null, d90: null },
): Client {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    status: row.status,
    tags: row.tags,
    note: row.note,
    pause:
      row.status === 'paused' && row.pauseReason && row.pausedAt
        ? { reason: row.pauseReason, note: row.pauseNote ?? '', until: row.pauseUntil, since: row.pausedAt.toISOString() }
        : null,
    joinedAt: row.createdAt.toISOString(),
    lastActiveAt: iso(row.lastActiveAt),
    compliance,
    archivedAt: iso(row.archivedAt),
    canMoveWorkouts: row.canMoveWorkouts,
    aiOptedOut: row.aiOptOutAt !== null,
    invitation: invitation
      ? {
          state: invitationState(invitation, now),
          expiresAt: invitation.expiresAt.toISOString(),
          sentAt: invitation.createdAt.toISOString(),
        }
      : null,
    onboarding: row.onboardedAt
      ? {
          goals: (row.goals ?? []) as (typeof GOALS)[number][],
          goalNote: row.goalNote ?? '',
          experience: (row.experience ?? 'new') as (typeof EXPERIENCE_LEVELS)[number],
          injuries: row.injuries ?? '',
          equipment: (row.equipment ?? []) as (typeof EQUIPMENT)[number][],
          daysPerWeek: row.daysPerWeek ?? 0,
          units: row.units,
          timeZone: row.timeZone,
          dateOfBirth: row.dateOfBirth ?? '',
          heightCm: row.heightCm ?? 0,
          health: row.health ?? {},
          healthNote: row.healthNote ?? '',
          waiverVersion: row.waiverVersion ?? '',
          completedAt: row.onboardedAt.toISOString(),
        }
      : null,
  };
}
