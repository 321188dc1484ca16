import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { toast } from 'sonner';
import type { AiConsentState } from '../../../shared/ai';
import { errorMessage } from '../../lib/api';
import { formatDate } from '../../lib/dates';
import { Button } from '../../ui/button';
import { Skeleton } from '../../ui/skeleton';
import { SwitchField } from '../../ui/switch';
import { consentApi, consentChanged, consentKeys, myAiConsentQuery } from './queries';

/**
 * The client's AI choice: a switch bound to /api/me/ai-consent (optimistic, put back if the save
 * fails). With no AI provider configured there is nothing to choose, and it says so instead.
 */
export function AiChoice({ hint }: { hint?: ReactNode }) {
  const queryClient = useQueryClient();
  const consent = useQuery(myAiConsentQuery());
  const change = useMutation({
    mutationFn: (optOut: boolean) => consentApi.set(optOut),
    onMutate: async (optOut) => {
      await queryClient.cancelQueries({ queryKey: consentKeys.mine });
      const before = queryClient.getQueryData<AiConsentState>(consentKeys.mine);
      if (before) queryClient.setQueryData<AiConsentState>(consentKeys.mine, { ...before, optedOut: optOut });
      return { before };
    },
    onSuccess: (state) => {
      consentChanged(queryClient, state);
      toast.success(state.optedOut ? 'AI assistant off: nothing about you is sent to the AI provider' : 'AI assistant on');
    },
    onError: (error, _optOut, context) => {
      if (context?.before) queryClient.setQueryData(consentKeys.mine, context.before);
      toast.error(errorMessage(error));
    },
  });

  if (consent.isPending) return <Skeleton className="h-12 w-full" />;
  if (consent.isError)
    return (
      <div role="alert" className="flex flex-wrap items-center justify-between gap-3 text-sm">
        <p className="text-muted">Your AI choice didn't load. {errorMessage(consent.error)}</p>
        <Button variant="secondary" size="sm" pending={consent.isFetching} onClick={() => void consent.refetch()}>
          Try again
        </Button>
      </div>
    );
  const state = consent.data;
  if (!state.aiEnabled)
    return (
      <p className="text-sm text-muted">
        AI is off: your coach hasn't set up an AI provider, so nothing about you is sent to one.
        {state.optedOut && ' You also chose to keep the AI assistant off, and that stays if your coach switches AI on.'}
      </p>
    );
  return (
    <div className="flex flex-col gap-2">
      <SwitchField
        label="Use the AI assistant"
        hint={hint ?? 'Sends the data listed on the privacy page to the AI provider.'}
        checked={!state.optedOut}
        onCheckedChange={(on) => change.mutate(!on)}
        disabled={change.isPending}
      />
      {state.optedOut && (
        <p className="text-sm text-muted">
          Off{state.optedOutAt ? ` since ${formatDate(state.optedOutAt)}` : ''}: nothing about you is sent to the AI provider. Your coach
          still reads what you send them, and health red flags still reach them.
        </p>
      )}
    </div>
  );
}
