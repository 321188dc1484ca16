import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ChevronLeft, CloudOff, Flag, SearchX } from 'lucide-react';
import { useState } from 'react';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { toast } from 'sonner';
import { isApiError } from '../../lib/api';
import { isOutboxFailure, onSynced } from '../../lib/outbox';
import { formatDateTime } from '../../lib/dates';
import { Button, buttonClass } from '../../ui/button';
import { ConfirmDialog } from '../../ui/dialog';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { EmptyState, ErrorState } from '../../ui/states';
import { sessionQuery } from '../auth/queries';
import { CompletedSummary, FinishSummary } from './finish-summary';
import { nextUp, sessionRecords, summarise, undoneCount, type RowModel, type SlotModel } from './gym-model';
import { forgetSnapshot, sessionEnded } from './queries';
import { unlockSound } from './rest-alert';
import { RestTimer, useNow } from './rest-timer';
import { forgetLayout, type RestTimer as Rest } from './session-layout';
import { SyncStatus } from './sync-status';
import { formatClock } from './units';
import { useGymSession } from './use-gym-session';
import { WorkoutLog } from './workout-log';

const FINISH_WAIT_MS = 5000;

function GymSkeleton() {
  return (
    <LoadingRegion label="Loading your workout" className="mx-auto flex max-w-xl flex-col gap-4 px-4 py-4">
      <Skeleton className="h-10 w-2/3" />
      <Skeleton className="h-56 w-full rounded-xl" />
      <Skeleton className="h-56 w-full rounded-xl" />
    </LoadingRegion>
  );
}

/** Resolves 'sent' once the outbox has delivered `opId`, 'refused' if the server said no, 'waiting' after `ms` (offline, or slow). */
function deliveredWithin(opId: string, ms: number): { promise: Promise<'sent' | 'refused' | 'waiting'>; cancel: () => void } {
  let stop = () => {};
  const promise = new Promise<'sent' | 'refused' | 'waiting'>((resolve) => {
    const off = onSynced((op, response) => {
      if (op.id !== opId) return;
      stop();
      resolve(isOutboxFailure(response) ? 'refused' : 'sent');
    });
    const timer = window.setTimeout(() => {
      stop();
      resolve('waiting');
    }, ms);
    stop = () => {
      off();
      window.clearTimeout(timer);
    };
  });
  return { promise, cancel: () => stop() };
}

/** The workout's running time; its own component, so the rest of the screen does not redraw every second. */
function Elapsed({ since, ticking }: { since: number; ticking: boolean }) {
  const now = useNow(1000, ticking);
  return <>{formatClock((now - since) / 1000)}</>;
}

/**
 * The gym screen: one workout, full height, no app navigation. Everything logged is saved on the
 * phone first (the outbox) and reaches the server when it can; the header says which.
 */
export function GymPage() {
  const { sessionId = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const gym = useGymSession(sessionId);
  const viewer = useQuery(sessionQuery());
  const [view, setView] = useState<{ kind: 'log' } | { kind: 'summary'; finishedAt: number }>({ kind: 'log' });
  const [confirm, setConfirm] = useState<'finish' | 'discard' | null>(null);
  const { session, model, layout, outbox, names, isPast, actions } = gym;

  const setRest = (rest: Rest | null) => actions.layout(() => ({ rest }));

  if (!session || !model) {
    if (gym.detail.isPending) return <GymSkeleton />;
    const missing = isApiError(gym.detail.error) && gym.detail.error.status === 404;
    return (
      <main className="mx-auto flex min-h-dvh max-w-xl flex-col justify-center gap-4 px-4">
        <title>Workout · OneCoach</title>
        {missing ? (
          <EmptyState
            icon={<SearchX />}
            title="This workout isn't here"
            action={
              <Link to="/today" className={buttonClass('primary', 'lg')}>
                Back to Today
              </Link>
            }
          >
            It may have been discarded, or it belongs to someone else.
          </EmptyState>
        ) : !outbox.online ? (
          <EmptyState
            icon={<CloudOff />}
            title="This workout isn't on this phone yet"
            action={
              <Link to="/today" className={buttonClass('primary', 'lg')}>
                Back to Today
              </Link>
            }
          >
            You're offline and it was started on another device. It opens here as soon as you're back online.
          </EmptyState>
        ) : (
          <ErrorState
            title="Your workout didn't load"
            error={gym.detail.error}
            onRetry={() => void gym.detail.refetch()}
            retrying={gym.detail.isFetching}
          />
        )}
      </main>
    );
  }

  const coachName = viewer.data?.coachName?.split(' ')[0] ?? 'your coach';
  const records = sessionRecords(model, layout.records);
  const done = model.sets.length;
  const total = model.slots.filter((slot) => !slot.skipped).reduce((sum, slot) => sum + slot.rows.length, 0);
  const startedAt = Date.parse(session.startedAt);
  const pastEnd = isPast ? startedAt + (layout.pastMinutes ?? 60) * 60_000 : null;

  const onSetDone = (slot: SlotModel, row: RowModel) => {
    unlockSound(); // on the tap itself: browsers allow sound only after one
    if (isPast || !row.restSeconds) return;
    const next = nextUp(model, row.key);
    if (!next) return;
    const label = `${names(next.slot.exerciseId)}, set ${next.row.setNumber}`;
    setRest({ endsAt: Date.now() + row.restSeconds * 1000, seconds: row.restSeconds, label });
  };

  const toSummary = () => {
    setRest(null);
    setView({ kind: 'summary', finishedAt: pastEnd ?? Date.now() });
    window.scrollTo({ top: 0 });
  };

  const finish = async ({ rating, comment }: { rating: number | null; comment: string }) => {
    if (view.kind !== 'summary') return;
    const opId = `finish:${sessionId}`;
    // Online, wait a moment for the server's answer; offline there is nothing to wait for.
    const delivery = deliveredWithin(opId, outbox.online ? FINISH_WAIT_MS : 0);
    try {
      await actions.finish({ finishedAt: new Date(view.finishedAt).toISOString(), rating, comment, notes: layout.notes.trim() });
    } catch {
      delivery.cancel();
      toast.error("That didn't save on this phone. Try Done again.");
      return;
    }
    const delivered = await delivery.promise;
    // Refused: the toast (from the session hook) said why; stay here with everything as it was.
    if (delivered === 'refused') return;
    sessionEnded(queryClient);
    if (delivered === 'sent') {
      toast.success(comment ? `Saved, and sent to ${coachName}. Nice work!` : 'Workout saved. Nice work!');
    } else {
      toast.success("Saved on this phone. It syncs by itself when you're back online.");
    }
    void navigate('/today');
  };

  const discard = async () => {
    await actions.discard();
    forgetLayout(sessionId);
    forgetSnapshot(sessionId);
    toast.success('Workout discarded');
    void navigate('/today');
  };

  const header = (
    <header className="sticky top-0 z-30 border-b border-line bg-surface">
      <div className="mx-auto flex h-14 max-w-xl items-center gap-2 pr-3 pl-1">
        <Link
          to="/today"
          aria-label="Back to Today (this workout stays open)"
          className="flex size-11 shrink-0 items-center justify-center rounded-md text-muted hover:bg-surface-muted hover:text-text"
        >
          <ChevronLeft aria-hidden className="size-6" />
        </Link>
        <div className="flex min-w-0 flex-1 flex-col">
          <p className="truncate text-base leading-5 font-semibold text-text">{session.name}</p>
          <p className="truncate text-xs text-muted tabular-nums">
            {isPast ? formatDateTime(session.startedAt) : <Elapsed since={startedAt} ticking={view.kind === 'log'} />}
            {total > 0 && ` · ${done} of ${total} sets`}
          </p>
        </div>
        <SyncStatus outbox={outbox} />
      </div>
    </header>
  );

  // Finished (here just now, or earlier): what the server summed up. Not while the Done tap is on its way.
  if (session.status === 'completed' && session.summary && view.kind !== 'summary') {
    return (
      <div className="min-h-dvh bg-bg">
        <title>{`${session.name} · OneCoach`}</title>
        {header}
        <main className="mx-auto max-w-xl px-4 py-6">
          <CompletedSummary
            title={`${session.name} · ${formatDateTime(session.startedAt)}`}
            numbers={session.summary}
            records={session.summary.records}
            unit={gym.unit}
            names={names}
            rating={session.rating}
            comment={session.comment}
            onClose={() => void navigate('/today')}
          />
        </main>
      </div>
    );
  }

  // Finished or thrown away on this phone, still on its way to the server: no more logging here.
  if (model.discarded) return <Navigate to="/today" replace />;
  if (model.finishing && view.kind !== 'summary') {
    return (
      <div className="min-h-dvh bg-bg">
        <title>{`${session.name} · OneCoach`}</title>
        {header}
        <main className="mx-auto max-w-xl px-4 py-6">
          <CompletedSummary
            title={session.name}
            numbers={summarise(model, session.startedAt, Date.parse(model.finishing.finishedAt))}
            records={records}
            unit={gym.unit}
            names={names}
            rating={model.finishing.rating ?? null}
            comment={model.finishing.comment ?? ''}
            waiting
            onClose={() => void navigate('/today')}
          />
        </main>
      </div>
    );
  }

  return (
    <div className="min-h-dvh bg-bg">
      <title>{`${session.name} · OneCoach`}</title>
      {header}
      <main className={view.kind === 'log' ? 'mx-auto max-w-xl px-4 pt-4 pb-40' : 'mx-auto max-w-xl px-4 pt-4 pb-8'}>
        {view.kind === 'summary' ? (
          <FinishSummary
            title={session.name}
            numbers={summarise(model, session.startedAt, view.finishedAt)}
            records={records}
            unit={gym.unit}
            names={names}
            coachName={coachName}
            online={outbox.online}
            onDone={finish}
            onBack={() => setView({ kind: 'log' })}
          />
        ) : (
          <WorkoutLog
            gym={gym}
            model={model}
            onSetDone={onSetDone}
            onFinish={() => (undoneCount(model) > 0 ? setConfirm('finish') : toSummary())}
            onDiscard={() => setConfirm('discard')}
          />
        )}
      </main>
      {view.kind === 'log' && layout.rest && !isPast && <RestTimer rest={layout.rest} onChange={setRest} />}
      {view.kind === 'log' && !(layout.rest && !isPast) && done > 0 && undoneCount(model) === 0 && (
        <div className="fixed inset-x-0 bottom-0 z-30 border-t border-line bg-surface pb-[env(safe-area-inset-bottom)] shadow-lg">
          <div className="mx-auto flex max-w-xl items-center gap-3 px-4 py-3">
            <p className="flex-1 text-sm font-medium text-text">Every set done. Nice work!</p>
            <Button size="lg" onClick={toSummary} icon={<Flag aria-hidden className="size-5" />}>
              Finish
            </Button>
          </div>
        </div>
      )}

      <ConfirmDialog
        open={confirm === 'finish'}
        onOpenChange={(open) => !open && setConfirm(null)}
        title="Finish with sets not done?"
        description={`${undoneCount(model)} ${undoneCount(model) === 1 ? 'set is' : 'sets are'} not ticked. They won't be saved: only ticked sets count.`}
        confirmLabel="Finish anyway"
        onConfirm={() => {
          toSummary();
          return Promise.resolve();
        }}
      />
      <ConfirmDialog
        open={confirm === 'discard'}
        onOpenChange={(open) => !open && setConfirm(null)}
        title="Discard this workout?"
        description={
          done > 0
            ? `The ${done} ${done === 1 ? 'set' : 'sets'} you logged will be deleted. This can't be undone.`
            : 'Nothing was logged yet.'
        }
        confirmLabel="Discard workout"
        tone="danger"
        onConfirm={discard}
      />
    </div>
  );
}
