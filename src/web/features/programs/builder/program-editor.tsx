import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { toast } from 'sonner';
import type { Units } from '../../../../shared/clients';
import type { Program, ProgramContent, Workout } from '../../../../shared/programs';
import { Button } from '../../../ui/button';
import { Notice } from '../../../ui/notice';
import { AssignDialog } from '../assign-dialog';
import { programQuery, programsChanged } from '../queries';
import { ProblemsContext, indexProblems } from '../workout-editor/problems';
import type { EditWorkout } from '../workout-editor/prescription-editor';
import { useUndoKeys, useUndoable } from '../workout-editor/use-undoable';
import { BuilderHeader } from './builder-header';
import { LeaveGuard } from './leave-guard';
import { ProgramDetailsDialog } from './program-details-dialog';
import { addWeek, addWorkout, duplicateWeek, duplicateWorkout, moveWorkout, removeWeek, removeWorkout, updateWorkout } from './program-ops';
import { useAutosave } from './use-autosave';
import type { ProgramDoc } from './use-autosave';
import { WeekPanel } from './week-panel';
import { WeekTabs } from './week-tabs';

const toDoc = (program: Program): ProgramDoc => ({
  name: program.name,
  description: program.description,
  tags: program.tags,
  content: program.content,
});

type ProgramEditorProps = { program: Program; units: Units; back: { to: string; label: string }; isTemplate: boolean; notice?: ReactNode };

export function ProgramEditor({ program, units, back, isTemplate, notice }: ProgramEditorProps) {
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const history = useUndoable<ProgramDoc>(toDoc(program));
  const doc = history.value;
  const onSaved = useCallback((saved: Program) => programsChanged(queryClient, saved), [queryClient]);
  const autosave = useAutosave({ programId: program.id, doc, revision: history.revision, version: program.version, onSaved });
  const problems = useMemo(() => indexProblems(autosave.problems), [autosave.problems]);
  const [details, setDetails] = useState(false);
  const [assigning, setAssigning] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  useUndoKeys(history.undo, history.redo);

  const week = Math.min(doc.content.weeks, Math.max(1, Math.floor(Number(params.get('week')) || 1)));
  const setWeek = (next: number) =>
    setParams((p) => new URLSearchParams({ ...Object.fromEntries(p), week: String(next) }), { replace: true });

  const { update } = history;
  const editContent = useCallback(
    (recipe: (content: ProgramContent) => ProgramContent, key?: string) =>
      update((d) => {
        const content = recipe(d.content);
        return content === d.content ? d : { ...d, content };
      }, key),
    [update],
  );
  const editWorkout = useCallback(
    (workoutId: string): EditWorkout =>
      (recipe, key) =>
        editContent((content) => updateWorkout(content, workoutId, recipe), key),
    [editContent],
  );
  const undoToast = (message: string) => toast(message, { action: { label: 'Undo', onClick: history.undo } });

  const showProblem = () => {
    const first = autosave.problems[0];
    if (!first) return;
    if (first.programField === 'name') return nameRef.current?.focus();
    if (first.programField) return setDetails(true);
    if (first.week) setWeek(first.week);
    window.setTimeout(() => {
      const element = document.querySelector<HTMLElement>(`[data-editor-id="${first.targetId}"]`);
      element?.scrollIntoView({ block: 'center' });
      (element?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? element?.querySelector<HTMLElement>('input,select,button'))?.focus();
    }, 50);
  };

  const reload = async () => {
    const fresh = await queryClient.fetchQuery({ ...programQuery(program.id), staleTime: 0 });
    history.reset(toDoc(fresh));
    autosave.adopt(fresh);
    toast.success('Showing the newest version');
  };

  const nameProblem = autosave.problems.find((p) => p.programField === 'name')?.message;
  const fieldProblem = (field: string) => autosave.problems.find((p) => p.programField === field)?.message;
  const weeksWithProblems = new Set(autosave.problems.map((p) => p.week).filter((w): w is number => w !== null));

  return (
    <ProblemsContext.Provider value={problems}>
      <div className="flex flex-col gap-4">
        <title>{`${doc.name || 'Program'} · OneCoach`}</title>
        <BuilderHeader
          name={doc.name}
          onName={(name) => update((d) => ({ ...d, name }), 'name')}
          nameError={nameProblem}
          nameRef={nameRef}
          back={back}
          status={autosave.status}
          problemCount={autosave.problems.length}
          onRetry={autosave.retry}
          onShowProblem={showProblem}
          canUndo={history.canUndo}
          canRedo={history.canRedo}
          onUndo={history.undo}
          onRedo={history.redo}
          onDetails={() => setDetails(true)}
          onAssign={isTemplate ? () => setAssigning(true) : undefined}
        />
        {notice}
        {autosave.status.kind === 'conflict' && (
          <Notice tone="danger" title="This program was changed somewhere else">
            <p>Someone saved a newer version (another tab or device) since you opened it. Your changes here aren't saved yet.</p>
            <div className="mt-2 flex flex-wrap gap-2">
              <Button size="sm" variant="secondary" onClick={() => void reload()}>
                Reload the newer version
              </Button>
              {autosave.status.currentVersion !== null && (
                <Button size="sm" variant="danger" onClick={autosave.overwrite}>
                  Keep mine and save over it
                </Button>
              )}
            </div>
          </Notice>
        )}
        {autosave.status.kind === 'error' && (
          <Notice tone="danger" title="Couldn't save your latest changes">
            {autosave.status.message} Everything you changed is still here; we'll save it as soon as it works.{' '}
            <button type="button" onClick={autosave.retry} className="font-medium text-accent-text underline underline-offset-2">
              Try again now
            </button>
          </Notice>
        )}
        <WeekTabs
          content={doc.content}
          week={week}
          onWeek={setWeek}
          weeksWithProblems={weeksWithProblems}
          onAddWeek={() => {
            editContent(addWeek);
            setWeek(doc.content.weeks + 1);
          }}
          onDuplicateWeek={(n) => {
            editContent((c) => duplicateWeek(c, n));
            setWeek(n + 1);
          }}
          onRemoveWeek={(n) => {
            editContent((c) => removeWeek(c, n));
            setWeek(Math.max(1, n - 1));
            undoToast(`Week ${n} removed`);
          }}
        >
          <WeekPanel
            content={doc.content}
            week={week}
            units={units}
            editWorkout={editWorkout}
            onAddWorkout={() => editContent((c) => addWorkout(c, week))}
            onDuplicateWorkout={(w: Workout) => editContent((c) => duplicateWorkout(c, w.id))}
            onRemoveWorkout={(w: Workout) => {
              editContent((c) => removeWorkout(c, w.id));
              undoToast(`${w.name} removed`);
            }}
            onMoveWorkout={(w: Workout, delta) => editContent((c) => moveWorkout(c, w.id, delta))}
            onCopyWeek={(from) =>
              editContent((c) => {
                // Copy week `from` into this (empty) week: duplicate it, then drop the empty week it pushed along.
                const copied = duplicateWeek(c, from);
                return from + 1 === week ? removeWeek(copied, week + 1) : copied;
              })
            }
          />
        </WeekTabs>
        <ProgramDetailsDialog
          open={details}
          onOpenChange={setDetails}
          doc={doc}
          onChange={(patch, key) => update((d) => ({ ...d, ...patch }), key)}
          errors={{ description: fieldProblem('description'), tags: fieldProblem('tags') }}
        />
        {isTemplate && <AssignDialog programId={program.id} open={assigning} onOpenChange={setAssigning} />}
        <LeaveGuard unsaved={autosave.unsaved} blocking={['invalid', 'error', 'conflict'].includes(autosave.status.kind)} />
      </div>
    </ProblemsContext.Provider>
  );
}
