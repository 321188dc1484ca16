import { ArrowDown, ArrowUp, Plus, Trash2 } from 'lucide-react';
import { Button } from '../../ui/button';
import { cn } from '../../ui/cn';
import { MealPlanItemRow } from './meal-plan-item-row';
import { sumMacros, type DraftItem } from './meal-plan-ops';
import { formatWhole, macroLine } from './nutrition-format';

type Props = {
  name: string;
  index: number;
  count: number;
  items: DraftItem[];
  nameError: string | null;
  /** The day's kcal target, for "24 % of the day". */
  kcalTarget: number | null;
  onRename: (name: string) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  onAddFood: () => void;
  onChangeItem: (key: string, change: Partial<DraftItem>) => void;
  onRemoveItem: (key: string) => void;
};

/** One meal of the plan: its name (rename in place), order, foods with amounts, and its live totals. */
export function MealPlanMeal(props: Props) {
  const { name, index, count, items, nameError, kcalTarget } = props;
  const totals = sumMacros(items);
  const inputId = `meal-name-${index}`;
  const share = kcalTarget && items.length > 0 ? ` · ${Math.round((totals.kcal / kcalTarget) * 100)} % of the day` : '';
  return (
    <section aria-label={name || `Meal ${index + 1}`} className="rounded-lg border border-line bg-surface p-3 shadow-sm sm:p-4">
      <div className="flex flex-wrap items-start gap-2">
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <label htmlFor={inputId} className="sr-only">
            Meal {index + 1} name
          </label>
          <input
            id={inputId}
            value={name}
            maxLength={40}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? `${inputId}-error` : undefined}
            onChange={(event) => props.onRename(event.target.value)}
            className={cn(
              'h-10 w-full max-w-xs rounded-md border border-transparent bg-transparent px-2 text-base font-semibold text-text hover:border-line focus:border-line-strong aria-invalid:border-danger',
            )}
          />
          {nameError && (
            <p id={`${inputId}-error`} className="px-2 text-sm text-danger">
              {nameError}
            </p>
          )}
          <p className="px-2 text-xs text-muted tabular-nums">
            {items.length > 0 ? `${formatWhole(totals.kcal)} kcal · ${macroLine(totals)}${share}` : 'No foods yet'}
          </p>
        </div>
        <div className="flex items-center">
          <Button
            variant="ghost"
            size="sm"
            className="px-2"
            aria-label={`Move ${name} up`}
            disabled={index === 0}
            onClick={() => props.onMove(-1)}
          >
            <ArrowUp aria-hidden className="size-4" />
          </Button>
          <Button
            variant="ghost"
            size="sm"
            className="px-2"
            aria-label={`Move ${name} down`}
            disabled={index === count - 1}
            onClick={() => props.onMove(1)}
          >
            <ArrowDown aria-hidden className="size-4" />
          </Button>
          <Button variant="ghost" size="sm" className="px-2" aria-label={`Remove ${name}`} disabled={count === 1} onClick={props.onRemove}>
            <Trash2 aria-hidden className="size-4" />
          </Button>
        </div>
      </div>
      {items.length > 0 && (
        <ul className="mt-1 divide-y divide-line border-t border-line">
          {items.map((item) => (
            <MealPlanItemRow
              key={item.key}
              item={item}
              onChange={(change) => props.onChangeItem(item.key, change)}
              onRemove={() => props.onRemoveItem(item.key)}
            />
          ))}
        </ul>
      )}
      <Button variant="secondary" size="sm" className="mt-2" icon={<Plus aria-hidden className="size-4" />} onClick={props.onAddFood}>
        Add food<span className="sr-only"> to {name}</span>
      </Button>
    </section>
  );
}
