import { useQuery } from '@tanstack/react-query';
import { ChevronLeft, SearchX } from 'lucide-react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../lib/api';
import { buttonClass } from '../../../ui/button';
import { Notice } from '../../../ui/notice';
import { LoadingRegion, Skeleton } from '../../../ui/skeleton';
import { EmptyState, ErrorState } from '../../../ui/states';
import { clientQuery } from '../../clients/queries';
import { settingsQuery } from '../../settings/queries';
import { programQuery } from '../queries';
import { unitsOrDefault } from '../workout-editor/defaults';
import { ProgramEditor } from './program-editor';

function BuilderSkeleton() {
  return (
    <LoadingRegion label="Loading program" className="flex flex-col gap-4">
      <Skeleton className="h-4 w-20" />
      <Skeleton className="h-9 w-72 max-w-full" />
      <Skeleton className="mt-2 h-10 w-full" />
      <Skeleton className="h-64 w-full rounded-lg" />
      <Skeleton className="h-48 w-full rounded-lg" />
    </LoadingRegion>
  );
}

/** /programs/:id: the builder, for a template or for one client's own copy. */
export function ProgramBuilderPage() {
  const { id = '' } = useParams();
  const program = useQuery(programQuery(id));
  const clientId = program.data?.clientId ?? null;
  const client = useQuery({ ...clientQuery(clientId ?? ''), enabled: clientId !== null });
  const settings = useQuery(settingsQuery());

  if (program.isPending || (clientId !== null && client.isPending)) return <BuilderSkeleton />;
  if (program.isError) {
    if (isApiError(program.error) && program.error.status === 404) {
      return (
        <EmptyState
          icon={<SearchX />}
          title="We couldn't find that program"
          action={
            <Link to="/programs" className={buttonClass('secondary')}>
              Back to programs
            </Link>
          }
        >
          The link may be old, or the program was deleted.
        </EmptyState>
      );
    }
    return (
      <div className="flex flex-col gap-4">
        <Link to="/programs" className="inline-flex items-center gap-1 self-start text-sm text-muted hover:text-text">
          <ChevronLeft aria-hidden className="size-4" /> Programs
        </Link>
        <ErrorState
          title="This program didn't load"
          error={program.error}
          onRetry={() => void program.refetch()}
          retrying={program.isFetching}
        />
      </div>
    );
  }

  const data = program.data;
  const owner = client.data;
  const first = owner?.name.split(' ')[0];
  const units = unitsOrDefault(owner?.onboarding?.units ?? settings.data?.units);
  const back = clientId
    ? { to: `/clients/${clientId}/training`, label: owner ? `${owner.name}'s training` : 'Client' }
    : { to: '/programs', label: 'Programs' };
  const notice = clientId ? (
    <Notice tone="info">
      This is {first ?? 'this client'}'s own copy: changes apply to their upcoming workouts, and the template stays as it is.
    </Notice>
  ) : data.archived ? (
    <Notice tone="warning">This program is archived. You can still edit it; restore it from the programs list to assign it again.</Notice>
  ) : null;
  return <ProgramEditor key={data.id} program={data} units={units} back={back} isTemplate={clientId === null} notice={notice} />;
}
