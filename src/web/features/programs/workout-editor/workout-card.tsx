import { Clock, Layers, NotebookPen, X } from 'lucide-react';
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { Units } from '../../../../shared/clients';
import { estimateWorkoutMinutes } from '../../../../shared/program-estimate';
import type { Workout } from '../../../../shared/programs';
import { cn } from '../../../ui/cn';
import { inputClass } from '../../../ui/field';
import { BlockList } from './block-list';
import { SECTION_LABELS } from './block-menu';
import { newBlock, newPrescription } from './defaults';
import type { Section } from './defaults';
import { DraftInput } from './draft-input';
import { ExercisePicker } from './exercise-picker';
import type { EditWorkout } from './prescription-editor';
import { problemFor, useProblems } from './problems';
import { addBlock, exerciseCount } from './workout-ops';

type WorkoutCardProps = {
  workout: Workout;
  units: Units;
  edit: EditWorkout;
  /** The builder's workout menu (duplicate, move, remove); absent when editing one scheduled day. */
  actions?: ReactNode;
};

function AddBar({ workout, edit }: { workout: Workout; edit: EditWorkout }) {
  const [section, setSection] = useState<Section>('main');
  const [grouping, setGrouping] = useState<'superset' | 'circuit' | null>(null);
  return (
    <div className="flex flex-col gap-2 rounded-md border border-dashed border-line p-2 sm:flex-row sm:items-center">
      <select
        aria-label="Section for the next exercise"
        value={section}
        onChange={(event) => setSection(event.target.value as Section)}
        className={cn(inputClass, 'h-9 w-full px-2 text-sm sm:w-32')}
      >
        {(Object.keys(SECTION_LABELS) as Section[]).map((value) => (
          <option key={value} value={value}>
            {SECTION_LABELS[value]}
          </option>
        ))}
      </select>
      <ExercisePicker
        key={grouping ?? 'single'}
        label={grouping ? `First exercise of the new ${grouping}` : `Add exercise to ${workout.name}`}
        placeholder={grouping ? `First exercise of the ${grouping}…` : 'Add exercise: type a name, Enter adds it'}
        autoFocus={grouping !== null}
        className="flex-1"
        onPick={(exercise) => {
          edit((w) => addBlock(w, newBlock(newPrescription(exercise, section), section, grouping ?? 'single')));
          setGrouping(null);
        }}
      />
      {grouping ? (
        <button
          type="button"
          onClick={() => setGrouping(null)}
          className="inline-flex h-9 items-center gap-1 rounded-md px-3 text-sm text-muted hover:bg-surface-muted hover:text-text"
        >
          <X aria-hidden className="size-4" /> Cancel {grouping}
        </button>
      ) : (
        <div className="flex gap-1">
          <button
            type="button"
            onClick={() => setGrouping('superset')}
            className="inline-flex h-9 items-center gap-1 rounded-md px-3 text-sm text-accent-text hover:bg-accent-soft"
          >
            <Layers aria-hidden className="size-4" /> Add superset
          </button>
          <button
            type="button"
            onClick={() => setGrouping('circuit')}
            className="inline-flex h-9 items-center gap-1 rounded-md px-3 text-sm text-accent-text hover:bg-accent-soft"
          >
            Add circuit
          </button>
        </div>
      )}
    </div>
  );
}

/** One workout: its name, notes, blocks and the bar that adds exercises. Used by the builder and for one scheduled day. */
export function WorkoutCard({ workout, units, edit, actions }: WorkoutCardProps) {
  const problems = useProblems(workout.id);
  const [notesOpen, setNotesOpen] = useState(workout.notes !== '');
  const minutes = estimateWorkoutMinutes(workout);
  const count = exerciseCount(workout);
  const nameError = problemFor(problems, 'name');
  const other = problems.filter((p) => p.field !== 'name' && !p.field.startsWith('notes'));
  return (
    <article
      aria-label={workout.name || 'Untitled workout'}
      data-editor-id={workout.id}
      className="flex flex-col gap-3 rounded-lg border border-line bg-surface-muted/50 p-3 shadow-sm sm:p-4"
    >
      <header className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <DraftInput
          aria-label="Workout name"
          value={workout.name}
          format={(name) => name}
          parse={(text) => text}
          onCommit={(name) => edit((w) => ({ ...w, name }), `workout:${workout.id}:name`)}
          invalid={Boolean(nameError)}
          placeholder="Name this workout"
          variant="ghost"
          className="h-9 w-full max-w-xs flex-1 px-1.5 text-base font-semibold"
        />
        <span className="flex items-center gap-3 text-sm text-muted">
          <span className="inline-flex items-center gap-1" title="Estimated duration">
            <Clock aria-hidden className="size-4" />
            {minutes > 0 ? <span>≈ {minutes} min</span> : <span>—</span>}
            <span className="sr-only">estimated</span>
          </span>
          <span>{count === 1 ? '1 exercise' : `${count} exercises`}</span>
        </span>
        <span className="ml-auto flex items-center gap-1">
          {!notesOpen && (
            <button
              type="button"
              onClick={() => setNotesOpen(true)}
              className="inline-flex h-8 items-center gap-1 rounded-sm px-2 text-sm text-muted hover:bg-surface-muted hover:text-text"
            >
              <NotebookPen aria-hidden className="size-4" /> Add notes
            </button>
          )}
          {actions}
        </span>
      </header>
      {nameError && <p className="-mt-2 text-xs text-danger">{nameError}</p>}
      {notesOpen && (
        <textarea
          aria-label={`Notes for ${workout.name}`}
          rows={2}
          value={workout.notes}
          onChange={(event) => {
            const notes = event.target.value;
            edit((w) => ({ ...w, notes }), `workout:${workout.id}:notes`);
          }}
          placeholder="Notes for the whole workout: the focus, how to warm up, what to skip if short on time"
          className={cn(inputClass, 'w-full py-2 text-sm')}
        />
      )}
      {workout.blocks.length > 0 ? (
        <BlockList workout={workout} units={units} edit={edit} />
      ) : (
        <p className="px-1 text-sm text-muted">No exercises yet. Search below and press Enter to add the first.</p>
      )}
      {other.length > 0 && (
        <p role="alert" className="text-xs text-danger">
          {other.map((p) => p.message).join(' · ')}
        </p>
      )}
      <AddBar workout={workout} edit={edit} />
    </article>
  );
}
