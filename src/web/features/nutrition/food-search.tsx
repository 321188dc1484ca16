import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ChevronRight, Search, Star } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { toast } from 'sonner';
import type { Food } from '../../../shared/nutrition';
import { errorMessage, isApiError } from '../../lib/api';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { cn } from '../../ui/cn';
import { inputClass } from '../../ui/field';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { defaultPortionText, formatWhole } from './nutrition-format';
import { foodSearchQuery, nutritionApi, nutritionKeys } from './queries';
import type { FoodList } from './queries';

/*
 * Searching the food database: opens on the viewer's recent and favourite foods (empty query), so a
 * usual food is one tap away; typing searches (typos forgiven by the server) after a short pause.
 * Used by the client's add-food sheet and reusable wherever a food is picked.
 */

type FoodSearchProps = {
  /** The trainer picking for a client sees that client's own foods too. */
  clientId?: string;
  onPick: (food: Food) => void;
  /** The amount a result shows kcal for (default: its first portion, else 100 g). */
  amountFor?: (food: Food) => { label: string; kcal: number };
  showFavourite?: boolean;
  /** Below the list, searching or not: e.g. buttons to create a food (named after the query). */
  actions?: (q: string) => ReactNode;
  /** Below recents when there are none yet. */
  emptyHint?: ReactNode;
  /** Recents kept on the device: shown at once (and offline) while the server's are fetched, and saved when they arrive. */
  storedRecents?: { read: () => FoodList | undefined; write: (list: FoodList) => void };
};

function useFavourite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ food, favourite }: { food: Food; favourite: boolean }) => nutritionApi.favourite(food.id, favourite),
    onMutate: ({ food, favourite }) => {
      queryClient.setQueriesData<FoodList>({ queryKey: [...nutritionKeys.foods, 'search'] }, (list) =>
        list ? { items: list.items.map((item) => (item.id === food.id ? { ...item, isFavourite: favourite } : item)) } : list,
      );
    },
    onError: (error, { food }) => {
      toast.error(`${food.name} wasn't starred`, { description: errorMessage(error) });
      void queryClient.invalidateQueries({ queryKey: nutritionKeys.foods });
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: nutritionKeys.foodSearch('') }),
  });
}

function ResultRow({
  food,
  amount,
  showFavourite,
  onPick,
  onStar,
}: {
  food: Food;
  amount: { label: string; kcal: number };
  showFavourite: boolean;
  onPick: () => void;
  onStar: () => void;
}) {
  return (
    <li className="flex items-center">
      <button
        type="button"
        onClick={onPick}
        className="flex min-h-14 min-w-0 flex-1 items-center gap-3 rounded-md px-2 py-2 text-left hover:bg-surface-muted"
      >
        <span className="flex min-w-0 flex-1 flex-col">
          <span className="line-clamp-3 font-medium text-text">{food.name}</span>
          <span className="truncate text-sm text-muted">
            {amount.label}
            {food.isOwn && ' · yours'}
            {food.kind === 'recipe' && ' · recipe'}
          </span>
        </span>
        <span className="shrink-0 text-right">
          <span className="block font-semibold text-text tabular-nums">{formatWhole(amount.kcal)}</span>
          <span className="block text-xs text-muted">kcal</span>
        </span>
        <ChevronRight aria-hidden className="size-4 shrink-0 text-muted" />
      </button>
      {showFavourite && (
        <button
          type="button"
          aria-pressed={food.isFavourite}
          aria-label={`Favourite: ${food.name}`}
          onClick={onStar}
          className="flex size-11 shrink-0 items-center justify-center rounded-md text-muted hover:bg-surface-muted hover:text-text"
        >
          <Star aria-hidden className={cn('size-5', food.isFavourite && 'fill-current text-accent-text')} />
        </button>
      )}
    </li>
  );
}

/** A search box over the food database, recents and favourites first. */
export function FoodSearch({
  clientId,
  onPick,
  amountFor = defaultPortionText,
  showFavourite = true,
  actions,
  emptyHint,
  storedRecents,
}: FoodSearchProps) {
  const [draft, setDraft] = useState('');
  const q = useDebouncedValue(draft.trim(), 150);
  const results = useQuery({
    ...foodSearchQuery(q, clientId),
    placeholderData: keepPreviousData,
    ...(q === '' && storedRecents ? { initialData: storedRecents.read, initialDataUpdatedAt: 0 } : {}),
  });
  const { data, dataUpdatedAt } = results;
  useEffect(() => {
    if (q === '' && data && dataUpdatedAt > 0) storedRecents?.write(data);
  }, [q, data, dataUpdatedAt, storedRecents]);
  const favourite = useFavourite();
  const items = results.data?.items ?? [];
  const showingRecents = q === '';
  const stale = results.isPlaceholderData || draft.trim() !== q;

  return (
    <div className="flex flex-col gap-3">
      <div className="relative">
        <Search aria-hidden className="pointer-events-none absolute top-1/2 left-3 size-5 -translate-y-1/2 text-muted" />
        <input
          type="search"
          aria-label="Search foods"
          placeholder="Search foods, e.g. chicken breast"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          enterKeyHint="search"
          autoComplete="off"
          className={cn(inputClass, 'h-12 w-full pr-3 pl-10')}
        />
      </div>
      <h3 className="px-2 text-xs font-semibold tracking-wide text-muted uppercase">
        {showingRecents ? 'Recent and favourites' : `Results for “${q}”`}
      </h3>
      {results.isPending ? (
        <LoadingRegion label="Searching foods" className="flex flex-col gap-2 px-2">
          {[0, 1, 2, 3, 4].map((row) => (
            <Skeleton key={row} className="h-12 w-full" />
          ))}
        </LoadingRegion>
      ) : results.isError && items.length === 0 ? (
        <p role="alert" className="px-2 text-sm text-muted">
          {isApiError(results.error) && results.error.code === 'NETWORK_ERROR'
            ? 'You’re offline, so search needs to wait. Your recent foods and Quick add still work.'
            : `Foods didn't load. ${errorMessage(results.error)}`}
        </p>
      ) : items.length === 0 ? (
        <div className="flex flex-col items-start gap-2 px-2 text-sm text-muted">
          {showingRecents ? (
            (emptyHint ?? <p>Foods you log and star show up here. Search for one above.</p>)
          ) : (
            <p>{`No foods match “${q}”.`}</p>
          )}
          {actions?.(q)}
        </div>
      ) : (
        <ul aria-busy={stale || undefined} className={cn('-mx-2 flex flex-col divide-y divide-line', stale && 'opacity-70')}>
          {items.map((food) => (
            <ResultRow
              key={food.id}
              food={food}
              amount={amountFor(food)}
              showFavourite={showFavourite}
              onPick={() => onPick(food)}
              onStar={() => favourite.mutate({ food, favourite: !food.isFavourite })}
            />
          ))}
        </ul>
      )}
      {items.length > 0 && actions && <div className="px-2 pt-1">{actions(q)}</div>}
    </div>
  );
}
