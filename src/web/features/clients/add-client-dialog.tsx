import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { CreateClientSchema } from '../../../shared/clients';
import type { Client, InvitationLink } from '../../../shared/clients';
import { applyServerErrors } from '../../lib/form-errors';
import { Button, buttonClass } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { FormError } from '../../ui/notice';
import { CLIENT_FIELDS, ClientFields } from './client-fields';
import type { ClientFormInput, ClientFormOutput } from './client-fields';
import { InvitationLinkBox } from './invitation-link-box';
import { clientChanged, clientsApi } from './queries';

const EMPTY: ClientFormInput = { name: '', email: '', tags: [], note: '' };

type Created = { client: Client; invitation: InvitationLink };

export function AddClientDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<Created | null>(null);
  const form = useForm<ClientFormInput, unknown, ClientFormOutput>({ resolver: zodResolver(CreateClientSchema), defaultValues: EMPTY });
  const { handleSubmit, setError, formState, reset } = form;

  const onSubmit = handleSubmit(async (values) => {
    try {
      const result = await clientsApi.create(values);
      clientChanged(queryClient, result.client);
      setCreated(result);
      reset(EMPTY);
    } catch (error) {
      applyServerErrors(error, setError, CLIENT_FIELDS);
    }
  });

  const change = (next: boolean) => {
    onOpenChange(next);
    if (!next) setCreated(null);
  };

  if (created) {
    const { client, invitation } = created;
    return (
      <Dialog
        open={open}
        onOpenChange={change}
        title={`${client.name} is invited`}
        description="Send them this link to create their account."
      >
        <InvitationLinkBox link={invitation} name={client.name} email={client.email} />
        <div className="mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="ghost" onClick={() => setCreated(null)}>
            Add another
          </Button>
          <Link to={`/clients/${client.id}`} onClick={() => change(false)} className={buttonClass('secondary')}>
            Open {client.name.split(' ')[0]}'s page
          </Link>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog
      open={open}
      onOpenChange={change}
      title="Add client"
      description="They'll get an invitation link to set a password and answer a few questions."
    >
      <form onSubmit={(event) => void onSubmit(event)} noValidate className="flex flex-col gap-5">
        <ClientFields form={form} />
        <FormError message={formState.errors.root?.server?.message} />
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="secondary" onClick={() => change(false)}>
            Cancel
          </Button>
          <Button type="submit" pending={formState.isSubmitting}>
            Add client
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
