import { Badge } from '../../ui/badge';

const STATUS = {
  stored: { label: 'Kept here', tone: 'neutral' },
  sent: { label: 'Sent', tone: 'success' },
  failed: { label: 'Failed', tone: 'danger' },
} as const;

export function EmailStatus({ status }: { status: keyof typeof STATUS }) {
  return <Badge tone={STATUS[status].tone}>{STATUS[status].label}</Badge>;
}
