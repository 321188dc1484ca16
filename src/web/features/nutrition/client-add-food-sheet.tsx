import { CookingPot, Plus } from 'lucide-react';
import { useState } from 'react';
import type { Food, LogFoodInput } from '../../../shared/nutrition';
import { Button } from '../../ui/button';
import { cn } from '../../ui/cn';
import { Sheet } from '../../ui/sheet';
import type { FoodPreview } from './client-day-model';
import { CustomFoodForm } from './client-add-food-custom';
import { PortionPicker } from './client-add-food-portion';
import { QuickAdd } from './client-add-food-quick';
import { RecipeBuilder } from './client-recipe-builder';
import { RecipeEditor } from './client-recipe-edit';
import { lastAmount, rememberAmount, storedRecents } from './client-food-memory';
import { FoodSearch } from './food-search';
import { amountText, formatGrams, gramsOf, initialAmount, nutrientsFor } from './nutrition-format';
import type { AmountChoice } from './nutrition-format';
import { emptyRecipe } from './recipe-draft';

type Tab = 'foods' | 'quick';
type Step =
  | { kind: 'list' }
  | { kind: 'portion'; food: Food }
  | { kind: 'custom'; name: string }
  /** A new recipe (named after the search), or the client's own one to change. */
  | { kind: 'recipe'; name: string; recipe?: Food };

/** What a result shows: the amount "Add" would log (last time's, else the first portion) and its kcal. */
function usualAmount(food: Food) {
  const amount = initialAmount(food, lastAmount(food.id));
  const grams = gramsOf(food, amount);
  return {
    label: amount.unit === 'portion' ? `${amountText(amount)} · ${formatGrams(grams)} g` : amountText(amount),
    kcal: nutrientsFor(food, grams).kcal,
  };
}

type AddFoodSheetProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  date: string;
  meal: string;
  meals: string[];
  onLog: (input: LogFoodInput, preview?: FoodPreview) => void;
};

/**
 * Adding food, built for three taps: the sheet opens on recents and favourites, a tap on one opens
 * its usual amount, "Add" logs it. Search, quick-add of kcal, and a custom food from a label too.
 */
export function AddFoodSheet({ open, onOpenChange, date, meal: initialMeal, meals, onLog }: AddFoodSheetProps) {
  const [tab, setTab] = useState<Tab>('foods');
  const [step, setStep] = useState<Step>({ kind: 'list' });
  const [meal, setMeal] = useState(initialMeal);
  const [opened, setOpened] = useState(initialMeal);
  // Opened again for another meal: start from the list, on that meal.
  if (opened !== initialMeal) {
    setOpened(initialMeal);
    setMeal(initialMeal);
  }

  const close = () => {
    onOpenChange(false);
    setStep({ kind: 'list' });
    setTab('foods');
  };
  const addFood = (food: Food, amount: AmountChoice) => {
    const grams = gramsOf(food, amount);
    rememberAmount(food.id, amount);
    const input: LogFoodInput = { kind: 'food', clientEntryId: crypto.randomUUID(), date, meal, foodId: food.id, ...amount };
    onLog(input, { name: food.name, nutrients: nutrientsFor(food, grams), grams });
    close();
  };
  const createButtons = (name: string) => (
    <div className="-ml-3 flex flex-wrap gap-x-1">
      <Button variant="ghost" icon={<Plus aria-hidden className="size-4" />} onClick={() => setStep({ kind: 'custom', name })}>
        Create a custom food
      </Button>
      <Button variant="ghost" icon={<CookingPot aria-hidden className="size-4" />} onClick={() => setStep({ kind: 'recipe', name })}>
        Build a recipe
      </Button>
    </div>
  );
  const toPortion = (food: Food) => setStep({ kind: 'portion', food });

  let body;
  if (step.kind === 'portion')
    body = (
      <PortionPicker
        // A changed recipe has a new serving: start again from it.
        key={`${step.food.id}:${step.food.portions.map((portion) => portion.label).join('|')}`}
        food={step.food}
        initial={initialAmount(step.food, lastAmount(step.food.id))}
        meal={meal}
        meals={meals}
        onMealChange={setMeal}
        onBack={() => setStep({ kind: 'list' })}
        onEdit={step.food.kind === 'recipe' && step.food.isOwn ? () => setStep({ kind: 'recipe', name: '', recipe: step.food }) : undefined}
        onAdd={(amount) => addFood(step.food, amount)}
      />
    );
  else if (step.kind === 'recipe') {
    const { recipe } = step;
    body = recipe ? (
      <RecipeEditor recipe={recipe} onBack={() => toPortion(recipe)} onSaved={toPortion} />
    ) : (
      <RecipeBuilder initial={emptyRecipe(step.name)} onBack={() => setStep({ kind: 'list' })} onSaved={toPortion} />
    );
  } else if (step.kind === 'custom')
    body = <CustomFoodForm initialName={step.name} onBack={() => setStep({ kind: 'list' })} onCreated={toPortion} />;
  else
    body = (
      <div className="flex flex-col gap-4">
        <div role="group" aria-label="How to add" className="grid grid-cols-2 gap-1 rounded-lg bg-surface-muted p-1">
          {(['foods', 'quick'] as const).map((value) => (
            <button
              key={value}
              type="button"
              aria-pressed={tab === value}
              onClick={() => setTab(value)}
              className={cn(
                'h-10 rounded-md text-sm font-medium',
                tab === value ? 'bg-surface text-text shadow-sm' : 'text-muted hover:text-text',
              )}
            >
              {value === 'foods' ? 'Foods' : 'Quick add'}
            </button>
          ))}
        </div>
        {tab === 'foods' ? (
          <FoodSearch
            onPick={toPortion}
            amountFor={usualAmount}
            storedRecents={storedRecents}
            actions={createButtons}
            emptyHint={<p>Foods you log and star show up here. Search for one above.</p>}
          />
        ) : (
          <QuickAdd
            date={date}
            meal={meal}
            meals={meals}
            onMealChange={setMeal}
            onAdd={(input) => {
              onLog(input);
              close();
            }}
          />
        )}
      </div>
    );

  const title =
    step.kind === 'custom' ? 'New food' : step.kind === 'recipe' ? (step.recipe ? 'Edit recipe' : 'New recipe') : `Add to ${meal}`;
  return (
    <Sheet open={open} onOpenChange={(next) => (next ? onOpenChange(true) : close())} title={title}>
      {body}
    </Sheet>
  );
}
