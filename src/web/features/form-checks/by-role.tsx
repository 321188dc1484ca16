import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { RequireClient } from '../../app/guards';
import { sessionQuery } from '../auth/queries';

/**
 * One address for both sides (notifications link to /form-checks/:id for the trainer and the
 * client): the trainer's shell for the trainer, the client's for an onboarded client; anyone else
 * goes where the client guard sends them (sign in, or onboarding first).
 */
export function ByRole({ trainer, client }: { trainer: ReactNode; client: ReactNode }) {
  const { data } = useQuery(sessionQuery());
  const user = data?.user;
  if (user?.role === 'trainer') return trainer;
  if (user?.role === 'client' && user.onboarded) return client;
  return <RequireClient stage="onboarded" />;
}
