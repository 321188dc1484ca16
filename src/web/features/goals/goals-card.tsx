import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ChevronDown, ChevronUp, Plus, Target } from 'lucide-react';
import { Suspense, lazy, useState } from 'react';
import { toast } from 'sonner';
import type { Exercise } from '../../../shared/exercises';
import type { Goal } from '../../../shared/goals';
import { errorMessage } from '../../lib/api';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { ConfirmDialog } from '../../ui/dialog';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { EmptyState, ErrorState } from '../../ui/states';
import { exerciseKeys, exerciseName } from '../exercises/queries';
import type { Unit } from '../history/format';
import { metricDefinitionsQuery } from '../metrics/queries';
import { clientToday, goalInfo, goalTitle, sortGoals } from './goal-format';
import { GoalItem } from './goal-item';
import { goalKeys, goalsApi, goalsQuery } from './queries';
import { useCelebrateGoals } from './use-celebrate-goals';
import { useHashTarget } from './use-hash-target';

// The forms (and zod with them) load on first tap: the Progress page's first download stays small.
const loadAdd = () => import('./add-goal-dialog');
const AddGoalDialog = lazy(() => loadAdd().then((m) => ({ default: m.AddGoalDialog })));
const EditGoalDialog = lazy(() => import('./edit-goal-dialog').then((m) => ({ default: m.EditGoalDialog })));

type GoalsCardProps = {
  clientId: string;
  unit: Unit;
  viewer: 'client' | 'trainer';
  /** The client's time zone: "today", deadlines and days left are in their calendar. */
  timeZone?: string | null | undefined;
  /** The client's first name, for the trainer's words ("No goals for Lena yet"). */
  clientName?: string;
};

function GoalsSkeleton() {
  return (
    <LoadingRegion label="Loading goals" className="flex flex-col gap-3">
      <Skeleton className="h-32 w-full rounded-lg" />
      <Skeleton className="h-32 w-full rounded-lg" />
    </LoadingRegion>
  );
}

/**
 * Goals with a bar from where they started to the target: set one (body weight, body fat, a
 * measurement, a lift), change its target or deadline, archive or delete it. A goal reached is
 * marked with its date and celebrated once. `id="goals"`: notifications link to /progress#goals.
 */
export function GoalsCard({ clientId, unit, viewer, timeZone, clientName }: GoalsCardProps) {
  const queryClient = useQueryClient();
  const goals = useQuery(goalsQuery(clientId));
  const custom = useQuery(metricDefinitionsQuery());
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Goal | null>(null);
  const [deleting, setDeleting] = useState<Goal | null>(null);
  const [deleteError, setDeleteError] = useState<string>();
  const [showArchived, setShowArchived] = useState(false);
  const definitions = custom.data ?? [];
  const today = clientToday(timeZone);
  const infoOf = (goal: Goal) => goalInfo(goal, unit, definitions);
  const titleOf = (goal: Goal) => {
    const exercise = goal.exerciseId ? queryClient.getQueryData<Exercise>(exerciseKeys.detail(goal.exerciseId)) : undefined;
    return goalTitle(goal, infoOf(goal), exercise ? exerciseName(exercise) : undefined);
  };
  useCelebrateGoals(goals.data, titleOf, { viewer, ...(viewer === 'trainer' && clientName ? { name: clientName } : {}) });
  useHashTarget('goals', goals.isSuccess);

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: goalKeys.goals(clientId) });
    void queryClient.invalidateQueries({ queryKey: goalKeys.achievements(clientId) });
  };
  const archive = useMutation({
    mutationFn: ({ goal, archived }: { goal: Goal; archived: boolean }) =>
      // Sent in the base unit, exactly as stored, so the target does not move.
      goalsApi.update(goal.id, { title: goal.title, target: goal.targetValue, unit: goal.baseUnit, deadline: goal.deadline, archived }),
    onSuccess: (_saved, { archived }) => {
      toast.success(archived ? 'Goal archived' : 'Goal restored');
      refresh();
    },
    onError: (error) => toast.error(errorMessage(error)),
  });
  const remove = useMutation({
    mutationFn: (id: string) => goalsApi.remove(id),
    onSuccess: () => {
      toast.success('Goal deleted');
      refresh();
    },
    onError: (error) => setDeleteError(errorMessage(error)),
  });

  const openAdd = () => setAdding(true);
  const preload = () => void loadAdd();
  const addLabel = viewer === 'trainer' && clientName ? `Set a goal for ${clientName}` : 'Set a goal';
  const { open, archived } = sortGoals(goals.data ?? []);

  let body;
  if (goals.isPending) body = <GoalsSkeleton />;
  else if (goals.isError)
    body = <ErrorState title="Goals didn't load" error={goals.error} onRetry={() => void goals.refetch()} retrying={goals.isFetching} />;
  else if (open.length === 0 && archived.length === 0)
    body = (
      <EmptyState
        icon={<Target />}
        title={viewer === 'trainer' && clientName ? `No goals for ${clientName} yet` : 'Set a goal to work toward'}
        action={
          <Button icon={<Plus aria-hidden className="size-4" />} onClick={openAdd} onPointerEnter={preload} onFocus={preload}>
            {addLabel}
          </Button>
        }
      >
        A target body weight, body fat, a measurement or a lift, with a deadline if you like. The bar fills as{' '}
        {viewer === 'trainer' && clientName ? `${clientName} logs` : 'you log'}.
      </EmptyState>
    );
  else
    body = (
      <div className="flex flex-col gap-3">
        {open.length > 0 ? (
          <ul aria-label="Goals" className="flex flex-col gap-3">
            {open.map((goal) => (
              <GoalItem
                key={goal.id}
                goal={goal}
                info={infoOf(goal)}
                today={today}
                onEdit={() => setEditing(goal)}
                onArchive={(value) => archive.mutate({ goal, archived: value })}
                onDelete={() => {
                  setDeleteError(undefined);
                  setDeleting(goal);
                }}
              />
            ))}
          </ul>
        ) : (
          <p className="text-sm text-muted">No open goals. Set a new one to keep working toward something.</p>
        )}
        {archived.length > 0 && (
          <>
            <button
              type="button"
              aria-expanded={showArchived}
              onClick={() => setShowArchived((value) => !value)}
              className="-mx-2 flex min-h-11 items-center gap-1 self-start rounded-md px-2 text-sm font-medium text-text hover:bg-surface-muted"
            >
              {showArchived ? <ChevronUp aria-hidden className="size-4" /> : <ChevronDown aria-hidden className="size-4" />}
              Archived goals ({archived.length})
            </button>
            {showArchived && (
              <ul aria-label="Archived goals" className="flex flex-col gap-3">
                {archived.map((goal) => (
                  <GoalItem
                    key={goal.id}
                    goal={goal}
                    info={infoOf(goal)}
                    today={today}
                    onEdit={() => setEditing(goal)}
                    onArchive={(value) => archive.mutate({ goal, archived: value })}
                    onDelete={() => {
                      setDeleteError(undefined);
                      setDeleting(goal);
                    }}
                  />
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    );

  const hasAny = open.length + archived.length > 0;
  return (
    <div id="goals" tabIndex={-1} className="scroll-mt-16 focus:outline-none md:scroll-mt-20">
      <Card
        title="Goals"
        actions={
          goals.isSuccess && hasAny ? (
            <Button
              variant="secondary"
              icon={<Plus aria-hidden className="size-4" />}
              onClick={openAdd}
              onPointerEnter={preload}
              onFocus={preload}
              className="shrink-0"
            >
              New goal
            </Button>
          ) : undefined
        }
      >
        {body}
      </Card>
      {adding && (
        <Suspense fallback={null}>
          <AddGoalDialog
            clientId={clientId}
            unit={unit}
            today={today}
            title={addLabel}
            onSaved={refresh}
            onClose={() => setAdding(false)}
          />
        </Suspense>
      )}
      {editing && (
        <Suspense fallback={null}>
          <EditGoalDialog
            goal={editing}
            info={infoOf(editing)}
            title={titleOf(editing)}
            today={today}
            onSaved={refresh}
            onClose={() => setEditing(null)}
          />
        </Suspense>
      )}
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(value) => !value && setDeleting(null)}
        title="Delete this goal?"
        description={
          deleting ? <p>“{titleOf(deleting)}” and its progress go for good. To keep it but out of the way, archive it instead.</p> : null
        }
        confirmLabel="Delete goal"
        tone="danger"
        error={deleteError}
        onConfirm={() => (deleting ? remove.mutateAsync(deleting.id) : Promise.resolve())}
      />
    </div>
  );
}
