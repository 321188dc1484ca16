import { CreditCard, LineChart, MessageCircle, ClipboardCheck, Salad } from 'lucide-react';
import type { ReactNode } from 'react';
import { EmptyState } from '../../ui/states';

export type PlaceholderTab = 'progress' | 'check-ins' | 'messages' | 'nutrition' | 'billing';

const CONTENT: Record<PlaceholderTab, { icon: ReactNode; title: (first: string) => string; body: (first: string) => string }> = {
  progress: {
    icon: <LineChart />,
    title: () => 'No progress logged yet',
    body: (first) => `Body weight, measurements, photos and strength trends appear here as ${first} logs them.`,
  },
  'check-ins': {
    icon: <ClipboardCheck />,
    title: () => 'No check-ins yet',
    body: (first) => `When ${first} sends a weekly check-in, you'll read and answer it here, with their trends beside it.`,
  },
  messages: {
    icon: <MessageCircle />,
    title: () => 'No messages yet',
    body: (first) => `Your conversation with ${first} will live here, next to everything else about them.`,
  },
  nutrition: {
    icon: <Salad />,
    title: () => 'No nutrition targets yet',
    body: (first) => `Calorie and macro targets, and ${first}'s food log against them, will show here.`,
  },
  billing: {
    icon: <CreditCard />,
    title: () => 'No plan or payments yet',
    body: (first) => `${first}'s coaching plan, subscription and payment history will show here.`,
  },
};

/** Areas that arrive in later releases: say what will be here, calmly. */
export function ClientTabPlaceholder({ tab, firstName }: { tab: PlaceholderTab; firstName: string }) {
  const content = CONTENT[tab];
  return (
    <EmptyState icon={content.icon} title={content.title(firstName)}>
      {content.body(firstName)}
    </EmptyState>
  );
}
