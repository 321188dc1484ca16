import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Archive, ArchiveRestore, ChevronLeft, Pencil, SearchX } from 'lucide-react';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { toast } from 'sonner';
import type { Exercise } from '../../../shared/exercises';
import { errorMessage, isApiError } from '../../lib/api';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { EmptyState, ErrorState } from '../../ui/states';
import { ExerciseFormDialog } from './exercise-form-dialog';
import { ExerciseVideo } from './exercise-video';
import { CATEGORY_LABELS, EQUIPMENT_LABELS, LEVEL_LABELS, capitalise } from './labels';
import { exerciseChanged, exerciseName, exerciseQuery, exercisesApi } from './queries';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="flex flex-col gap-2">
      <h3 className="text-sm font-semibold text-text">{title}</h3>
      {children}
    </section>
  );
}

function Facts({ exercise }: { exercise: Exercise }) {
  const rows: Array<[string, string | null]> = [
    ['Main muscles', exercise.primaryMuscles.map(capitalise).join(', ')],
    ['Also works', exercise.secondaryMuscles.map(capitalise).join(', ') || null],
    ['Equipment', exercise.equipment && EQUIPMENT_LABELS[exercise.equipment]],
    ['Category', CATEGORY_LABELS[exercise.category]],
    ['Level', exercise.level && LEVEL_LABELS[exercise.level]],
    [
      'Mechanics',
      [exercise.mechanic, exercise.force]
        .filter(Boolean)
        .map((v) => capitalise(v!))
        .join(', ') || null,
    ],
  ];
  return (
    <dl className="grid grid-cols-[7rem_1fr] gap-x-3 gap-y-1.5 text-sm">
      {rows
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-muted">{label}</dt>
            <dd className="text-text">{value}</dd>
          </div>
        ))}
    </dl>
  );
}

function ExerciseBody({ exercise }: { exercise: Exercise }) {
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const name = exerciseName(exercise);

  const toggleArchive = async () => {
    setBusy(true);
    try {
      const updated = exercise.archived ? await exercisesApi.restore(exercise.id) : await exercisesApi.archive(exercise.id);
      exerciseChanged(queryClient, updated);
      toast.success(updated.archived ? `${name} is archived — programs that use it keep it` : `${name} is back in the library`);
    } catch (error) {
      toast.error(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <header className="flex flex-col gap-3 border-b border-line pb-4">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="flex min-w-0 flex-col gap-1">
            <h2 className="text-lg font-semibold break-words text-text">{name}</h2>
            {exercise.alias && <p className="text-sm text-muted">Library name: {exercise.name}</p>}
            <div className="flex flex-wrap gap-1">
              <Badge tone={exercise.isCustom ? 'accent' : 'neutral'}>{exercise.isCustom ? 'Your exercise' : 'From the library'}</Badge>
              {exercise.archived && <Badge tone="outline">Archived</Badge>}
            </div>
          </div>
          <div className="flex gap-2">
            <Button variant="secondary" size="sm" onClick={() => setEditing(true)} icon={<Pencil aria-hidden className="size-4" />}>
              {exercise.isCustom ? 'Edit' : 'Customise'}
            </Button>
            <Button
              variant="secondary"
              size="sm"
              pending={busy}
              onClick={() => void toggleArchive()}
              icon={exercise.archived ? <ArchiveRestore aria-hidden className="size-4" /> : <Archive aria-hidden className="size-4" />}
            >
              {exercise.archived ? 'Restore' : 'Archive'}
            </Button>
          </div>
        </div>
        <Facts exercise={exercise} />
      </header>
      {exercise.videoUrl && (
        <Section title="Video">
          <ExerciseVideo url={exercise.videoUrl} title={name} />
        </Section>
      )}
      <Section title="Your cues">
        {exercise.cues ? (
          <p className="text-sm whitespace-pre-wrap text-text">{exercise.cues}</p>
        ) : (
          <p className="text-sm text-muted">
            None yet. Add the two or three things you always say about this lift; clients see them when they train.
          </p>
        )}
      </Section>
      {exercise.instructions.length > 0 && (
        <Section title="How to do it">
          <ol className="flex list-decimal flex-col gap-2 pl-5 text-sm text-text marker:text-muted">
            {exercise.instructions.map((step, index) => (
              <li key={index}>{step}</li>
            ))}
          </ol>
        </Section>
      )}
      <ExerciseFormDialog open={editing} onOpenChange={setEditing} exercise={exercise} />
    </>
  );
}

export function ExerciseDetail({ id, backTo }: { id: string; backTo: string }) {
  const exercise = useQuery(exerciseQuery(id));
  let body: ReactNode;
  if (exercise.isPending) {
    body = (
      <LoadingRegion label="Loading exercise" className="flex flex-col gap-3">
        <Skeleton className="h-6 w-2/3" />
        <Skeleton className="h-4 w-1/3" />
        <Skeleton className="mt-3 h-24 w-full" />
        <Skeleton className="h-40 w-full" />
      </LoadingRegion>
    );
  } else if (exercise.isError) {
    body =
      isApiError(exercise.error) && exercise.error.status === 404 ? (
        <EmptyState icon={<SearchX />} title="We couldn't find that exercise">
          The link may be old. Pick one from the list.
        </EmptyState>
      ) : (
        <ErrorState
          title="This exercise didn't load"
          error={exercise.error}
          onRetry={() => void exercise.refetch()}
          retrying={exercise.isFetching}
        />
      );
  } else {
    body = <ExerciseBody exercise={exercise.data} />;
  }
  return (
    <article
      aria-label="Exercise"
      className="flex min-w-0 flex-col gap-5 self-start rounded-lg border border-line bg-surface p-4 sm:p-5 lg:sticky lg:top-8"
    >
      <Link to={backTo} className="inline-flex min-h-11 items-center gap-1 self-start text-sm text-muted hover:text-text lg:hidden">
        <ChevronLeft aria-hidden className="size-4" /> All exercises
      </Link>
      {body}
    </article>
  );
}
