import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ClipboardList, PencilRuler, Sparkles, UserPlus } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { toast } from 'sonner';
import type { Client } from '../../../shared/clients';
import { errorMessage } from '../../lib/api';
import { relativeTime } from '../../lib/dates';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { EmptyState, ErrorState } from '../../ui/states';
import { SwitchField } from '../../ui/switch';
import { useAiEnabled } from '../ai/draft-api';
import { ProgramDraftDialog } from '../ai/program-draft-dialog';
import { clientChanged, clientsApi } from '../clients/queries';
import { LoggedWorkouts } from '../history/logged-workouts';
import { perWeek } from '../programs/programs-table';
import { ClientCalendar } from './calendar/client-calendar';
import { clientProgramsQuery } from './queries';
import { TemplatePickerDialog } from './template-picker-dialog';

function ClientPrograms({ client, onAssign }: { client: Client; onAssign: () => void }) {
  const programs = useQuery(clientProgramsQuery(client.id));
  const first = client.name.split(' ')[0] ?? client.name;
  if (programs.isPending) {
    return (
      <LoadingRegion label="Loading programs" className="flex flex-col gap-2">
        <Skeleton className="h-12 w-full" />
      </LoadingRegion>
    );
  }
  if (programs.isError)
    return <ErrorState title={`${first}'s programs didn't load`} error={programs.error} onRetry={() => void programs.refetch()} />;
  if (programs.data.length === 0) {
    return (
      <EmptyState
        icon={<ClipboardList />}
        title="No program yet"
        action={
          <Button onClick={onAssign} icon={<UserPlus aria-hidden className="size-4" />}>
            Assign a program
          </Button>
        }
      >
        Assign one of your templates: {first} gets their own copy, and its workouts land on the calendar below.
      </EmptyState>
    );
  }
  return (
    <ul aria-label={`${first}'s programs`} className="flex flex-col divide-y divide-line">
      {programs.data.map((program) => (
        <li key={program.id} className="flex flex-wrap items-center gap-3 py-2.5 first:pt-0 last:pb-0">
          <div className="flex min-w-0 flex-1 flex-col">
            <span className="flex items-center gap-2">
              <span className="truncate font-medium text-text">{program.name}</span>
              {program.archived && <Badge>Archived</Badge>}
            </span>
            <span className="text-xs text-muted">
              {program.weeks} {program.weeks === 1 ? 'week' : 'weeks'} · {perWeek(program)} workouts/week · edited{' '}
              {relativeTime(program.updatedAt)}
            </span>
          </div>
          <Link
            to={`/programs/${program.id}`}
            className="inline-flex h-9 items-center gap-1.5 rounded-md border border-line-strong px-3 text-sm text-text hover:bg-surface-muted"
          >
            <PencilRuler aria-hidden className="size-4" /> Open in builder
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** Client detail → Training: their programs, whether they may move workouts, what they logged, and their calendar. */
export function ClientTrainingTab({ client }: { client: Client }) {
  const queryClient = useQueryClient();
  const [assigning, setAssigning] = useState(false);
  const [saving, setSaving] = useState(false);
  const [drafting, setDrafting] = useState(false);
  // AI drafts about a client who opted out are refused by the server: the button is not offered.
  const aiEnabled = useAiEnabled() && !client.aiOptedOut;
  const programs = useQuery(clientProgramsQuery(client.id));
  const first = client.name.split(' ')[0] ?? client.name;
  const toggleMove = async (canMoveWorkouts: boolean) => {
    setSaving(true);
    try {
      clientChanged(queryClient, await clientsApi.update(client.id, { canMoveWorkouts }));
      toast.success(canMoveWorkouts ? `${first} can now move their own workouts` : `Only you can move ${first}'s workouts now`);
    } catch (error) {
      toast.error(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };
  return (
    <div className="flex flex-col gap-5">
      <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <Card
          title="Programs"
          actions={
            <div className="flex flex-wrap justify-end gap-2">
              {aiEnabled && (
                <Button variant="secondary" size="sm" onClick={() => setDrafting(true)} icon={<Sparkles aria-hidden className="size-4" />}>
                  Draft a program with AI
                </Button>
              )}
              {(programs.data?.length ?? 0) > 0 && (
                <Button variant="secondary" size="sm" onClick={() => setAssigning(true)} icon={<UserPlus aria-hidden className="size-4" />}>
                  Assign a program
                </Button>
              )}
            </div>
          }
        >
          <ClientPrograms client={client} onAssign={() => setAssigning(true)} />
        </Card>
        <Card title="Schedule">
          <SwitchField
            label="Client can move their own workouts"
            hint={`${first} can move a workout to another day from their Today screen.`}
            checked={client.canMoveWorkouts}
            disabled={saving}
            onCheckedChange={(checked) => void toggleMove(checked)}
          />
        </Card>
      </div>
      <LoggedWorkouts clientId={client.id} firstName={first} />
      <ClientCalendar clientId={client.id} firstName={first} />
      <TemplatePickerDialog clientId={client.id} firstName={first} open={assigning} onOpenChange={setAssigning} />
      {aiEnabled && <ProgramDraftDialog client={client} open={drafting} onOpenChange={setDrafting} />}
    </div>
  );
}
