import { MessageCircle } from 'lucide-react';
import { EmptyState } from '../../ui/states';

export function MessagesPage() {
  return (
    <div className="flex flex-col gap-5">
      <title>Messages · OneCoach</title>
      <h1 className="text-2xl font-semibold text-text">Messages</h1>
      <EmptyState icon={<MessageCircle />} title="Your conversation with your coach">
        Questions, check-in replies and notes about your workouts will all land here, in one thread with your coach.
      </EmptyState>
    </div>
  );
}
