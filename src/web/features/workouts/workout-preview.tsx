import type { Prescription, Workout } from '../../../shared/programs';
import { cn } from '../../ui/cn';
import { useExerciseName } from '../exercises/use-exercise-name';
import { summariseSets } from './set-summary';

const SECTION_LABELS = { warmup: 'Warm-up', main: 'Main', cooldown: 'Cool-down' } as const;
const letter = (index: number) => (index < 26 ? String.fromCharCode(65 + index) : String(index + 1));

function PrescriptionLine({ prescription, label, large }: { prescription: Prescription; label: string; large?: boolean }) {
  const { name } = useExerciseName(prescription.exerciseId);
  return (
    <li className="flex gap-3">
      <span
        className={cn(
          'flex shrink-0 items-center justify-center rounded-sm bg-surface-muted font-semibold text-muted',
          large ? 'size-8 text-sm' : 'size-6 text-xs',
        )}
      >
        {label}
      </span>
      <span className="flex min-w-0 flex-col">
        <span className={cn('font-medium text-text', large ? 'text-base' : 'text-sm')}>{name}</span>
        {summariseSets(prescription.sets).map((line, index) => (
          <span key={index} className="text-sm text-muted">
            {line}
          </span>
        ))}
        {prescription.note && <span className="text-sm text-text italic">{prescription.note}</span>}
      </span>
    </li>
  );
}

/** A workout read-only: what the client will do, block by block. */
export function WorkoutPreview({ workout, large }: { workout: Workout; large?: boolean }) {
  if (workout.blocks.length === 0) return <p className="text-sm text-muted">No exercises in this workout yet.</p>;
  const showSections = workout.blocks.some((block) => block.section !== 'main');
  return (
    <div className="flex flex-col gap-3">
      {workout.notes && <p className="text-sm whitespace-pre-wrap text-text">{workout.notes}</p>}
      <ol className="flex flex-col gap-3">
        {workout.blocks.map((block, index) => (
          <li key={block.id} className="flex flex-col gap-2">
            {showSections && block.section !== workout.blocks[index - 1]?.section && (
              <h4 className="text-xs font-semibold tracking-wide text-muted uppercase">{SECTION_LABELS[block.section]}</h4>
            )}
            {block.kind !== 'single' && (
              <p className="text-xs font-medium text-accent-text">
                {block.kind === 'circuit' ? `Circuit · ${block.rounds} rounds` : 'Superset: alternate these'}
              </p>
            )}
            <ul className={cn('flex flex-col gap-2', block.kind !== 'single' && 'border-l-2 border-accent pl-3')}>
              {block.exercises.map((prescription, i) => (
                <PrescriptionLine
                  key={prescription.id}
                  prescription={prescription}
                  label={block.kind === 'single' ? letter(index) : `${letter(index)}${i + 1}`}
                  large={large}
                />
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  );
}
