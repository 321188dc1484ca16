import { useQueryClient } from '@tanstack/react-query';
import { SubjectCommentForm } from '../messages/subject-comment-form';
import { sendWorkoutComment } from './queries';

/** "Comment on this workout": a message about the session. */
export function WorkoutCommentForm({ clientId, sessionId, firstName }: { clientId: string; sessionId: string; firstName: string }) {
  const queryClient = useQueryClient();
  return (
    <SubjectCommentForm
      label="Comment on this workout"
      hint={`${firstName} is notified and sees it under this workout and in Messages. Ctrl+Enter sends.`}
      placeholder="e.g. Great depth on the squats. Add 2.5 kg next week."
      rows={4}
      sent={`Sent: ${firstName} will see it under this workout`}
      onSend={(body) => sendWorkoutComment(queryClient, { clientId, sessionId, body })}
    />
  );
}
