import { Plus } from 'lucide-react';
import type { Units } from '../../../../shared/clients';
import type { PrescribedSet, Prescription } from '../../../../shared/programs';
import { SetRow } from './set-row';

const thClass = 'px-1 pb-1 text-left text-xs font-medium whitespace-nowrap text-muted';

type SetsTableProps = {
  prescription: Prescription;
  exerciseName: string;
  units: Units;
  onSet: (setId: string, recipe: (set: PrescribedSet) => PrescribedSet, field: string) => void;
  onAddSet: () => void;
  onDuplicateSet: (setId: string) => void;
  onRemoveSet: (setId: string) => void;
};

/** One row per set, typed into like a spreadsheet; "Add set" repeats the last one. */
export function SetsTable({ prescription, exerciseName, units, onSet, onAddSet, onDuplicateSet, onRemoveSet }: SetsTableProps) {
  return (
    <div className="flex flex-col items-start gap-1">
      <div className="w-full overflow-x-auto">
        <table aria-label={`Sets for ${exerciseName}`} className="w-full min-w-[46rem] border-collapse">
          <thead>
            <tr>
              <th scope="col" className={thClass}>
                <span className="sr-only">Set</span>#
              </th>
              <th scope="col" className={thClass}>
                Type
              </th>
              <th scope="col" className={thClass}>
                Target
              </th>
              <th scope="col" className={thClass}>
                Load
              </th>
              <th scope="col" className={thClass}>
                Effort
              </th>
              <th scope="col" className={thClass}>
                Tempo
              </th>
              <th scope="col" className={thClass}>
                Rest
              </th>
              <th scope="col" className={thClass}>
                Note
              </th>
              <th scope="col" className={thClass}>
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {prescription.sets.map((set, index) => (
              <SetRow
                key={set.id}
                set={set}
                index={index}
                units={units}
                canRemove={prescription.sets.length > 1}
                onChange={(recipe, field) => onSet(set.id, recipe, field)}
                onDuplicate={() => onDuplicateSet(set.id)}
                onRemove={() => onRemoveSet(set.id)}
              />
            ))}
          </tbody>
        </table>
      </div>
      <button
        type="button"
        onClick={onAddSet}
        aria-label={`Add set to ${exerciseName}`}
        className="inline-flex h-8 items-center gap-1 rounded-sm px-2 text-sm text-accent-text hover:bg-accent-soft"
      >
        <Plus aria-hidden className="size-4" /> Add set
      </button>
    </div>
  );
}
