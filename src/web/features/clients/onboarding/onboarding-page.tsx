import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { toast } from 'sonner';
import type { Viewer } from '../../../../shared/auth';
import { Button } from '../../../ui/button';
import { Logo } from '../../../ui/logo';
import { authKeys, sessionQuery } from '../../auth/queries';
import { useSignOut } from '../../auth/use-sign-out';
import { clientKeys, clientsApi } from '../queries';
import { blankAnswers } from './onboarding-defaults';
import { OnboardingForm } from './onboarding-form';
import type { OnboardingOutput } from './onboarding-types';

export function OnboardingPage() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const { data: viewer } = useQuery(sessionQuery());
  const first = viewer?.user?.name.split(' ')[0] ?? 'there';

  const save = async (values: OnboardingOutput) => {
    const client = await clientsApi.saveOnboarding(values);
    queryClient.setQueryData(clientKeys.me, client);
    queryClient.setQueryData<Viewer>(authKeys.session, (old) => (old?.user ? { ...old, user: { ...old.user, onboarded: true } } : old));
    toast.success("You're all set. Your coach has your answers.");
    await navigate('/today', { replace: true });
  };

  return (
    <div className="flex min-h-dvh flex-col bg-bg">
      <title>Welcome · OneCoach</title>
      <header className="mx-auto flex w-full max-w-xl items-center justify-between px-4 pt-4">
        <Logo />
        <Button variant="ghost" size="md" pending={signOut.isPending} onClick={() => signOut.mutate()}>
          Sign out
        </Button>
      </header>
      <main className="mx-auto flex w-full max-w-xl flex-1 flex-col px-4 pt-4">
        <h1 className="mb-3 text-lg font-semibold text-text">Welcome, {first}</h1>
        <OnboardingForm defaultValues={blankAnswers()} submitLabel="Finish" onSave={save} />
      </main>
    </div>
  );
}
