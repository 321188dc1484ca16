import { X } from 'lucide-react';
import { useId } from 'react';
import type { Nutrients } from '../../../shared/nutrition';
import { cn } from '../../ui/cn';
import { inputClass } from '../../ui/field';
import { formatGrams, formatWhole, macroLine, nutrientsFor } from './nutrition-format';
import type { DraftIngredient, RecipeTotals } from './recipe-draft';
import { draftGrams } from './recipe-draft';

/*
 * The pieces of the recipe builder: one ingredient (its grams, editable, and what they hold) and
 * the live totals of the whole pot and of one serving.
 */

type IngredientRowProps = {
  item: DraftIngredient;
  gramsError: string | undefined;
  /** The food itself was refused (deleted since, or not the client's). */
  foodError: string | undefined;
  autoFocus: boolean;
  onGrams: (text: string) => void;
  onRemove: () => void;
};

export function IngredientRow({ item, gramsError, foodError, autoFocus, onGrams, onRemove }: IngredientRowProps) {
  const id = useId();
  const error = gramsError ?? foodError;
  const nutrients = nutrientsFor(item.food, draftGrams(item.grams));
  return (
    <li className="flex flex-col gap-1 py-3">
      <div className="flex items-center gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor={id} className="line-clamp-2 text-sm font-medium break-words text-text" title={item.food.name}>
            {item.food.name}
          </label>
          <p className="text-xs text-muted tabular-nums">{`${formatWhole(nutrients.kcal)} kcal · ${macroLine(nutrients)}`}</p>
        </div>
        <div className="relative shrink-0">
          <input
            id={id}
            type="text"
            inputMode="decimal"
            enterKeyHint="done"
            autoComplete="off"
            // Only the row just picked: its grams are what the client changes next.
            autoFocus={autoFocus}
            onFocus={(event) => event.target.select()}
            value={item.grams}
            onChange={(event) => onGrams(event.target.value)}
            aria-invalid={gramsError ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            aria-label={`Grams of ${item.food.name}`}
            className={cn(inputClass, 'h-11 w-24 pr-7 text-right tabular-nums')}
          />
          <span aria-hidden className="pointer-events-none absolute top-1/2 right-3 -translate-y-1/2 text-sm text-muted">
            g
          </span>
        </div>
        <button
          type="button"
          onClick={onRemove}
          aria-label={`Remove ${item.food.name}`}
          className="-mr-2 flex size-11 shrink-0 items-center justify-center rounded-md text-muted hover:bg-surface-muted hover:text-danger"
        >
          <X aria-hidden className="size-5" />
        </button>
      </div>
      {error && (
        <p id={`${id}-error`} data-error className="text-sm text-danger">
          {error}
        </p>
      )}
    </li>
  );
}

const MACROS = [
  ['Protein', 'proteinG'],
  ['Carbs', 'carbsG'],
  ['Fat', 'fatG'],
] as const;

function TotalsColumn({ title, nutrients, grams }: { title: string; nutrients: Nutrients | null; grams: number | null }) {
  return (
    <div className="flex min-w-0 flex-col gap-2 bg-surface-muted px-3 py-3 sm:px-4">
      <h4 className="text-xs font-semibold tracking-wide text-muted uppercase">{title}</h4>
      <p className="flex flex-col">
        <span className="text-2xl font-semibold text-text tabular-nums">{nutrients ? formatWhole(nutrients.kcal) : '–'}</span>
        <span className="text-sm text-muted">{grams ? `kcal · ${formatWhole(grams)} g` : 'kcal'}</span>
      </p>
      <dl className="grid grid-cols-3 gap-1 text-sm">
        {MACROS.map(([label, key]) => (
          <div key={key} className="flex min-w-0 flex-col">
            <dt className="text-xs text-muted">{label}</dt>
            <dd className="font-semibold text-text tabular-nums">{nutrients ? `${formatGrams(nutrients[key])} g` : '–'}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** Worked out in the browser as the client types; the server works them out again when saving. */
export function RecipeTotalsPanel({ totals, servings }: { totals: RecipeTotals; servings: number }) {
  const servingGrams = totals.perServing && totals.grams > 0 ? totals.grams / servings : null;
  return (
    <section aria-label="What it holds" className="grid grid-cols-2 gap-px overflow-hidden rounded-lg border border-line bg-line">
      <TotalsColumn title="Per serving" nutrients={totals.perServing} grams={servingGrams} />
      <TotalsColumn title="Whole recipe" nutrients={totals.whole} grams={totals.grams || null} />
    </section>
  );
}
