import { ArrowLeft, SquarePen } from 'lucide-react';
import { useState } from 'react';
import type { Food } from '../../../shared/nutrition';
import { MAX_ENTRY_GRAMS } from '../../../shared/nutrition';
import { Button } from '../../ui/button';
import { MealSelect } from './client-meal-select';
import { cn } from '../../ui/cn';
import { NumberStepper, parseDraft } from '../logging/number-stepper';
import { convertAmount, formatGrams, formatWhole, gramsOf, nutrientsFor } from './nutrition-format';
import type { AmountChoice } from './nutrition-format';

type Unit = Omit<AmountChoice, 'quantity'>;

const unitKey = (unit: Unit) => (unit.unit === 'portion' ? `portion:${unit.portionLabel ?? ''}` : unit.unit);
const linkClass = 'inline-flex min-h-11 items-center gap-1 rounded-md px-2 text-sm font-medium text-accent-text hover:bg-surface-muted';
const STEP: Record<AmountChoice['unit'], number> = { portion: 0.5, g: 10, oz: 0.5 };

type PortionPickerProps = {
  food: Food;
  initial: AmountChoice;
  meal: string;
  meals: string[];
  onMealChange: (meal: string) => void;
  /** Back to the list (adding); none when changing a logged entry. */
  onBack?: () => void;
  /** The client's own recipe: change it (from the add sheet). */
  onEdit?: () => void;
  onAdd: (amount: AmountChoice) => void;
  submitLabel?: string;
  pending?: boolean;
};

/** Choosing how much: the food's portions, g or oz, a stepper, and the kcal and macros as they change. */
export function PortionPicker(props: PortionPickerProps) {
  const { food, initial, meal, meals, onMealChange, onBack, onEdit, onAdd, submitLabel, pending } = props;
  const [unit, setUnit] = useState<Unit>({ unit: initial.unit, portionLabel: initial.portionLabel });
  const [text, setText] = useState(String(initial.quantity));
  const parsed = parseDraft(text);
  const quantity = typeof parsed === 'number' ? parsed : 0;
  const amount: AmountChoice = { ...unit, quantity };
  const grams = gramsOf(food, amount);
  const nutrients = nutrientsFor(food, grams);
  const error =
    parsed === undefined
      ? 'Enter a number'
      : quantity <= 0
        ? 'Enter an amount'
        : grams > MAX_ENTRY_GRAMS
          ? `That is ${formatWhole(grams)} g — at most ${formatWhole(MAX_ENTRY_GRAMS)} g in one go`
          : null;
  const units: Unit[] = [
    ...food.portions.map((portion) => ({ unit: 'portion' as const, portionLabel: portion.label })),
    { unit: 'g', portionLabel: null },
    { unit: 'oz', portionLabel: null },
  ];
  const choose = (next: Unit) => {
    const converted = convertAmount(food, amount.quantity > 0 ? amount : { ...amount, quantity: 1 }, next);
    setUnit(next);
    setText(String(converted.quantity));
  };
  const caption = unit.unit === 'portion' ? `× ${unit.portionLabel ?? 'portion'}` : unit.unit;

  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        if (!error) onAdd(amount);
      }}
    >
      {(onBack || onEdit) && (
        <div className="-mt-1 -mx-2 flex items-center justify-between gap-2">
          {onBack && (
            <button type="button" onClick={onBack} className={linkClass}>
              <ArrowLeft aria-hidden className="size-4" />
              All foods
            </button>
          )}
          {onEdit && (
            <button type="button" onClick={onEdit} className={cn(linkClass, 'ml-auto')}>
              <SquarePen aria-hidden className="size-4" />
              Edit recipe
            </button>
          )}
        </div>
      )}
      <div className="flex flex-col gap-0.5">
        <h3 className="text-lg font-semibold break-words text-text">{food.name}</h3>
        <p className="text-sm text-muted">
          {`${formatWhole(food.per100g.kcal)} kcal per 100 g`}
          {food.kind === 'recipe' &&
            food.servings !== null &&
            ` · recipe for ${formatGrams(food.servings)} ${food.servings === 1 ? 'serving' : 'servings'}`}
        </p>
      </div>

      <fieldset className="flex flex-col gap-2">
        <legend className="mb-2 text-sm font-medium text-text">Portion</legend>
        <div className="flex flex-wrap gap-2">
          {units.map((option) => {
            const selected = unitKey(option) === unitKey(unit);
            return (
              <button
                key={unitKey(option)}
                type="button"
                aria-pressed={selected}
                onClick={() => choose(option)}
                className={cn(
                  'min-h-11 max-w-full rounded-full border px-4 text-sm',
                  selected ? 'border-accent bg-accent-soft font-semibold text-accent-text' : 'border-line-strong bg-surface text-text',
                )}
              >
                <span className="line-clamp-2">{option.unit === 'portion' ? option.portionLabel : option.unit}</span>
              </button>
            );
          })}
        </div>
      </fieldset>

      <div className="flex flex-col gap-1">
        <NumberStepper
          label={unit.unit === 'portion' ? `Number of ${unit.portionLabel ?? 'portions'}` : `Amount in ${unit.unit}`}
          caption={caption}
          value={text}
          placeholder="1"
          step={STEP[unit.unit]}
          min={unit.unit === 'g' ? 1 : 0.25}
          max={unit.unit === 'g' ? MAX_ENTRY_GRAMS : 100}
          invalid={Boolean(error)}
          onChange={setText}
          className="flex-none"
        />
        {error && (
          <p role="alert" className="text-sm text-danger">
            {error}
          </p>
        )}
      </div>

      <div aria-live="polite" className="flex items-end justify-between gap-3 rounded-lg bg-surface-muted px-4 py-3">
        <p className="flex flex-col">
          <span className="text-2xl font-semibold text-text tabular-nums">{formatWhole(nutrients.kcal)}</span>
          <span className="text-sm text-muted">{unit.unit === 'g' ? 'kcal' : `kcal · ${formatWhole(grams)} g`}</span>
        </p>
        <dl className="grid grid-cols-3 gap-3 text-center text-sm">
          {(
            [
              ['Protein', nutrients.proteinG],
              ['Carbs', nutrients.carbsG],
              ['Fat', nutrients.fatG],
            ] as const
          ).map(([label, value]) => (
            <div key={label} className="flex flex-col">
              <dt className="text-xs text-muted">{label}</dt>
              <dd className="font-semibold text-text tabular-nums">{`${formatGrams(value)} g`}</dd>
            </div>
          ))}
        </dl>
      </div>

      <MealSelect meal={meal} meals={meals} onChange={onMealChange} />

      {/* Kept in reach at the foot of the sheet however long the portion list is. */}
      <div className="sticky bottom-0 -mx-5 -mb-4 border-t border-line bg-surface px-5 pt-3 pb-[max(0.75rem,env(safe-area-inset-bottom))]">
        <Button type="submit" size="lg" className="w-full" disabled={Boolean(error)} pending={pending}>
          {submitLabel ?? `Add to ${meal}`}
        </Button>
      </div>
    </form>
  );
}
