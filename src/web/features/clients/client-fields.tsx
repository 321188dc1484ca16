import { useQuery } from '@tanstack/react-query';
import { Controller } from 'react-hook-form';
import type { UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import type { CreateClientSchema } from '../../../shared/clients';
import { TextField, TextareaField } from '../../ui/field';
import { TagsInput } from '../../ui/tags-input';
import { clientTagsQuery } from './queries';

export type ClientFormInput = z.input<typeof CreateClientSchema>;
export type ClientFormOutput = z.output<typeof CreateClientSchema>;
export type ClientForm = UseFormReturn<ClientFormInput, unknown, ClientFormOutput>;
export const CLIENT_FIELDS = ['name', 'email', 'tags', 'note'] as const;

/** The tags error is either on the list ("At most 20 tags") or on one tag ("tags.2"): show whichever exists. */
function firstMessage(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  if ('message' in error && typeof error.message === 'string') return error.message;
  if (Array.isArray(error)) return error.map(firstMessage).find(Boolean);
  return undefined;
}

/** Name, email, tags and private note: the same fields when adding and when editing a client. */
export function ClientFields({ form, emailHint }: { form: ClientForm; emailHint?: string }) {
  const { register, control, formState } = form;
  const { errors } = formState;
  const tags = useQuery(clientTagsQuery());
  const tagError = firstMessage(errors.tags);
  return (
    <div className="flex flex-col gap-4">
      <TextField label="Name" autoComplete="off" error={errors.name?.message} {...register('name')} />
      <TextField
        label="Email"
        type="email"
        inputMode="email"
        autoComplete="off"
        hint={emailHint}
        error={errors.email?.message}
        {...register('email')}
      />
      <Controller
        control={control}
        name="tags"
        render={({ field }) => (
          <TagsInput label="Tags" value={field.value ?? []} onChange={field.onChange} suggestions={tags.data ?? []} error={tagError} />
        )}
      />
      <TextareaField label="Private note" optional hint="Only you see this." error={errors.note?.message} {...register('note')} />
    </div>
  );
}
