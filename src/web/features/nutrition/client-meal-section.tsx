import { CloudUpload, Copy, Pencil, Plus, Trash2 } from 'lucide-react';
import { Button } from '../../ui/button';
import { Menu, MenuItem } from '../../ui/menu';
import type { DayEntry, DayMeal } from './client-day-model';
import { amountText, formatWhole, macroLine } from './nutrition-format';

type EntryRowProps = { entry: DayEntry; onEdit: (entry: DayEntry) => void; onDelete: (entry: DayEntry) => void };

/** One food: name, amount as entered, kcal; tap to change it, ⋯ for the rest. */
function EntryRow({ entry, onEdit, onDelete }: EntryRowProps) {
  const pending = entry.isPending === true;
  return (
    <li className="flex items-center gap-1">
      <button
        type="button"
        disabled={pending}
        onClick={() => onEdit(entry)}
        className="-ml-2 flex min-h-14 min-w-0 flex-1 items-center gap-3 rounded-md px-2 py-2 text-left hover:bg-surface-muted disabled:hover:bg-transparent"
      >
        <span className="flex min-w-0 flex-1 flex-col">
          <span className="line-clamp-2 font-medium text-text">{entry.name}</span>
          {(entry.unit !== 'quick' || entry.name !== 'Quick add') && <span className="text-sm text-muted">{amountText(entry)}</span>}
          {pending ? (
            <span className="flex items-center gap-1 text-xs text-muted">
              <CloudUpload aria-hidden className="size-3.5 shrink-0" />
              Saved on this phone — will sync
            </span>
          ) : entry.unit !== 'quick' || entry.proteinG + entry.carbsG + entry.fatG > 0 ? (
            <span className="text-xs text-muted">{macroLine(entry)}</span>
          ) : null}
        </span>
        <span className="shrink-0 text-right">
          <span className="block font-semibold text-text tabular-nums">{formatWhole(entry.kcal)}</span>
          <span className="block text-xs text-muted">kcal</span>
        </span>
      </button>
      {!pending && (
        <Menu label={`${entry.name}: actions`} triggerClassName="size-11">
          <MenuItem icon={<Pencil aria-hidden />} onSelect={() => onEdit(entry)}>
            Change amount or meal
          </MenuItem>
          <MenuItem icon={<Trash2 aria-hidden />} tone="danger" onSelect={() => onDelete(entry)}>
            Delete
          </MenuItem>
        </Menu>
      )}
    </li>
  );
}

type MealSectionProps = {
  meal: DayMeal;
  /** The day before had this meal and this one is empty: "yesterday’s" (or "Mon’s") to offer copying it, else null. */
  copyFrom: string | null;
  copying: boolean;
  onAdd: (meal: string) => void;
  onCopyYesterday: (meal: string) => void;
  onEdit: (entry: DayEntry) => void;
  onDelete: (entry: DayEntry) => void;
};

/** A meal: its foods and kcal, "+ Add" where the thumb is, and yesterday's copy when it is empty. */
export function MealSection({ meal, copyFrom, copying, onAdd, onCopyYesterday, onEdit, onDelete }: MealSectionProps) {
  const id = `meal-${meal.name.replace(/\W+/g, '-').toLowerCase()}`;
  const empty = meal.entries.length === 0;
  return (
    <section aria-labelledby={id} className="flex flex-col rounded-lg border border-line bg-surface px-4 pt-3 pb-3">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id={id} className="text-base font-semibold text-text">
          {meal.name}
        </h2>
        {!empty && (
          <span className="text-sm text-muted tabular-nums">
            <span className="font-semibold text-text">{formatWhole(meal.totals.kcal)}</span> kcal
          </span>
        )}
      </div>
      {!empty && (
        <ul className="mt-1 flex flex-col divide-y divide-line">
          {meal.entries.map((entry) => (
            <EntryRow key={entry.clientEntryId} entry={entry} onEdit={onEdit} onDelete={onDelete} />
          ))}
        </ul>
      )}
      <div className="mt-2 flex flex-wrap gap-2">
        <Button
          variant="secondary"
          className="min-w-28 flex-1"
          icon={<Plus aria-hidden className="size-5" />}
          onClick={() => onAdd(meal.name)}
          aria-label={`Add food to ${meal.name}`}
        >
          Add
        </Button>
        {empty && copyFrom && (
          <Button
            variant="ghost"
            className="flex-1"
            pending={copying}
            icon={<Copy aria-hidden className="size-4" />}
            onClick={() => onCopyYesterday(meal.name)}
          >
            {`Copy ${copyFrom} ${meal.name.toLowerCase()}`}
          </Button>
        )}
      </div>
    </section>
  );
}
