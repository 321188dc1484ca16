import { useQueryClient } from '@tanstack/react-query';
import { ArrowLeft, CookingPot, Plus } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import type { Food } from '../../../shared/nutrition';
import { SaveRecipeSchema } from '../../../shared/nutrition';
import { errorMessage, isApiError } from '../../lib/api';
import { Button } from '../../ui/button';
import { cn } from '../../ui/cn';
import { TextField } from '../../ui/field';
import { FormError } from '../../ui/notice';
import { NumberStepper } from '../logging/number-stepper';
import { storedRecents } from './client-food-memory';
import { numberOrUndefined } from './client-form-values';
import { IngredientRow, RecipeTotalsPanel } from './client-recipe-parts';
import { FoodSearch } from './food-search';
import { formatWhole } from './nutrition-format';
import { nutritionApi, nutritionKeys } from './queries';
import { addIngredient, draftTotals, foodField, gramsField, numberProblems, recipeErrors, recipeInput } from './recipe-draft';
import type { RecipeDraft } from './recipe-draft';

const backClass =
  '-mt-1 -ml-2 inline-flex min-h-11 items-center gap-1 self-start rounded-md px-2 text-sm font-medium text-accent-text hover:bg-surface-muted';

/** The food search of the log, for one ingredient; the search box takes the focus. */
function IngredientPicker({ recipeId, onPick, onBack }: { recipeId?: string; onPick: (food: Food) => void; onBack: () => void }) {
  const box = useRef<HTMLDivElement>(null);
  const [refused, setRefused] = useState<string | null>(null);
  useEffect(() => box.current?.querySelector('input')?.focus(), []);
  return (
    <div ref={box} className="flex flex-col gap-4">
      <button type="button" onClick={onBack} className={backClass}>
        <ArrowLeft aria-hidden className="size-4" />
        Back to the recipe
      </button>
      <h3 className="text-lg font-semibold text-text">Add an ingredient</h3>
      {refused && (
        <p role="alert" className="text-sm text-danger">
          {refused}
        </p>
      )}
      <FoodSearch
        showFavourite={false}
        storedRecents={storedRecents}
        onPick={(food) => (food.id === recipeId ? setRefused('A recipe can’t be an ingredient of itself.') : onPick(food))}
        emptyHint={<p>Foods you log and star show up here. Search for an ingredient above.</p>}
      />
    </div>
  );
}

type RecipeBuilderProps = {
  initial: RecipeDraft;
  /** Changing a saved recipe (PUT); creating one when absent. */
  recipeId?: string;
  onBack: () => void;
  backLabel?: string;
  onSaved: (recipe: Food) => void;
};

/**
 * A recipe from foods: a name, how many servings the pot makes, each ingredient by grams, and what a
 * serving holds as it is typed. Saved, it is a food like any other. Needs a connection.
 */
export function RecipeBuilder({ initial, recipeId, onBack, backLabel = 'All foods', onSaved }: RecipeBuilderProps) {
  const queryClient = useQueryClient();
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState(initial);
  const [picking, setPicking] = useState(false);
  // Back from the search: on the row just added, else on the button that went there.
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const totals = draftTotals(draft);
  const servings = numberOrUndefined(draft.servings) ?? 0;

  const change = (next: Partial<RecipeDraft>, field: string) => {
    setDraft((current) => ({ ...current, ...next }));
    setErrors(({ [field]: _fixed, root: _root, ...rest }) => rest);
  };
  const setGrams = (key: string, grams: string) =>
    change({ ingredients: draft.ingredients.map((item) => (item.key === key ? { ...item, grams } : item)) }, gramsField(key));
  const showErrors = (found: Record<string, string>) => {
    setErrors(found);
    // The first field named, in view and focused, so a long ingredient list does not hide it.
    requestAnimationFrame(() => {
      const target = form.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-error]');
      target?.scrollIntoView({ block: 'center' });
      if (target?.matches('input')) target.focus();
    });
  };

  const submit = async () => {
    const keys = draft.ingredients.map((item) => item.key);
    const parsed = SaveRecipeSchema.safeParse(recipeInput(draft));
    const found = { ...(parsed.success ? {} : recipeErrors(parsed.error.issues, keys)), ...numberProblems(draft) };
    if (!parsed.success || Object.keys(found).length > 0) return showErrors(found);
    setErrors({});
    setSaving(true);
    try {
      const saved = recipeId ? await nutritionApi.updateRecipe(recipeId, parsed.data) : await nutritionApi.createRecipe(parsed.data);
      // Search, recents and this recipe's detail: it is loggable (and findable by name) at once.
      void queryClient.invalidateQueries({ queryKey: nutritionKeys.foods });
      onSaved(saved);
    } catch (error) {
      showErrors(isApiError(error) && error.fields.length > 0 ? recipeErrors(error.fields, keys) : { root: errorMessage(error) });
    } finally {
      setSaving(false);
    }
  };

  if (picking)
    return (
      <IngredientPicker
        recipeId={recipeId}
        onBack={() => {
          setFocusKey('add');
          setPicking(false);
        }}
        onPick={(food) => {
          const key = crypto.randomUUID();
          change(addIngredient(draft, food, key), 'ingredients');
          setFocusKey(key);
          setPicking(false);
        }}
      />
    );

  const count = draft.ingredients.length;
  return (
    <form
      ref={form}
      noValidate
      className="flex flex-col gap-5"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <button type="button" onClick={onBack} className={backClass}>
        <ArrowLeft aria-hidden className="size-4" />
        {backLabel}
      </button>
      <TextField
        label="Recipe name"
        value={draft.name}
        onChange={(event) => change({ name: event.target.value }, 'name')}
        error={errors.name}
        maxLength={120}
        autoComplete="off"
        placeholder="e.g. Chicken chilli"
      />
      <div className="flex flex-col gap-1.5">
        <p className="text-sm font-medium text-text">Servings</p>
        <NumberStepper
          label="Servings"
          caption={servings === 1 ? 'serving' : 'servings'}
          value={draft.servings}
          placeholder="1"
          step={1}
          min={1}
          max={100}
          invalid={Boolean(errors.servings)}
          onChange={(servingsText) => change({ servings: servingsText }, 'servings')}
          className="flex-none"
        />
        <p className={errors.servings ? 'text-sm text-danger' : 'text-sm text-muted'}>
          {errors.servings ?? 'How many portions the whole recipe makes.'}
        </p>
      </div>

      <section aria-labelledby="recipe-ingredients" className="flex flex-col gap-2">
        <h3 id="recipe-ingredients" className="text-sm font-medium text-text">
          {count > 0 ? `Ingredients (${count})` : 'Ingredients'}
        </h3>
        {count === 0 ? (
          <div
            className={cn(
              'flex flex-col items-center gap-2 rounded-lg border border-dashed px-4 py-6 text-center',
              errors.ingredients ? 'border-danger' : 'border-line',
            )}
          >
            <CookingPot aria-hidden className="size-6 text-accent-text" />
            <p className="max-w-xs text-sm text-muted">Add what goes into the pot, weighed raw. The totals add up here as you go.</p>
          </div>
        ) : (
          <ul className="flex flex-col divide-y divide-line border-y border-line">
            {draft.ingredients.map((item) => (
              <IngredientRow
                key={item.key}
                item={item}
                gramsError={errors[gramsField(item.key)]}
                foodError={errors[foodField(item.key)]}
                autoFocus={item.key === focusKey}
                onGrams={(grams) => setGrams(item.key, grams)}
                onRemove={() => change({ ingredients: draft.ingredients.filter((other) => other.key !== item.key) }, foodField(item.key))}
              />
            ))}
          </ul>
        )}
        {errors.ingredients && (
          <p data-error className="text-sm text-danger">
            {errors.ingredients}
          </p>
        )}
        <Button
          variant="secondary"
          className="w-full"
          icon={<Plus aria-hidden className="size-4" />}
          autoFocus={focusKey === 'add'}
          onClick={() => {
            setFocusKey(null);
            setPicking(true);
          }}
        >
          {count === 0 ? 'Add the first ingredient' : 'Add an ingredient'}
        </Button>
      </section>

      {count > 0 && <RecipeTotalsPanel totals={totals} servings={servings} />}
      <FormError message={errors.root} />

      {/* Kept in reach at the foot of the sheet however long the ingredient list is (-bottom-4: over the sheet's padding, so nothing shows below it). */}
      <div className="sticky -bottom-4 -mx-5 -mb-4 flex flex-col gap-2 border-t border-line bg-surface px-5 pt-3 pb-[max(0.75rem,env(safe-area-inset-bottom))]">
        {totals.perServing && count > 0 && (
          <p className="text-center text-sm text-muted tabular-nums">
            {`${formatWhole(totals.perServing.kcal)} kcal a serving · ${count} ${count === 1 ? 'ingredient' : 'ingredients'}`}
          </p>
        )}
        <Button type="submit" size="lg" className="w-full" pending={saving}>
          {recipeId ? 'Save changes' : 'Save recipe'}
        </Button>
      </div>
    </form>
  );
}
