import type { ReactNode } from 'react';
import type { Units } from '../../../../shared/clients';
import type { Prescription, Workout } from '../../../../shared/programs';
import { Badge } from '../../../ui/badge';
import { DraftInput } from './draft-input';
import { useExerciseName } from '../../exercises/use-exercise-name';
import { problemFor, useProblems } from './problems';
import { ProgressionPicker } from './progression-picker';
import { SetsTable } from './sets-table';
import { addSet, duplicateSet, mapPrescription, mapSet, removeSet } from './workout-ops';

/** One change to the workout; `key` lets quick typing in one field undo as one step. */
export type EditWorkout = (recipe: (workout: Workout) => Workout, key?: string) => void;

type PrescriptionEditorProps = {
  prescription: Prescription;
  label: string;
  units: Units;
  week: number;
  edit: EditWorkout;
  /** Controls at the end of the header row (the block's, for a single exercise). */
  actions?: ReactNode;
  /** Shown before the name (a single block's drag handle). */
  lead?: ReactNode;
};

export function PrescriptionEditor({ prescription, label, units, week, edit, actions, lead }: PrescriptionEditorProps) {
  const { name, archived } = useExerciseName(prescription.exerciseId);
  const problems = useProblems(prescription.id);
  const id = prescription.id;
  const general = problems.filter((p) => !p.field.startsWith('progression') && !p.field.startsWith('note'));
  return (
    <div data-editor-id={id} className="flex flex-col gap-1.5">
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <div className="flex min-w-[12rem] flex-1 items-center gap-2">
          {lead}
          <span className="flex size-7 shrink-0 items-center justify-center rounded-sm bg-surface-muted text-xs font-semibold text-muted">
            {label}
          </span>
          <h4 className="min-w-0 flex-1 truncate font-medium text-text" title={name}>
            {name}
          </h4>
          {archived && <Badge>Archived</Badge>}
        </div>
        <div className="ml-auto flex items-center gap-1">
          <ProgressionPicker
            rule={prescription.progression}
            units={units}
            week={week}
            exerciseName={name}
            error={problemFor(problems, 'progression')}
            onChange={(progression) => edit((w) => mapPrescription(w, id, (p) => ({ ...p, progression })), `progression:${id}`)}
          />
          {actions}
        </div>
      </div>
      <DraftInput
        aria-label={`Note for ${name}`}
        placeholder="Note for the client (cues, setup, what to feel)"
        value={prescription.note}
        format={(note) => note}
        parse={(text) => text}
        onCommit={(note) => edit((w) => mapPrescription(w, id, (p) => ({ ...p, note })), `note:${id}`)}
        invalid={Boolean(problemFor(problems, 'note'))}
        variant="ghost"
        className="w-full"
      />
      <SetsTable
        prescription={prescription}
        exerciseName={name}
        units={units}
        onSet={(setId, recipe, field) => edit((w) => mapSet(w, setId, recipe), `set:${setId}:${field}`)}
        onAddSet={() => edit((w) => addSet(w, id))}
        onDuplicateSet={(setId) => edit((w) => duplicateSet(w, id, setId))}
        onRemoveSet={(setId) => edit((w) => removeSet(w, id, setId))}
      />
      {general.length > 0 && (
        <p role="alert" className="text-xs text-danger">
          {general.map((p) => p.message).join(' · ')}
        </p>
      )}
    </div>
  );
}
