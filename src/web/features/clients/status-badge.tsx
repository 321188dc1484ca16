import type { Client, ClientStatus } from '../../../shared/clients';
import { Badge } from '../../ui/badge';
import { STATUS_LABELS } from './labels';

export function StatusBadge({ status }: { status: ClientStatus }) {
  const { label, tone } = STATUS_LABELS[status];
  return <Badge tone={tone}>{label}</Badge>;
}

/** In lists: an invitation that can no longer be used needs the trainer's attention, so it says so. */
export function ClientStatusBadge({ client }: { client: Pick<Client, 'status' | 'invitation'> }) {
  const state = client.invitation?.state;
  if (client.status === 'invited' && (state === 'expired' || state === 'revoked')) {
    return <Badge tone="warning">{state === 'expired' ? 'Invite expired' : 'Invite revoked'}</Badge>;
  }
  return <StatusBadge status={client.status} />;
}
