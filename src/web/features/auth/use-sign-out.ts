import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { toast } from 'sonner';
import { isApiError } from '../../lib/api';
import { authApi, authKeys } from './queries';

export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const finish = () => {
    queryClient.setQueryData(authKeys.session, { user: null });
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
    void navigate('/sign-in', { replace: true });
  };
  return useMutation({
    mutationFn: authApi.signOut,
    onSuccess: finish,
    onError: (error) => {
      // Already signed out on the server: same result for the person.
      if (isApiError(error) && error.status === 401) finish();
      else toast.error("We couldn't sign you out. Check your connection and try again.");
    },
  });
}
