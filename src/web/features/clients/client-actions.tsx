import { useQueryClient } from '@tanstack/react-query';
import { Archive, ArchiveRestore, Ban, Pause, Pencil, Play, Send } from 'lucide-react';
import { useState } from 'react';
import { toast } from 'sonner';
import type { Client, InvitationLink } from '../../../shared/clients';
import { errorMessage } from '../../lib/api';
import { Button } from '../../ui/button';
import { ConfirmDialog, Dialog } from '../../ui/dialog';
import { EditClientDialog } from './edit-client-dialog';
import { InvitationLinkBox } from './invitation-link-box';
import { PauseClientDialog } from './pause-client-dialog';
import { clientChanged, clientKeys, clientsApi } from './queries';

type Open = 'edit' | 'pause' | 'archive' | 'resend' | 'revoke' | null;
const iconClass = 'size-4';
const actionClass = 'h-10 lg:h-9';

export function ClientActions({ client }: { client: Client }) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<Open>(null);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState<'resume' | 'restore' | null>(null);
  const [newLink, setNewLink] = useState<InvitationLink | null>(null);
  const first = client.name.split(' ')[0] ?? client.name;

  const show = (which: Open) => {
    setError(undefined);
    setOpen(which);
  };
  const openChange = (which: Exclude<Open, null>) => (next: boolean) => (next ? show(which) : setOpen(null));

  /** Runs a change; on failure keeps the confirm dialog open with the reason. */
  const run = async (action: () => Promise<Client>, success: string) => {
    try {
      clientChanged(queryClient, await action());
      toast.success(success);
    } catch (caught) {
      setError(errorMessage(caught));
      throw caught;
    }
  };

  const quick = async (which: 'resume' | 'restore') => {
    setBusy(which);
    try {
      const updated = which === 'resume' ? await clientsApi.resume(client.id) : await clientsApi.restore(client.id);
      clientChanged(queryClient, updated);
      toast.success(which === 'resume' ? `${first} is back in training` : `${first} is restored`);
    } catch (caught) {
      toast.error(errorMessage(caught));
    } finally {
      setBusy(null);
    }
  };

  const resend = async () => {
    try {
      setNewLink(await clientsApi.resendInvitation(client.id));
      void queryClient.invalidateQueries({ queryKey: clientKeys.detail(client.id) });
    } catch (caught) {
      setError(errorMessage(caught));
      throw caught;
    }
  };

  const invitationState = client.invitation?.state;
  const archived = client.status === 'archived';

  return (
    <div className="flex flex-wrap gap-2">
      {!archived && (
        <Button
          variant="secondary"
          className={actionClass}
          onClick={() => show('edit')}
          icon={<Pencil aria-hidden className={iconClass} />}
        >
          Edit
        </Button>
      )}
      {client.status === 'active' && (
        <Button
          variant="secondary"
          className={actionClass}
          onClick={() => show('pause')}
          icon={<Pause aria-hidden className={iconClass} />}
        >
          Pause
        </Button>
      )}
      {client.status === 'paused' && (
        <Button
          variant="secondary"
          className={actionClass}
          pending={busy === 'resume'}
          onClick={() => void quick('resume')}
          icon={<Play aria-hidden className={iconClass} />}
        >
          Resume
        </Button>
      )}
      {client.status === 'invited' && (
        <Button
          variant="secondary"
          className={actionClass}
          onClick={() => show('resend')}
          icon={<Send aria-hidden className={iconClass} />}
        >
          Resend invitation
        </Button>
      )}
      {client.status === 'invited' && invitationState === 'pending' && (
        <Button variant="secondary" className={actionClass} onClick={() => show('revoke')} icon={<Ban aria-hidden className={iconClass} />}>
          Revoke invitation
        </Button>
      )}
      {archived ? (
        <Button
          variant="secondary"
          className={actionClass}
          pending={busy === 'restore'}
          onClick={() => void quick('restore')}
          icon={<ArchiveRestore aria-hidden className={iconClass} />}
        >
          Restore
        </Button>
      ) : (
        <Button
          variant="secondary"
          className={actionClass}
          onClick={() => show('archive')}
          icon={<Archive aria-hidden className={iconClass} />}
        >
          Archive
        </Button>
      )}

      <EditClientDialog client={client} open={open === 'edit'} onOpenChange={openChange('edit')} />
      <PauseClientDialog client={client} open={open === 'pause'} onOpenChange={openChange('pause')} />
      <ConfirmDialog
        open={open === 'archive'}
        onOpenChange={openChange('archive')}
        title={`Archive ${client.name}?`}
        description={
          <>
            <p>{first} will be signed out and can't sign in while archived. Their workouts, check-ins and messages are all kept.</p>
            <p className="mt-2">You can restore them any time.</p>
          </>
        }
        confirmLabel="Archive"
        tone="danger"
        error={error}
        onConfirm={() => run(() => clientsApi.archive(client.id), `${first} is archived`)}
      />
      <ConfirmDialog
        open={open === 'resend'}
        onOpenChange={openChange('resend')}
        title={`Send ${first} a new invitation?`}
        description="We'll make a fresh link and email it. The old link stops working."
        confirmLabel="Send new link"
        error={error}
        onConfirm={resend}
      />
      <ConfirmDialog
        open={open === 'revoke'}
        onOpenChange={openChange('revoke')}
        title="Revoke the invitation?"
        description={`The link stops working, so ${first} can't join with it. You can send a new one any time.`}
        confirmLabel="Revoke invitation"
        tone="danger"
        error={error}
        onConfirm={() => run(() => clientsApi.revokeInvitation(client.id), 'Invitation revoked')}
      />
      <Dialog
        open={newLink !== null}
        onOpenChange={(next) => !next && setNewLink(null)}
        title="New invitation link"
        description={`The old link no longer works.`}
      >
        {newLink && <InvitationLinkBox link={newLink} name={client.name} email={client.email} />}
        <Button className="mt-6 w-full sm:w-auto sm:self-end" onClick={() => setNewLink(null)}>
          Done
        </Button>
      </Dialog>
    </div>
  );
}
