import { queryOptions } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type {
  ChangePasswordInput,
  ForgotPasswordInput,
  ResetPasswordInput,
  SetupInput,
  SignInInput,
  Viewer,
  ViewerUser,
} from '../../../shared/auth';
import type { AcceptInvitationInput, InvitationView } from '../../../shared/clients';
import { api } from '../../lib/api';

type SetupStatus = { needsSetup: boolean; tokenRequired: boolean };
type Ok = { ok: true };

export const authKeys = {
  setup: ['auth', 'setup'] as const,
  session: ['auth', 'session'] as const,
  invitation: (token: string) => ['auth', 'invitation', token] as const,
};

export const setupStatusQuery = () =>
  queryOptions({
    queryKey: authKeys.setup,
    queryFn: ({ signal }) => api<SetupStatus>('/api/setup', { signal }),
    staleTime: Infinity,
  });

export const sessionQuery = () =>
  queryOptions({
    queryKey: authKeys.session,
    queryFn: ({ signal }) => api<Viewer>('/api/auth/session', { signal }),
    staleTime: 5 * 60_000,
  });

export const invitationQuery = (token: string) =>
  queryOptions({
    queryKey: authKeys.invitation(token),
    queryFn: ({ signal }) => api<InvitationView>(`/api/invitations/${encodeURIComponent(token)}`, { signal }),
    retry: false,
  });

export const authApi = {
  setup: (input: SetupInput) => api<Viewer>('/api/setup', { method: 'POST', body: input }),
  signIn: (input: SignInInput) => api<Viewer>('/api/auth/sign-in', { method: 'POST', body: input }),
  signOut: () => api<Ok>('/api/auth/sign-out', { method: 'POST' }),
  forgotPassword: (input: ForgotPasswordInput) => api<Ok>('/api/auth/password/forgot', { method: 'POST', body: input }),
  resetPassword: (input: ResetPasswordInput) => api<Ok>('/api/auth/password/reset', { method: 'POST', body: input }),
  changePassword: (input: ChangePasswordInput) => api<Ok>('/api/auth/password/change', { method: 'POST', body: input }),
  acceptInvitation: (token: string, input: AcceptInvitationInput) =>
    api<Viewer>(`/api/invitations/${encodeURIComponent(token)}/accept`, { method: 'POST', body: input }),
};

/** Where a signed-in person lands when no page was asked for. */
export function homePath(user: ViewerUser): string {
  if (user.role === 'trainer') return '/clients';
  return user.onboarded ? '/today' : '/onboarding';
}

/** Only same-site paths, so a crafted ?next= can't send anyone elsewhere. */
export function safeNext(next: string | null): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  return next;
}

/** After any sign-in: start from a clean cache, then remember who this is. */
export function startSession(queryClient: QueryClient, viewer: Viewer): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
  queryClient.setQueryData(authKeys.session, viewer);
  queryClient.setQueryData<SetupStatus>(authKeys.setup, (old) => (old ? { ...old, needsSetup: false } : old));
}
