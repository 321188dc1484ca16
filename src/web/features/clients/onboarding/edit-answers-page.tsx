import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ChevronLeft } from 'lucide-react';
import { Link, useNavigate } from 'react-router';
import { toast } from 'sonner';
import { LoadingRegion, Skeleton } from '../../../ui/skeleton';
import { ErrorState } from '../../../ui/states';
import { clientKeys, clientsApi, myClientQuery } from '../queries';
import { answersFrom, blankAnswers } from './onboarding-defaults';
import { OnboardingForm } from './onboarding-form';
import type { OnboardingOutput } from './onboarding-types';

export function EditAnswersPage() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const me = useQuery(myClientQuery());

  const save = async (values: OnboardingOutput) => {
    const client = await clientsApi.saveOnboarding(values);
    queryClient.setQueryData(clientKeys.me, client);
    toast.success('Answers saved. Your coach sees the update.');
    await navigate('/profile');
  };

  return (
    <div className="flex flex-col gap-4">
      <Link to="/profile" className="inline-flex min-h-11 items-center gap-1 self-start text-sm text-muted hover:text-text">
        <ChevronLeft aria-hidden className="size-4" /> Profile
      </Link>
      <h1 className="text-xl font-semibold text-text">Your answers</h1>
      {me.isPending ? (
        <LoadingRegion className="flex flex-col gap-3">
          <Skeleton className="h-2 w-full" />
          <Skeleton className="h-7 w-2/3" />
          {Array.from({ length: 5 }, (_, index) => (
            <Skeleton key={index} className="h-14 w-full rounded-lg" />
          ))}
        </LoadingRegion>
      ) : me.isError ? (
        <ErrorState error={me.error} onRetry={() => void me.refetch()} retrying={me.isFetching} />
      ) : (
        <OnboardingForm
          defaultValues={me.data.onboarding ? answersFrom(me.data.onboarding) : blankAnswers()}
          submitLabel="Save answers"
          onSave={save}
          mode="edit"
        />
      )}
    </div>
  );
}
