import { useQuery } from '@tanstack/react-query';
import { Navigate } from 'react-router';
import type { Role } from '../../../shared/auth';
import { sessionQuery } from '../auth/queries';

/** Trainer and client keep their notification settings in different places. */
export const preferencesPathFor = (role: Role) => (role === 'trainer' ? '/settings/notifications' : '/profile/notifications');

/** /notifications (the link in notification emails): sends each person to their own notification settings. */
export function NotificationsRedirect() {
  const { data: viewer } = useQuery(sessionQuery());
  const user = viewer?.user;
  if (!user) return <Navigate to={`/sign-in?next=${encodeURIComponent('/notifications')}`} replace />;
  return <Navigate to={preferencesPathFor(user.role)} replace />;
}
