import { useQueries, useQuery } from '@tanstack/react-query';
import type { Food } from '../../../shared/nutrition';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { ErrorState } from '../../ui/states';
import { RecipeBuilder } from './client-recipe-builder';
import { foodQuery } from './queries';
import type { IngredientFood, RecipeDraft } from './recipe-draft';

type RecipeEditorProps = { recipe: Food; onBack: () => void; onSaved: (recipe: Food) => void };

/**
 * Changing a saved recipe: its ingredients come with the recipe (names and grams), their per-100 g
 * values with each food, so the builder's totals work the same as when it was made.
 */
export function RecipeEditor({ recipe, onBack, onSaved }: RecipeEditorProps) {
  const detail = useQuery(foodQuery(recipe.id));
  const ids = [...new Set((detail.data?.ingredients ?? []).map((item) => item.foodId))];
  const foods = useQueries({ queries: ids.map((id) => foodQuery(id)) });

  const failed = detail.error ?? foods.find((query) => query.isError)?.error;
  if (failed)
    return (
      <ErrorState
        title="This recipe didn't load"
        error={failed}
        onRetry={() => {
          void detail.refetch();
          for (const query of foods) if (query.isError) void query.refetch();
        }}
        retrying={detail.isFetching || foods.some((query) => query.isFetching)}
      />
    );
  if (!detail.data || foods.some((query) => !query.data))
    return (
      <LoadingRegion label="Loading the recipe" className="flex flex-col gap-4">
        <Skeleton className="h-11 w-full" />
        <Skeleton className="h-14 w-full" />
        {[0, 1, 2].map((row) => (
          <Skeleton key={row} className="h-12 w-full" />
        ))}
      </LoadingRegion>
    );

  const byId = new Map<string, IngredientFood>(foods.flatMap((query) => (query.data ? [[query.data.id, query.data] as const] : [])));
  const initial: RecipeDraft = {
    name: detail.data.name,
    servings: String(detail.data.servings ?? 1),
    ingredients: (detail.data.ingredients ?? []).flatMap((item, index) => {
      const food = byId.get(item.foodId);
      return food ? [{ key: `${index}:${item.foodId}`, food, grams: String(item.grams) }] : [];
    }),
  };
  return <RecipeBuilder initial={initial} recipeId={recipe.id} onBack={onBack} backLabel="Back, unchanged" onSaved={onSaved} />;
}
