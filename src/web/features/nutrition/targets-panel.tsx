import { useQuery } from '@tanstack/react-query';
import { Target } from 'lucide-react';
import { useState } from 'react';
import type { Client } from '../../../shared/clients';
import { formatDate } from '../../lib/dates';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { Notice } from '../../ui/notice';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { EmptyState, ErrorState } from '../../ui/states';
import { targetsQuery } from './queries';
import { TargetsDialog } from './targets-dialog';
import { TargetsExplanation } from './targets-explanation';
import { restDayLine, TargetsFigures } from './targets-figures';
import { TargetsHistory } from './targets-history';

const disclosure = 'group rounded-md border border-line [&[open]>summary]:border-b [&[open]>summary]:border-line';
const summaryClass = 'flex min-h-10 cursor-pointer items-center px-3 text-sm font-medium text-text hover:bg-surface-muted';

/** The client's current targets with how they were computed, their warnings and history; "Set targets" opens the calculator. */
export function TargetsPanel({ client }: { client: Client }) {
  const targets = useQuery(targetsQuery(client.id));
  const [open, setOpen] = useState(false);
  const first = client.name.split(' ')[0] ?? client.name;
  const current = targets.data?.current ?? null;
  const archived = client.status === 'archived';
  const setButton = (
    <Button size="sm" variant={current ? 'secondary' : 'primary'} onClick={() => setOpen(true)} disabled={archived}>
      {current ? 'Change targets' : 'Set targets'}
    </Button>
  );

  let body;
  if (targets.isPending)
    body = (
      <LoadingRegion label="Loading targets" className="flex flex-col gap-3">
        <Skeleton className="h-16 w-full" />
        <Skeleton className="h-10 w-full" />
      </LoadingRegion>
    );
  else if (targets.isError)
    body = (
      <ErrorState title="Targets didn't load" error={targets.error} onRetry={() => void targets.refetch()} retrying={targets.isFetching} />
    );
  else if (!current)
    body = (
      <EmptyState
        icon={<Target />}
        title={`No targets for ${first} yet`}
        action={archived ? undefined : <Button onClick={() => setOpen(true)}>Set targets</Button>}
      >
        Calories, protein, fat, carbohydrate, fibre and water for each day. The calculator starts from {first}'s own age, height and latest
        weight.
      </EmptyState>
    );
  else {
    const rest = restDayLine(current, current.restDay);
    body = (
      <div className="flex flex-col gap-3">
        <TargetsFigures targets={current} overridden={current.overridden} />
        {rest && <p className="text-sm text-muted">{rest}</p>}
        {current.warnings.length > 0 && (
          <Notice
            tone="warning"
            title={current.warnings.length === 1 ? 'One thing to check' : `${current.warnings.length} things to check`}
          >
            <ul className="list-disc pl-4">
              {current.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          </Notice>
        )}
        {current.note && <p className="text-sm whitespace-pre-wrap text-text">Note: {current.note}</p>}
        {current.explanation.length > 0 ? (
          <details className={disclosure}>
            <summary className={summaryClass}>How it was computed</summary>
            <div className="px-3 pb-2">
              <TargetsExplanation lines={current.explanation} caption={`How ${first}'s targets were computed`} />
            </div>
          </details>
        ) : (
          <p className="text-sm text-muted">Typed in by hand, not computed.</p>
        )}
        {targets.data.history.length > 0 && (
          <details className={disclosure}>
            <summary className={summaryClass}>History ({targets.data.history.length})</summary>
            <div className="px-3">
              <TargetsHistory history={targets.data.history} />
            </div>
          </details>
        )}
      </div>
    );
  }

  return (
    <Card
      title="Targets"
      description={
        current ? `Set ${formatDate(current.createdAt)}${current.createdByName ? ` by ${current.createdByName}` : ''}` : undefined
      }
      actions={current ? setButton : undefined}
    >
      {body}
      <TargetsDialog open={open} onOpenChange={setOpen} client={client} current={current} />
    </Card>
  );
}
