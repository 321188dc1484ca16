import { useQuery } from '@tanstack/react-query';
import { Dumbbell, Flag, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { Exercise } from '../../../shared/exercises';
import { Button } from '../../ui/button';
import { TextareaField } from '../../ui/field';
import { EmptyState } from '../../ui/states';
import { exerciseQuery } from '../exercises/queries';
import { nextUp, type GroupModel, type GymModel, type RowModel, type SlotModel } from './gym-model';
import type { SetValues } from './set-values';
import { ExerciseCard } from './exercise-card';
import { AddExerciseSheet, ExerciseActionsSheet, HowToSheet, SwapSheet } from './exercise-sheets';
import type { GymSession } from './use-gym-session';

const SECTION_LABELS = { warmup: 'Warm-up', main: 'Main', cooldown: 'Cool-down' } as const;

type Open =
  | { kind: 'actions'; slot: SlotModel }
  | { kind: 'how-to'; exerciseId: string }
  | { kind: 'swap'; slot: SlotModel }
  | { kind: 'add' }
  | null;

function HowTo({ exerciseId, known, onClose }: { exerciseId: string; known: Exercise | undefined; onClose: () => void }) {
  const fetched = useQuery({ ...exerciseQuery(exerciseId), enabled: !known });
  const exercise = known ?? fetched.data;
  return exercise ? <HowToSheet exercise={exercise} onClose={onClose} /> : null;
}

function GroupFrame({ group, children }: { group: GroupModel; children: ReactNode }) {
  if (group.kind === 'single') return <>{children}</>;
  return (
    <div
      role="group"
      aria-label={group.kind === 'superset' ? `Superset ${group.label}` : `Circuit ${group.label}`}
      className="flex flex-col gap-2"
    >
      <p className="text-sm font-medium text-accent-text">
        {group.kind === 'superset'
          ? `Superset ${group.label}: one set of each, then rest`
          : `Circuit ${group.label} · ${group.rounds} ${group.rounds === 1 ? 'round' : 'rounds'}: one set of each, then rest`}
      </p>
      <div className="flex flex-col gap-3 border-l-4 border-accent pl-2">{children}</div>
    </div>
  );
}

type WorkoutLogProps = {
  gym: GymSession;
  model: GymModel;
  onSetDone: (slot: SlotModel, row: RowModel) => void;
  onFinish: () => void;
  onDiscard: () => void;
};

/** The workout, exercise by exercise; the set to do next is outlined. */
export function WorkoutLog({ gym, model, onSetDone, onFinish, onDiscard }: WorkoutLogProps) {
  const [open, setOpen] = useState<Open>(null);
  const { actions, layout, unit, names, exercises } = gym;
  const next = nextUp(model);
  const showSections = model.groups.some((group) => group.section !== 'main');
  const close = () => setOpen(null);

  const save = async (slot: SlotModel, row: RowModel, values: SetValues, notes: string) => {
    const wasDone = row.logged !== null;
    const saving = actions.saveSet(slot, row, values, notes);
    if (!wasDone) onSetDone(slot, row);
    await saving;
  };

  return (
    <div className="flex flex-col gap-4">
      {gym.session?.plan?.notes && (
        <p className="rounded-lg bg-accent-soft px-4 py-3 text-sm whitespace-pre-wrap text-text">{gym.session.plan.notes}</p>
      )}

      {model.slots.length === 0 ? (
        <EmptyState
          icon={<Dumbbell />}
          title="Add your first exercise"
          action={
            <Button size="lg" onClick={() => setOpen({ kind: 'add' })} icon={<Plus aria-hidden className="size-5" />}>
              Add exercise
            </Button>
          }
        >
          Search the library, then log each set as you go. Last time's numbers show up beside each set.
        </EmptyState>
      ) : (
        model.groups.map((group, index) => (
          <div key={group.id} className="flex flex-col gap-2">
            {showSections && group.section !== model.groups[index - 1]?.section && (
              <h2 className="pt-2 text-xs font-semibold tracking-wide text-muted uppercase">{SECTION_LABELS[group.section]}</h2>
            )}
            <GroupFrame group={group}>
              {group.slots.map((slot) => (
                <ExerciseCard
                  key={slot.key}
                  slot={slot}
                  name={names(slot.exerciseId)}
                  exercise={exercises.get(slot.exerciseId)}
                  swappedFromName={slot.swappedFrom ? names(slot.swappedFrom) : null}
                  unit={unit}
                  nextKey={next?.row.key ?? null}
                  records={layout.records}
                  onSave={(row, values, notes) => save(slot, row, values, notes)}
                  onUndo={actions.deleteSet}
                  onHowTo={() => setOpen({ kind: 'how-to', exerciseId: slot.exerciseId })}
                  onActions={() => setOpen({ kind: 'actions', slot })}
                  onAddSet={() => actions.layout((l) => ({ setDelta: { ...l.setDelta, [slot.key]: (l.setDelta[slot.key] ?? 0) + 1 } }))}
                  onUnskip={() => actions.layout((l) => ({ skipped: l.skipped.filter((key) => key !== slot.key) }))}
                />
              ))}
            </GroupFrame>
          </div>
        ))
      )}

      {model.slots.length > 0 && (
        <Button variant="secondary" size="lg" onClick={() => setOpen({ kind: 'add' })} icon={<Plus aria-hidden className="size-5" />}>
          Add exercise
        </Button>
      )}

      <TextareaField
        label="Workout notes"
        optional
        hint="For you and your coach: sleep, energy, what to change."
        maxLength={2000}
        value={layout.notes}
        onChange={(event) => {
          const notes = event.target.value;
          actions.layout(() => ({ notes }));
        }}
      />

      <div className="flex flex-col gap-2 pt-2">
        {model.slots.length > 0 && (
          <Button size="lg" onClick={onFinish} icon={<Flag aria-hidden className="size-5" />}>
            Finish workout
          </Button>
        )}
        <button
          type="button"
          onClick={onDiscard}
          className="inline-flex h-11 items-center justify-center gap-2 rounded-md text-sm font-medium text-danger hover:bg-danger-soft"
        >
          <Trash2 aria-hidden className="size-4" />
          Discard workout
        </button>
      </div>

      {open?.kind === 'actions' && (
        <ExerciseActionsSheet
          name={names(open.slot.exerciseId)}
          skipped={open.slot.skipped}
          canSwap={!open.slot.rows.some((row) => row.logged)}
          canRemoveSet={open.slot.rows.length > 0}
          onClose={close}
          onHowTo={() => setOpen({ kind: 'how-to', exerciseId: open.slot.exerciseId })}
          onSwap={() => setOpen({ kind: 'swap', slot: open.slot })}
          onSkip={() =>
            actions.layout((l) => ({
              skipped: l.skipped.includes(open.slot.key) ? l.skipped.filter((key) => key !== open.slot.key) : [...l.skipped, open.slot.key],
            }))
          }
          onAddSet={() => actions.layout((l) => ({ setDelta: { ...l.setDelta, [open.slot.key]: (l.setDelta[open.slot.key] ?? 0) + 1 } }))}
          onRemoveSet={() => {
            const last = open.slot.rows[open.slot.rows.length - 1];
            if (last?.logged) void actions.deleteSet(last.logged);
            actions.layout((l) => ({ setDelta: { ...l.setDelta, [open.slot.key]: (l.setDelta[open.slot.key] ?? 0) - 1 } }));
          }}
        />
      )}
      {open?.kind === 'how-to' && <HowTo exerciseId={open.exerciseId} known={exercises.get(open.exerciseId)} onClose={close} />}
      {open?.kind === 'swap' && (
        <SwapSheet
          exercise={exercises.get(open.slot.exerciseId)}
          onClose={close}
          onPick={(exercise) => {
            actions.swap(open.slot, exercise);
            close();
          }}
        />
      )}
      {open?.kind === 'add' && (
        <AddExerciseSheet
          onClose={close}
          onPick={(exercise) => {
            actions.addExercise(exercise);
            close();
          }}
        />
      )}
    </div>
  );
}
