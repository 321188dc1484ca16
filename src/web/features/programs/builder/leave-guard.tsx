import { useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';
import { ConfirmDialog } from '../../../ui/dialog';

/**
 * Warns before leaving while something is not saved. A save that is merely waiting is sent on
 * the way out, so only changes that cannot be saved right now (problems, errors) stop navigation.
 */
export function LeaveGuard({ unsaved, blocking }: { unsaved: boolean; blocking: boolean }) {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => blocking && currentLocation.pathname !== nextLocation.pathname);
  const leaving = useRef(false);
  useEffect(() => {
    if (!unsaved) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [unsaved]);
  return (
    <ConfirmDialog
      open={blocker.state === 'blocked'}
      onOpenChange={(open) => {
        if (!open && !leaving.current && blocker.state === 'blocked') blocker.reset();
      }}
      title="Leave without saving?"
      description="Some changes here aren't saved yet. If you leave now, they are lost."
      confirmLabel="Leave anyway"
      tone="danger"
      onConfirm={() => {
        leaving.current = true;
        blocker.proceed?.();
        return Promise.resolve();
      }}
    />
  );
}
