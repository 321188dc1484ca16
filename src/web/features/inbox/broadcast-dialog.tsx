import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Megaphone } from 'lucide-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { z } from 'zod';
import { BroadcastSchema, MESSAGE_MAX } from '../../../shared/messages';
import { applyServerErrors } from '../../lib/form-errors';
import { Button } from '../../ui/button';
import type { ButtonSize, ButtonVariant } from '../../ui/button';
import { cn } from '../../ui/cn';
import { Dialog } from '../../ui/dialog';
import { SelectField, TextareaField } from '../../ui/field';
import { FormError, Notice } from '../../ui/notice';
import { clientsListQuery, clientTagsQuery } from '../clients/queries';
import { broadcastMessage, messageKeys } from '../messages/queries';

/** The shared body rule; the audience is a select where '' means every active client. */
const BroadcastFormSchema = z.object({ body: BroadcastSchema.shape.body, tag: z.string() });
type BroadcastForm = z.input<typeof BroadcastFormSchema>;

/** Show the count only once it starts to matter, as the composer does. */
const COUNT_FROM = MESSAGE_MAX - 500;

const clients = (n: number) => (n === 1 ? '1 client' : `${n} clients`);

function Recipients({ tag, total }: { tag: string; total: number | undefined }) {
  return (
    <p className="text-sm text-text" aria-live="polite">
      {total === undefined
        ? 'Counting who gets it…'
        : total === 0
          ? tag
            ? `No active client is tagged “${tag}” yet, so nobody would get it.`
            : 'You have no active clients yet, so nobody would get it.'
          : `Goes to ${total === 1 ? '1 active client' : `${total} active clients`}${tag ? ` tagged “${tag}”` : ''}.`}
    </p>
  );
}

function BroadcastFormBody({ defaultTag, onDone }: { defaultTag: string; onDone: () => void }) {
  const queryClient = useQueryClient();
  const tags = useQuery(clientTagsQuery());
  const tagOptions = tags.data ?? [];
  const { register, handleSubmit, setError, formState, watch } = useForm<BroadcastForm>({
    resolver: zodResolver(BroadcastFormSchema),
    defaultValues: { body: '', tag: defaultTag },
  });
  const { errors } = formState;
  const tag = watch('tag');
  const length = watch('body').length;
  // Active means joined and neither paused nor archived: exactly who a broadcast reaches.
  const recipients = useQuery(clientsListQuery({ status: 'active', tag: tag || undefined, limit: 1 }));
  const total = recipients.isPlaceholderData ? undefined : recipients.data?.total;

  const onSubmit = handleSubmit(async (values) => {
    try {
      const { sent } = await broadcastMessage({ body: values.body, tag: values.tag || null });
      void queryClient.invalidateQueries({ queryKey: messageKeys.all });
      if (sent === 0) toast.info('Nobody got it: no active client matched.');
      else toast.success(`Sent to ${clients(sent)}`);
      onDone();
    } catch (error) {
      applyServerErrors(error, setError, ['body', 'tag']);
    }
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="flex flex-col gap-4">
      <SelectField label="Send to" error={errors.tag?.message} {...register('tag')}>
        <option value="">All active clients</option>
        {tagOptions.map((option) => (
          <option key={option} value={option}>
            Active clients tagged “{option}”
          </option>
        ))}
        {defaultTag && !tagOptions.includes(defaultTag) && <option value={defaultTag}>Active clients tagged “{defaultTag}”</option>}
      </SelectField>
      <Recipients tag={tag} total={total} />
      <TextareaField
        label="Message"
        rows={6}
        placeholder="e.g. The gym is closed on Monday for the holiday — take a rest day or do the home session."
        error={errors.body?.message}
        hint={
          length >= COUNT_FROM ? (
            <span className={cn('tabular-nums', length > MESSAGE_MAX && 'text-danger')}>
              {length}/{MESSAGE_MAX}
            </span>
          ) : undefined
        }
        {...register('body')}
      />
      <Notice tone="info">
        Each active client gets it in their own conversation; nobody sees who else got it. Paused, archived and not-yet-joined clients don't
        get it.
      </Notice>
      <FormError message={errors.root?.server?.message} />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" pending={formState.isSubmitting} disabled={total === 0}>
          {total ? `Send to ${clients(total)}` : 'Send'}
        </Button>
      </div>
    </form>
  );
}

/** One message to many clients, each in their own conversation. `defaultTag` preselects an audience. */
export function BroadcastDialog({
  open,
  onOpenChange,
  defaultTag = '',
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  defaultTag?: string;
}) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="Message clients" description="Send the same message to many clients at once.">
      <BroadcastFormBody defaultTag={defaultTag} onDone={() => onOpenChange(false)} />
    </Dialog>
  );
}

/** The "Message clients" button with its dialog, for page headers and toolbars. */
export function BroadcastButton({
  defaultTag,
  variant = 'secondary',
  size = 'md',
  className,
}: {
  defaultTag?: string;
  variant?: ButtonVariant;
  size?: ButtonSize;
  className?: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant={variant}
        size={size}
        className={className}
        onClick={() => setOpen(true)}
        icon={<Megaphone aria-hidden className="size-4" />}
      >
        Message clients
      </Button>
      <BroadcastDialog open={open} onOpenChange={setOpen} defaultTag={defaultTag} />
    </>
  );
}
