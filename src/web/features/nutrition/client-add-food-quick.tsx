import { useState } from 'react';
import { LogFoodSchema } from '../../../shared/nutrition';
import type { LogFoodInput } from '../../../shared/nutrition';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/field';
import { issuesByField, numberOrUndefined } from './client-form-values';
import { MealSelect } from './client-meal-select';

type QuickAddProps = {
  date: string;
  meal: string;
  meals: string[];
  onMealChange: (meal: string) => void;
  onAdd: (input: LogFoodInput) => void;
};

/** Just the numbers: kcal (and macros if known) for a meal out or a label not in the database. */
export function QuickAdd({ date, meal, meals, onMealChange, onAdd }: QuickAddProps) {
  const [values, setValues] = useState({ label: '', kcal: '', proteinG: '', carbsG: '', fatG: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (key: keyof typeof values) => (event: React.ChangeEvent<HTMLInputElement>) =>
    setValues((current) => ({ ...current, [key]: event.target.value }));

  const submit = () => {
    const input = {
      kind: 'quick' as const,
      clientEntryId: crypto.randomUUID(),
      date,
      meal,
      label: values.label.trim() || undefined,
      kcal: numberOrUndefined(values.kcal),
      proteinG: numberOrUndefined(values.proteinG),
      carbsG: numberOrUndefined(values.carbsG),
      fatG: numberOrUndefined(values.fatG),
    };
    const parsed = LogFoodSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(issuesByField(parsed.error.issues));
      return;
    }
    setErrors({});
    onAdd(parsed.data);
  };

  const numberProps = { type: 'text', inputMode: 'decimal', autoComplete: 'off' } as const;
  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <TextField label="kcal" {...numberProps} value={values.kcal} onChange={set('kcal')} error={errors.kcal} className="h-12 text-lg" />
      <div className="grid grid-cols-3 gap-2">
        <TextField label="Protein (g)" {...numberProps} value={values.proteinG} onChange={set('proteinG')} error={errors.proteinG} />
        <TextField label="Carbs (g)" {...numberProps} value={values.carbsG} onChange={set('carbsG')} error={errors.carbsG} />
        <TextField label="Fat (g)" {...numberProps} value={values.fatG} onChange={set('fatG')} error={errors.fatG} />
      </div>
      <p className="-mt-2 text-sm text-muted">Macros are optional.</p>
      <TextField
        label="Name"
        optional
        placeholder="Quick add"
        value={values.label}
        onChange={set('label')}
        error={errors.label}
        maxLength={80}
      />
      <MealSelect meal={meal} meals={meals} onChange={onMealChange} />
      <Button type="submit" size="lg" className="w-full">
        {`Add to ${meal}`}
      </Button>
    </form>
  );
}
