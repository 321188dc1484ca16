import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Plus, Star } from 'lucide-react';
import { useState } from 'react';
import type { Food } from '../../../shared/nutrition';
import { SelectField } from '../../ui/field';
import { SearchInput } from '../../ui/search-input';
import { Sheet } from '../../ui/sheet';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { ErrorState } from '../../ui/states';
import { formatWhole, macroLine } from './nutrition-format';
import { foodSearchQuery } from './queries';

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  clientId: string;
  meals: string[];
  meal: string;
  onMealChange: (meal: string) => void;
  onPick: (food: Food, meal: string) => void;
};

/**
 * Adding foods to a meal: search the food database (and this client's own foods), pick one to add
 * it with a first amount (one portion, or 100 g) that can be changed in the plan. The sheet stays
 * open so several foods go in one after another.
 */
export function MealPlanFoodSearch({ open, onOpenChange, clientId, meals, meal, onMealChange, onPick }: Props) {
  const [q, setQ] = useState('');
  const [added, setAdded] = useState<string | null>(null);
  const results = useQuery({ ...foodSearchQuery(q, clientId), enabled: open, placeholderData: keepPreviousData });
  const items = results.data?.items ?? [];

  let list;
  if (results.isPending)
    list = (
      <LoadingRegion label="Searching" className="flex flex-col gap-2">
        <Skeleton className="h-12 w-full" />
        <Skeleton className="h-12 w-full" />
        <Skeleton className="h-12 w-full" />
      </LoadingRegion>
    );
  else if (results.isError)
    list = (
      <ErrorState
        title="The search didn't work"
        error={results.error}
        onRetry={() => void results.refetch()}
        retrying={results.isFetching}
      />
    );
  else if (items.length === 0)
    list = (
      <p className="py-6 text-center text-sm text-muted">
        {q ? `No food matches “${q}”. Try fewer or other words.` : 'Type to search foods: “oats”, “chicken breast”, “greek yogurt”.'}
      </p>
    );
  else
    list = (
      <ul aria-label={q ? `Foods matching ${q}` : 'Recent and favourite foods'} className="-mx-2 flex flex-col">
        {items.map((food) => (
          <li key={food.id}>
            <button
              type="button"
              onClick={() => {
                onPick(food, meal);
                setAdded(`${food.name} added to ${meal}`);
              }}
              className="flex w-full items-center gap-3 rounded-md px-2 py-2 text-left hover:bg-surface-muted"
            >
              <span className="min-w-0 flex-1">
                <span className="flex items-center gap-1 text-sm text-text">
                  {food.isFavourite && <Star aria-label="Favourite" className="size-3.5 shrink-0 fill-current text-accent-text" />}
                  <span className="truncate">{food.name}</span>
                </span>
                <span className="block text-xs text-muted tabular-nums">
                  Per 100 g: {formatWhole(food.per100g.kcal)} kcal · {macroLine(food.per100g)}
                  {food.isOwn ? ' · client’s own' : food.kind === 'recipe' ? ' · recipe' : ''}
                </span>
              </span>
              <Plus aria-hidden className="size-4 shrink-0 text-accent-text" />
            </button>
          </li>
        ))}
      </ul>
    );

  return (
    <Sheet open={open} onOpenChange={onOpenChange} title="Add food" description="Pick a food to add it; change the amount in the plan.">
      <div className="flex flex-col gap-3">
        <SelectField label="To meal" value={meal} onChange={(event) => onMealChange(event.target.value)}>
          {meals.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </SelectField>
        <SearchInput label="Search foods" placeholder="Search foods" value={q} onChange={setQ} className="sm:w-full" />
        <p role="status" className="min-h-5 text-sm text-success">
          {added}
        </p>
        {!q && items.length > 0 && <h3 className="text-xs font-medium text-muted uppercase">Recent and favourites</h3>}
        {list}
      </div>
    </Sheet>
  );
}
