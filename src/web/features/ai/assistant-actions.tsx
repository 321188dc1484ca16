import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Check, MessageCircle, Scale } from 'lucide-react';
import { toast } from 'sonner';
import type { AiMessage } from '../../../shared/ai';
import { errorMessage } from '../../lib/api';
import { Button } from '../../ui/button';
import { messageKeys } from '../messages/queries';
import { metricKeys } from '../metrics/queries';
import { assistantApi, assistantKeys, rememberMessage } from './queries';

type Action = AiMessage['actions'][number];
type WeightAction = Extract<Action, { type: 'log_weight' }>;

/** "81.6 kg". */
const weightText = (action: WeightAction) =>
  `${new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 }).format(action.value)} ${action.unit}`;

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

function Logged({ amount }: { amount: string }) {
  return (
    <p className="inline-flex min-h-11 items-center gap-1.5 text-sm font-medium text-success">
      <Check aria-hidden className="size-4" /> Logged {amount}
    </p>
  );
}

/** A weight the client mentioned: logged by the server (on their own calendar day) only when they confirm, and only once. */
function LogWeightButton({ message, index, action }: { message: AiMessage; index: number; action: WeightAction }) {
  const queryClient = useQueryClient();
  const amount = weightText(action);
  const confirm = useMutation({
    mutationFn: () => assistantApi.confirm(message.id, index),
    onSuccess: (updated) => {
      rememberMessage(queryClient, updated);
      toast.success(`Logged ${amount}`);
      void queryClient.invalidateQueries({ queryKey: assistantKeys.mine });
      void queryClient.invalidateQueries({ queryKey: metricKeys.all });
    },
    onError: (error) => toast.error(errorMessage(error)),
  });
  if (action.doneAt || confirm.isSuccess) return <Logged amount={amount} />;
  return (
    <Button
      variant="secondary"
      pending={confirm.isPending}
      icon={<Scale aria-hidden className="size-4" />}
      onClick={() => confirm.mutate()}
      className="self-start"
    >
      Log {amount}
    </Button>
  );
}

/** What the answer proposes: the client confirms (a weight) or takes it to the coach (a swap); the trainer just reads. */
export function ProposedAction({
  action,
  index,
  message,
  coach,
  readOnly,
  trainer,
}: {
  action: Action;
  /** Its place in the answer's proposals (what the server confirms). */
  index: number;
  message: AiMessage;
  coach: string;
  readOnly: boolean;
  trainer: boolean;
}) {
  if (action.type === 'log_weight') {
    if (readOnly && !trainer) return action.doneAt ? <Logged amount={weightText(action)} /> : null;
    if (readOnly)
      return (
        <p className="text-xs text-muted">
          {action.doneAt
            ? `Logged ${weightText(action)} when the client confirmed it`
            : `Offered to log ${weightText(action)} (the client confirms it)`}
        </p>
      );
    return <LogWeightButton message={message} index={index} action={action} />;
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
