import { describe, expect, it } from 'vitest';
import { checkTransition, invitationState, restoredStatus } from './client-rules';

describe('client lifecycle', () => {
  it('pauses only active clients and resumes only paused ones', () => {
    expect(checkTransition('pause', 'active')).toEqual({ ok: true });
    expect(checkTransition('pause', 'invited').ok).toBe(false);
    expect(checkTransition('pause', 'paused').ok).toBe(false);
    expect(checkTransition('resume', 'paused')).toEqual({ ok: true });
    expect(checkTransition('resume', 'active').ok).toBe(false);
  });

  it('archives from any live state and restores only the archived', () => {
    for (const status of ['invited', 'active', 'paused'] as const) expect(checkTransition('archive', status).ok).toBe(true);
    expect(checkTransition('archive', 'archived')).toEqual({ ok: false, reason: 'This client is already archived.' });
    expect(checkTransition('restore', 'archived').ok).toBe(true);
    expect(checkTransition('restore', 'active').ok).toBe(false);
  });

  it('restores to where the client was, or to invited if they never joined', () => {
    expect(restoredStatus('paused', true)).toBe('paused');
    expect(restoredStatus('active', true)).toBe('active');
    expect(restoredStatus(null, true)).toBe('active');
    expect(restoredStatus('active', false)).toBe('invited');
  });
});

describe('invitation state', () => {
  const now = new Date('2026-11-25T12:00:00Z');
  const base = { acceptedAt: null, revokedAt: null, expiresAt: new Date('2026-12-09T12:00:00Z') };
  it('is pending until it expires, exactly at its expiry', () => {
    expect(invitationState(base, now)).toBe('pending');
    expect(invitationState(base, new Date('2026-12-09T11:59:59Z'))).toBe('pending');
    expect(invitationState(base, new Date('2026-12-09T12:00:00Z'))).toBe('expired');
  });
  it('prefers accepted over revoked over expired', () => {
    const later = new Date('2027-01-01T00:00:00Z');
    expect(invitationState({ ...base, acceptedAt: now, revokedAt: now }, later)).toBe('accepted');
    expect(invitationState({ ...base, revokedAt: now }, later)).toBe('revoked');
  });
});
