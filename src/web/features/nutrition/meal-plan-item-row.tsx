import { useQuery } from '@tanstack/react-query';
import { X } from 'lucide-react';
import { useState } from 'react';
import { GRAMS_PER_OUNCE } from '../../../shared/nutrition';
import { cn } from '../../ui/cn';
import { itemGrams, itemMacros, type DraftItem } from './meal-plan-ops';
import { formatWhole, macroLine } from './nutrition-format';
import { parseNumber } from './targets-form';
import { foodQuery } from './queries';

type Props = { item: DraftItem; onChange: (change: Partial<DraftItem>) => void; onRemove: () => void };

const fieldClass = 'h-10 rounded-md border border-line-strong bg-surface px-2 text-sm text-text aria-invalid:border-danger';
const unitValue = (item: Pick<DraftItem, 'unit' | 'portionLabel'>) =>
  item.unit === 'portion' ? `portion:${item.portionLabel ?? ''}` : item.unit;
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * One food of a meal: its amount (a number of a portion, grams or ounces) and what that holds.
 * A plan loaded from the server knows only the portion it used, so the food's other portions are
 * fetched when the unit picker is first touched. Switching between g and oz keeps the weight.
 */
export function MealPlanItemRow({ item, onChange, onRemove }: Props) {
  const [text, setText] = useState(String(item.quantity));
  const [wantPortions, setWantPortions] = useState(false);
  const food = useQuery({ ...foodQuery(item.foodId), enabled: wantPortions });
  const portions = food.data?.portions.length ? food.data.portions : item.portions;
  const macros = itemMacros(item);
  const invalid = !(parseNumber(text) > 0) || itemGrams(item) > 3000;
  const inputId = `amount-${item.key}`;

  const changeUnit = (value: string) => {
    const grams = itemGrams(item);
    if (value === 'g' || value === 'oz') {
      const quantity = grams > 0 ? (value === 'g' ? Math.round(grams) : round(grams / GRAMS_PER_OUNCE, 1)) : value === 'g' ? 100 : 3.5;
      setText(String(quantity));
      return onChange({ unit: value, quantity, portionLabel: null, portions });
    }
    setText('1');
    onChange({ unit: 'portion', quantity: 1, portionLabel: value.slice('portion:'.length), portions });
  };

  return (
    <li className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-3 gap-y-1 py-2 sm:grid-cols-[minmax(0,1fr)_auto_7rem_auto]">
      <div className="col-start-1 row-start-1 min-w-0">
        <p className="line-clamp-2 text-sm text-text" title={item.name}>
          {item.name}
        </p>
        <p className="text-xs text-muted tabular-nums">{formatWhole(itemGrams(item))} g</p>
      </div>
      <div className="col-start-1 row-start-2 flex items-center gap-1 sm:col-start-2 sm:row-start-1">
        <label htmlFor={inputId} className="sr-only">
          Amount of {item.name}
        </label>
        <input
          id={inputId}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={text}
          aria-invalid={invalid || undefined}
          onChange={(event) => {
            setText(event.target.value);
            const quantity = parseNumber(event.target.value);
            if (quantity > 0) onChange({ quantity });
          }}
          className={cn(fieldClass, 'w-16 text-right tabular-nums')}
        />
        <select
          aria-label={`Unit for ${item.name}`}
          value={unitValue(item)}
          onFocus={() => setWantPortions(true)}
          onPointerDown={() => setWantPortions(true)}
          onChange={(event) => changeUnit(event.target.value)}
          className={cn(fieldClass, 'w-40 sm:w-36')}
        >
          {portions.map((portion) => (
            <option key={portion.label} value={`portion:${portion.label}`}>
              {portion.label} ({formatWhole(portion.grams)} g)
            </option>
          ))}
          <option value="g">g</option>
          <option value="oz">oz</option>
        </select>
      </div>
      <div className="col-start-2 row-start-1 text-right tabular-nums sm:col-start-3">
        <p className="text-sm text-text">{formatWhole(macros.kcal)} kcal</p>
        <p className="text-xs whitespace-nowrap text-muted">{macroLine(macros)}</p>
      </div>
      <button
        type="button"
        onClick={onRemove}
        aria-label={`Remove ${item.name}`}
        className="col-start-2 row-start-2 flex size-10 items-center justify-center justify-self-end rounded-md text-muted hover:bg-surface-muted hover:text-danger sm:col-start-4 sm:row-start-1"
      >
        <X aria-hidden className="size-4" />
      </button>
    </li>
  );
}
