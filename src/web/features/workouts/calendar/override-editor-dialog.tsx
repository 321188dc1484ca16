import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Redo2, Undo2 } from 'lucide-react';
import { useMemo, useState } from 'react';
import { toast } from 'sonner';
import { WorkoutSchema } from '../../../../shared/programs';
import type { ScheduledWorkoutDetail, Workout } from '../../../../shared/programs';
import { errorMessage, isApiError } from '../../../lib/api';
import { Button } from '../../../ui/button';
import { ConfirmDialog, Dialog } from '../../../ui/dialog';
import { FormError } from '../../../ui/notice';
import { clientQuery } from '../../clients/queries';
import { unitsOrDefault } from '../../programs/workout-editor/defaults';
import { ProblemsContext, indexProblems, resolveInWorkout } from '../../programs/workout-editor/problems';
import type { Problem } from '../../programs/workout-editor/problems';
import { useUndoKeys, useUndoable } from '../../programs/workout-editor/use-undoable';
import { WorkoutCard } from '../../programs/workout-editor/workout-card';
import { settingsQuery } from '../../settings/queries';
import { scheduleApi, scheduleChanged } from '../queries';
import { dayMedium } from './calendar-dates';

type EditorProps = { detail: ScheduledWorkoutDetail; clientId: string; onClose: () => void };

/** The builder's workout card on one scheduled day: saving changes that day only. */
export function OverrideEditorDialog({ detail, clientId, onClose }: EditorProps) {
  const queryClient = useQueryClient();
  const client = useQuery(clientQuery(clientId));
  const settings = useQuery(settingsQuery());
  const units = unitsOrDefault(client.data?.onboarding?.units ?? settings.data?.units);
  const history = useUndoable<Workout>(detail.workout);
  useUndoKeys(history.undo, history.redo, { inDialog: true });
  const [problems, setProblems] = useState<Problem[]>([]);
  const index = useMemo(() => indexProblems(problems), [problems]);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();
  const [discarding, setDiscarding] = useState(false);

  const save = async () => {
    const workout = history.value;
    const parsed = WorkoutSchema.safeParse(workout);
    if (!parsed.success) {
      setProblems(parsed.error.issues.map((issue) => resolveInWorkout(workout, issue.path, issue.message)));
      setError('Fix what is marked in red, then save.');
      return;
    }
    setSaving(true);
    setError(undefined);
    try {
      await scheduleApi.setWorkout(detail.id, workout);
      scheduleChanged(queryClient);
      toast.success(`Saved for ${dayMedium(detail.date)} only`);
      onClose();
    } catch (caught) {
      if (isApiError(caught) && caught.fields.length > 0) {
        setProblems(
          caught.fields.map((field) => resolveInWorkout(workout, field.path.replace(/^workout\./, '').split('.'), field.message)),
        );
        setError(caught.message);
      } else {
        setError(errorMessage(caught));
      }
    } finally {
      setSaving(false);
    }
  };

  const close = () => (history.canUndo ? setDiscarding(true) : onClose());
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && close()}
      size="lg"
      title={`Edit ${detail.name} for ${dayMedium(detail.date)}`}
      description="Only this day changes: the program and every other day stay as they are."
    >
      <ProblemsContext.Provider value={index}>
        <div className="flex flex-col gap-4">
          <WorkoutCard workout={history.value} units={units} edit={history.update} />
          <FormError message={error} />
          <div className="sticky -bottom-5 -mx-5 -mb-5 flex flex-col-reverse gap-2 border-t border-line bg-surface px-5 py-3 sm:flex-row sm:items-center sm:justify-end">
            <div className="flex gap-1 sm:mr-auto">
              <Button variant="ghost" size="sm" aria-label="Undo" disabled={!history.canUndo} onClick={history.undo} className="px-2">
                <Undo2 aria-hidden className="size-4" />
              </Button>
              <Button variant="ghost" size="sm" aria-label="Redo" disabled={!history.canRedo} onClick={history.redo} className="px-2">
                <Redo2 aria-hidden className="size-4" />
              </Button>
            </div>
            <Button variant="secondary" onClick={close}>
              Cancel
            </Button>
            <Button pending={saving} onClick={() => void save()}>
              Save for this day
            </Button>
          </div>
        </div>
      </ProblemsContext.Provider>
      <ConfirmDialog
        open={discarding}
        onOpenChange={setDiscarding}
        title="Discard your changes?"
        description="What you changed on this day hasn't been saved."
        confirmLabel="Discard"
        tone="danger"
        onConfirm={() => {
          onClose();
          return Promise.resolve();
        }}
      />
    </Dialog>
  );
}
