import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Check, MessageCircle, Scale } from 'lucide-react';
import { toast } from 'sonner';
import type { AiMessage } from '../../../shared/ai';
import { errorMessage } from '../../lib/api';
import { Button } from '../../ui/button';
import { myClientQuery } from '../clients/queries';
import { clientToday } from '../goals/goal-format';
import { messageKeys } from '../messages/queries';
import { measurementsApi, metricKeys } from '../metrics/queries';
import { assistantApi, assistantKeys } from './queries';

type Action = AiMessage['actions'][number];

/** "Ask my coach instead": the question and this answer go to the coach as a message. */
export function HandOffButton({
  message,
  coach,
  label,
  variant = 'link',
}: {
  message: AiMessage;
  coach: string;
  label: string;
  /** A quiet link-like button under an answer, or a real button inside a proposal. */
  variant?: 'link' | 'button';
}) {
  const queryClient = useQueryClient();
  const send = useMutation({
    mutationFn: () => assistantApi.handOff(message.id),
    onSuccess: () => {
      toast.success(`Sent to ${coach}`);
      void queryClient.invalidateQueries({ queryKey: assistantKeys.mine });
      void queryClient.invalidateQueries({ queryKey: messageKeys.all });
    },
    onError: (error) => toast.error(errorMessage(error)),
  });
  if (message.handedOff || send.isSuccess)
    return (
      <p className="inline-flex min-h-11 items-center gap-1.5 text-sm text-muted">
        <Check aria-hidden className="size-4 text-success" /> Sent to {coach}
      </p>
    );
  const icon = <MessageCircle aria-hidden className="size-4" />;
  if (variant === 'button')
    return (
      <Button variant="secondary" pending={send.isPending} icon={icon} onClick={() => send.mutate()} className="self-start">
        {label}
      </Button>
    );
  return (
    <button
      type="button"
      disabled={send.isPending}
      aria-busy={send.isPending || undefined}
      onClick={() => send.mutate()}
      className="-ml-2 inline-flex min-h-11 items-center gap-1.5 rounded-md px-2 text-sm font-medium text-accent-text hover:bg-surface-muted disabled:opacity-60"
    >
      {icon}
      {send.isPending ? 'Sending…' : label}
    </button>
  );
}

/** A weight the client mentioned: saved only when they confirm, on their own calendar day. */
function LogWeightButton({ value, unit }: { value: number; unit: 'kg' | 'lb' }) {
  const queryClient = useQueryClient();
  const me = useQuery(myClientQuery());
  const clientId = me.data?.id ?? '';
  const amount = `${new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 }).format(value)} ${unit}`;
  const save = useMutation({
    mutationFn: () =>
      measurementsApi.save(clientId, { date: clientToday(me.data?.onboarding?.timeZone), entries: [{ metric: 'weight', value, unit }] }),
    onSuccess: () => {
      toast.success(`Logged ${amount}`);
      void queryClient.invalidateQueries({ queryKey: metricKeys.client(clientId) });
    },
    onError: (error) => toast.error(errorMessage(error)),
  });
  if (save.isSuccess)
    return (
      <p className="inline-flex min-h-11 items-center gap-1.5 text-sm font-medium text-success">
        <Check aria-hidden className="size-4" /> Logged {amount}
      </p>
    );
  return (
    <Button
      variant="secondary"
      pending={save.isPending}
      disabled={!clientId}
      icon={<Scale aria-hidden className="size-4" />}
      onClick={() => save.mutate()}
      className="self-start"
    >
      Log {amount}
    </Button>
  );
}

/** What the answer proposes: the client confirms (a weight) or takes it to the coach (a swap); the trainer just reads. */
export function ProposedAction({
  action,
  message,
  coach,
  readOnly,
  trainer,
}: {
  action: Action;
  message: AiMessage;
  coach: string;
  readOnly: boolean;
  trainer: boolean;
}) {
  if (action.type === 'log_weight') {
    if (readOnly && !trainer) return null;
    if (readOnly) return <p className="text-xs text-muted">Offered to log {`${action.value} ${action.unit}`} (the client confirms it)</p>;
    return <LogWeightButton value={action.value} unit={action.unit} />;
  }
  return (
    <div className="flex flex-col gap-2 rounded-lg border border-line bg-surface p-3">
      <p className="text-sm text-text">
        Instead of <span className="font-medium">{action.exercise}</span>
        {trainer ? ', it suggested:' : ', you could try:'}
      </p>
      <ul className="flex flex-wrap gap-1.5">
        {action.alternatives.map((alternative) => (
          <li key={alternative} className="rounded-full bg-surface-muted px-2.5 py-1 text-sm text-text">
            {alternative}
          </li>
        ))}
      </ul>
      {trainer ? (
        <p className="text-xs text-muted">A proposal only: nothing in the program changed.</p>
      ) : readOnly ? null : (
        <>
          <p className="text-xs text-muted">Only {coach} can change your program.</p>
          <HandOffButton message={message} coach={coach} label="Ask my coach" variant="button" />
        </>
      )}
    </div>
  );
}
