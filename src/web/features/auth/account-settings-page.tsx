import { useQuery } from '@tanstack/react-query';
import { LogOut } from 'lucide-react';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { ChangePasswordForm } from './change-password-form';
import { sessionQuery } from './queries';
import { useSignOut } from './use-sign-out';

export function AccountSettingsPage() {
  const { data: viewer } = useQuery(sessionQuery());
  const signOut = useSignOut();
  const user = viewer?.user;
  return (
    <div className="grid max-w-2xl gap-4">
      <Card title="Account">
        <dl className="grid grid-cols-[5rem_1fr] gap-y-2 text-sm">
          <dt className="text-muted">Name</dt>
          <dd className="text-text">{user?.name}</dd>
          <dt className="text-muted">Email</dt>
          <dd className="break-all text-text">{user?.email}</dd>
        </dl>
      </Card>
      <Card title="Change password" description="You'll get an email confirming the change.">
        <ChangePasswordForm />
      </Card>
      <Card title="Sign out" description="Signs you out on this device.">
        <Button
          variant="secondary"
          pending={signOut.isPending}
          onClick={() => signOut.mutate()}
          icon={<LogOut aria-hidden className="size-4" />}
        >
          Sign out
        </Button>
      </Card>
    </div>
  );
}
