import type { ClientStatus } from '../../../shared/clients';
import { Badge } from '../../ui/badge';
import { STATUS_LABELS } from './labels';

export function StatusBadge({ status }: { status: ClientStatus }) {
  const { label, tone } = STATUS_LABELS[status];
  return <Badge tone={tone}>{label}</Badge>;
}
