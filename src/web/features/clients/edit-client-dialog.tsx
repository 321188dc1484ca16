import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { CreateClientSchema } from '../../../shared/clients';
import type { Client } from '../../../shared/clients';
import { applyServerErrors } from '../../lib/form-errors';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { FormError } from '../../ui/notice';
import { CLIENT_FIELDS, ClientFields } from './client-fields';
import type { ClientFormInput, ClientFormOutput } from './client-fields';
import { clientChanged, clientsApi } from './queries';

type EditProps = { client: Client; open: boolean; onOpenChange: (open: boolean) => void };

export function EditClientDialog({ client, open, onOpenChange }: EditProps) {
  const queryClient = useQueryClient();
  const form = useForm<ClientFormInput, unknown, ClientFormOutput>({
    resolver: zodResolver(CreateClientSchema),
    values: { name: client.name, email: client.email, tags: client.tags, note: client.note },
    resetOptions: { keepDirtyValues: true },
  });
  const { handleSubmit, setError, formState } = form;

  const onSubmit = handleSubmit(async (values) => {
    try {
      const updated = await clientsApi.update(client.id, values);
      clientChanged(queryClient, updated);
      toast.success('Saved');
      onOpenChange(false);
    } catch (error) {
      applyServerErrors(error, setError, CLIENT_FIELDS);
    }
  });

  const emailHint = client.status === 'invited' ? undefined : `${client.name.split(' ')[0]} signs in with this email.`;
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={`Edit ${client.name}`}>
      <form onSubmit={(event) => void onSubmit(event)} noValidate className="flex flex-col gap-5">
        <ClientFields form={form} emailHint={emailHint} />
        <FormError message={formState.errors.root?.server?.message} />
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="secondary" onClick={() => onOpenChange(false)}>
            Cancel
          </Button>
          <Button type="submit" pending={formState.isSubmitting}>
            Save changes
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
