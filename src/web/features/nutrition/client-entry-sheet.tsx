import { useQuery } from '@tanstack/react-query';
import { Trash2 } from 'lucide-react';
import { useState } from 'react';
import { UpdateEntrySchema } from '../../../shared/nutrition';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/field';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { Sheet } from '../../ui/sheet';
import { ErrorState } from '../../ui/states';
import { PortionPicker } from './client-add-food-portion';
import type { DayEntry } from './client-day-model';
import { issuesByField, numberOrUndefined } from './client-form-values';
import { MealSelect } from './client-meal-select';
import { rememberAmount } from './client-food-memory';
import type { FoodLog } from './use-food-log';
import { foodQuery } from './queries';

type EntrySheetProps = { entry: DayEntry | null; meals: string[]; actions: FoodLog['actions']; onClose: () => void };

/** A quick-add's figures. */
function QuickFields({
  entry,
  meals,
  actions,
  onDone,
}: {
  entry: DayEntry;
  meals: string[];
  actions: FoodLog['actions'];
  onDone: () => void;
}) {
  const [meal, setMeal] = useState(entry.meal);
  const [values, setValues] = useState({
    kcal: String(Math.round(entry.kcal)),
    proteinG: String(entry.proteinG),
    carbsG: String(entry.carbsG),
    fatG: String(entry.fatG),
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const set = (key: keyof typeof values) => (event: React.ChangeEvent<HTMLInputElement>) =>
    setValues((current) => ({ ...current, [key]: event.target.value }));
  const numberProps = { type: 'text', inputMode: 'decimal', autoComplete: 'off' } as const;
  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = UpdateEntrySchema.safeParse({
          meal,
          kcal: numberOrUndefined(values.kcal),
          proteinG: numberOrUndefined(values.proteinG) ?? 0,
          carbsG: numberOrUndefined(values.carbsG) ?? 0,
          fatG: numberOrUndefined(values.fatG) ?? 0,
        });
        if (!parsed.success) return setErrors(issuesByField(parsed.error.issues));
        setSaving(true);
        void actions.update(entry, parsed.data).then((ok) => {
          setSaving(false);
          if (ok) onDone();
        });
      }}
    >
      <TextField label="kcal" {...numberProps} value={values.kcal} onChange={set('kcal')} error={errors.kcal} />
      <div className="grid grid-cols-3 gap-2">
        <TextField label="Protein (g)" {...numberProps} value={values.proteinG} onChange={set('proteinG')} error={errors.proteinG} />
        <TextField label="Carbs (g)" {...numberProps} value={values.carbsG} onChange={set('carbsG')} error={errors.carbsG} />
        <TextField label="Fat (g)" {...numberProps} value={values.fatG} onChange={set('fatG')} error={errors.fatG} />
      </div>
      <MealSelect meal={meal} meals={meals} onChange={setMeal} />
      <Button type="submit" size="lg" className="w-full" pending={saving}>
        Save
      </Button>
    </form>
  );
}

/** A food's amount (its portions, g, oz) and meal, from the food itself. */
function FoodFields({
  entry,
  meals,
  actions,
  onDone,
}: {
  entry: DayEntry;
  meals: string[];
  actions: FoodLog['actions'];
  onDone: () => void;
}) {
  const food = useQuery(foodQuery(entry.foodId ?? ''));
  const [meal, setMeal] = useState(entry.meal);
  const [saving, setSaving] = useState(false);
  if (food.isPending)
    return (
      <LoadingRegion label="Loading the food" className="flex flex-col gap-3">
        <Skeleton className="h-6 w-48" />
        <Skeleton className="h-11 w-full" />
        <Skeleton className="h-14 w-full" />
      </LoadingRegion>
    );
  if (food.isError) return <ErrorState title="This food didn't load" error={food.error} onRetry={() => void food.refetch()} />;
  const unit = entry.unit === 'quick' ? 'g' : entry.unit;
  return (
    <PortionPicker
      food={food.data}
      initial={{ unit, quantity: entry.quantity, portionLabel: entry.portionLabel }}
      meal={meal}
      meals={meals}
      onMealChange={setMeal}
      submitLabel="Save"
      pending={saving}
      onAdd={(amount) => {
        setSaving(true);
        void actions.update(entry, { meal, ...amount }).then((ok) => {
          setSaving(false);
          if (!ok) return;
          rememberAmount(food.data.id, amount);
          onDone();
        });
      }}
    />
  );
}

/** Changing a logged entry (amount, meal) or deleting it. Needs a connection: the toast says so if there is none. */
export function EntrySheet({ entry, meals, actions, onClose }: EntrySheetProps) {
  return (
    <Sheet open={entry !== null} onOpenChange={(open) => !open && onClose()} title="Change entry">
      {entry && (
        <div className="flex flex-col gap-4">
          {entry.unit === 'quick' || !entry.foodId ? (
            <QuickFields entry={entry} meals={meals} actions={actions} onDone={onClose} />
          ) : (
            <FoodFields entry={entry} meals={meals} actions={actions} onDone={onClose} />
          )}
          <Button
            variant="ghost"
            className="w-full text-danger"
            icon={<Trash2 aria-hidden className="size-4" />}
            onClick={() => {
              onClose();
              void actions.remove(entry);
            }}
          >
            Delete from log
          </Button>
        </div>
      )}
    </Sheet>
  );
}
