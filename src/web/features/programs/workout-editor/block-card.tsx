import { ArrowDown, ArrowUp, Copy, Trash2 } from 'lucide-react';
import type { ReactNode } from 'react';
import type { Units } from '../../../../shared/clients';
import type { Block } from '../../../../shared/programs';
import { cn } from '../../../ui/cn';
import { Menu, MenuItem } from '../../../ui/menu';
import { BlockMenu } from './block-menu';
import { newPrescription } from './defaults';
import { DraftInput } from './draft-input';
import { ExercisePicker } from './exercise-picker';
import { PrescriptionEditor } from './prescription-editor';
import type { EditWorkout } from './prescription-editor';
import { problemFor, useProblems } from './problems';
import { formatNumber, formatSeconds, parseNumber, parseSeconds } from './set-format';
import { addToBlock, duplicatePrescription, mapBlock, movePrescription, removePrescription } from './workout-ops';

type BlockCardProps = {
  block: Block;
  letter: string;
  isFirst: boolean;
  isLast: boolean;
  units: Units;
  week: number;
  edit: EditWorkout;
  onMove: (delta: -1 | 1) => void;
  /** The drag handle (from the sortable list). */
  handle: ReactNode;
  dragging?: boolean;
};

export const iconButton =
  'inline-flex size-8 shrink-0 items-center justify-center rounded-sm text-muted hover:bg-surface-muted hover:text-text disabled:opacity-30';

function MoveButtons({
  label,
  isFirst,
  isLast,
  onMove,
}: {
  label: string;
  isFirst: boolean;
  isLast: boolean;
  onMove: (delta: -1 | 1) => void;
}) {
  return (
    <>
      <button
        type="button"
        aria-label={`Move block ${label} up`}
        title="Move up (Alt ↑)"
        disabled={isFirst}
        onClick={() => onMove(-1)}
        className={iconButton}
      >
        <ArrowUp aria-hidden className="size-4" />
      </button>
      <button
        type="button"
        aria-label={`Move block ${label} down`}
        title="Move down (Alt ↓)"
        disabled={isLast}
        onClick={() => onMove(1)}
        className={iconButton}
      >
        <ArrowDown aria-hidden className="size-4" />
      </button>
    </>
  );
}

function GroupHeader({ block, letter, edit }: { block: Block; letter: string; edit: EditWorkout }) {
  const problems = useProblems(block.id);
  const set = (patch: Partial<Block>, key: string) =>
    edit((w) => mapBlock(w, block.id, (b) => ({ ...b, ...patch })), `block:${block.id}:${key}`);
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      <span className="font-semibold text-text">
        {block.kind === 'circuit' ? 'Circuit' : 'Superset'} {letter}
      </span>
      {block.kind === 'circuit' && (
        <label className="flex items-center gap-1.5 whitespace-nowrap text-muted">
          Rounds
          <DraftInput
            aria-label={`Rounds of circuit ${letter}`}
            value={block.rounds}
            format={formatNumber}
            parse={parseNumber}
            onCommit={(rounds) => set({ rounds }, 'rounds')}
            invalid={Boolean(problemFor(problems, 'rounds'))}
            inputMode="numeric"
            className="w-12"
          />
        </label>
      )}
      <label className="flex items-center gap-1.5 whitespace-nowrap text-muted">
        Rest between rounds
        <DraftInput
          aria-label={`Rest after each round of ${letter}`}
          value={block.restSeconds}
          format={formatSeconds}
          parse={(text) => (text.trim() === '' ? null : parseSeconds(text))}
          onCommit={(restSeconds) => set({ restSeconds }, 'rest')}
          invalid={Boolean(problemFor(problems, 'restSeconds'))}
          placeholder="1:30"
          className="w-16"
        />
      </label>
    </div>
  );
}

export function BlockCard({ block, letter, isFirst, isLast, units, week, edit, onMove, handle, dragging }: BlockCardProps) {
  const problems = useProblems(block.id);
  const single = block.kind === 'single';
  const controls = (
    <>
      <MoveButtons label={letter} isFirst={isFirst} isLast={isLast} onMove={onMove} />
      <BlockMenu block={block} label={letter} isFirst={isFirst} isLast={isLast} edit={edit} onMove={onMove} />
    </>
  );
  return (
    <section
      aria-label={`Block ${letter}`}
      data-editor-id={block.id}
      onKeyDown={(event) => {
        if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
        event.preventDefault();
        onMove(event.key === 'ArrowUp' ? -1 : 1);
      }}
      className={cn(
        'flex flex-col gap-3 rounded-md border bg-surface p-3',
        problems.length > 0 ? 'border-danger' : 'border-line',
        !single && 'border-l-4 border-l-accent',
        dragging && 'shadow-lg',
      )}
    >
      {single ? (
        block.exercises[0] && (
          <PrescriptionEditor
            prescription={block.exercises[0]}
            label={letter}
            units={units}
            week={week}
            edit={edit}
            lead={handle}
            actions={controls}
          />
        )
      ) : (
        <>
          <div className="flex flex-wrap items-center gap-2">
            {handle}
            <div className="min-w-[12rem] flex-1">
              <GroupHeader block={block} letter={letter} edit={edit} />
            </div>
            <div className="ml-auto flex items-center gap-1">{controls}</div>
          </div>
          {block.exercises.map((prescription, index) => (
            <PrescriptionEditor
              key={prescription.id}
              prescription={prescription}
              label={`${letter}${index + 1}`}
              units={units}
              week={week}
              edit={edit}
              actions={
                <Menu label={`Actions for ${letter}${index + 1}`}>
                  <MenuItem
                    icon={<ArrowUp aria-hidden />}
                    disabled={index === 0}
                    onSelect={() => edit((w) => movePrescription(w, prescription.id, -1))}
                  >
                    Move up in {block.kind}
                  </MenuItem>
                  <MenuItem
                    icon={<ArrowDown aria-hidden />}
                    disabled={index === block.exercises.length - 1}
                    onSelect={() => edit((w) => movePrescription(w, prescription.id, 1))}
                  >
                    Move down in {block.kind}
                  </MenuItem>
                  <MenuItem icon={<Copy aria-hidden />} onSelect={() => edit((w) => duplicatePrescription(w, prescription.id))}>
                    Duplicate exercise
                  </MenuItem>
                  <MenuItem
                    icon={<Trash2 aria-hidden />}
                    tone="danger"
                    onSelect={() => edit((w) => removePrescription(w, prescription.id))}
                  >
                    Remove from {block.kind}
                  </MenuItem>
                </Menu>
              }
            />
          ))}
          <ExercisePicker
            label={`Add exercise to ${block.kind} ${letter}`}
            placeholder={
              block.exercises.length < 2 ? `Add the second exercise of this ${block.kind}` : `Add an exercise to ${block.kind} ${letter}`
            }
            autoFocus={block.exercises.length < 2}
            onPick={(exercise) => edit((w) => addToBlock(w, block.id, newPrescription(exercise, block.section)))}
            className="max-w-md"
          />
        </>
      )}
      {problemFor(problems, 'exercises') && (
        <p role="alert" className="text-xs text-danger">
          {problemFor(problems, 'exercises')}
        </p>
      )}
    </section>
  );
}
