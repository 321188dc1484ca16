import { useQueryClient } from '@tanstack/react-query';
import { ArrowLeft } from 'lucide-react';
import { useState } from 'react';
import type { Food } from '../../../shared/nutrition';
import { SaveFoodSchema } from '../../../shared/nutrition';
import { errorMessage, isApiError } from '../../lib/api';
import { Button } from '../../ui/button';
import { cn } from '../../ui/cn';
import { TextField } from '../../ui/field';
import { FormError } from '../../ui/notice';
import { issuesByField, numberOrUndefined } from './client-form-values';
import { nutritionApi, nutritionKeys } from './queries';

type Basis = '100g' | 'serving';
const EMPTY = { name: '', servingLabel: '1 serving', servingGrams: '', kcal: '', proteinG: '', carbsG: '', fatG: '', fiberG: '' };

type CustomFoodProps = { initialName: string; onBack: () => void; onCreated: (food: Food) => void };

/** A food from its label: per 100 g, or per serving (which then becomes its portion). Needs a connection. */
export function CustomFoodForm({ initialName, onBack, onCreated }: CustomFoodProps) {
  const queryClient = useQueryClient();
  const [basis, setBasis] = useState<Basis>('100g');
  const [values, setValues] = useState({ ...EMPTY, name: initialName });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const set = (key: keyof typeof values) => (event: React.ChangeEvent<HTMLInputElement>) =>
    setValues((current) => ({ ...current, [key]: event.target.value }));

  const submit = async () => {
    const servingGrams = numberOrUndefined(values.servingGrams);
    const perServing = basis === 'serving';
    const parsed = SaveFoodSchema.safeParse({
      name: values.name,
      basisGrams: perServing ? servingGrams : 100,
      kcal: numberOrUndefined(values.kcal),
      proteinG: numberOrUndefined(values.proteinG) ?? 0,
      carbsG: numberOrUndefined(values.carbsG) ?? 0,
      fatG: numberOrUndefined(values.fatG) ?? 0,
      fiberG: numberOrUndefined(values.fiberG) ?? null,
      portions: perServing && servingGrams ? [{ label: values.servingLabel.trim() || '1 serving', grams: servingGrams }] : [],
    });
    if (!parsed.success) {
      const found = issuesByField(parsed.error.issues);
      if (found.basisGrams) found.servingGrams = found.basisGrams;
      setErrors(found);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const food = await nutritionApi.createFood(parsed.data);
      void queryClient.invalidateQueries({ queryKey: nutritionKeys.foods });
      onCreated(food);
    } catch (error) {
      if (isApiError(error) && error.fields.length > 0)
        setErrors(issuesByField(error.fields.map((f) => ({ path: f.path.split('.'), message: f.message }))));
      else setErrors({ root: errorMessage(error) });
    } finally {
      setSaving(false);
    }
  };

  const numberProps = { type: 'text', inputMode: 'decimal', autoComplete: 'off' } as const;
  const per = basis === '100g' ? 'per 100 g' : 'per serving';
  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <button
        type="button"
        onClick={onBack}
        className="-mt-1 -ml-2 inline-flex min-h-11 items-center gap-1 self-start rounded-md px-2 text-sm font-medium text-accent-text hover:bg-surface-muted"
      >
        <ArrowLeft aria-hidden className="size-4" />
        All foods
      </button>
      <TextField
        label="Name"
        value={values.name}
        onChange={set('name')}
        error={errors.name}
        maxLength={120}
        placeholder="e.g. Mum’s granola"
      />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-2 text-sm font-medium text-text">The label gives values</legend>
        <div className="grid grid-cols-2 gap-2">
          {(['100g', 'serving'] as const).map((option) => (
            <button
              key={option}
              type="button"
              aria-pressed={basis === option}
              onClick={() => setBasis(option)}
              className={cn(
                'min-h-11 rounded-md border px-3 text-sm',
                basis === option ? 'border-accent bg-accent-soft font-semibold text-accent-text' : 'border-line-strong text-text',
              )}
            >
              {option === '100g' ? 'Per 100 g' : 'Per serving'}
            </button>
          ))}
        </div>
      </fieldset>
      {basis === 'serving' && (
        <div className="grid grid-cols-2 gap-2">
          <TextField label="Serving" value={values.servingLabel} onChange={set('servingLabel')} maxLength={80} />
          <TextField
            label="Serving weight (g)"
            {...numberProps}
            value={values.servingGrams}
            onChange={set('servingGrams')}
            error={errors.servingGrams}
          />
        </div>
      )}
      <TextField label={`kcal ${per}`} {...numberProps} value={values.kcal} onChange={set('kcal')} error={errors.kcal} />
      <div className="grid grid-cols-3 gap-2">
        <TextField label="Protein (g)" {...numberProps} value={values.proteinG} onChange={set('proteinG')} error={errors.proteinG} />
        <TextField label="Carbs (g)" {...numberProps} value={values.carbsG} onChange={set('carbsG')} error={errors.carbsG} />
        <TextField label="Fat (g)" {...numberProps} value={values.fatG} onChange={set('fatG')} error={errors.fatG} />
      </div>
      <TextField label="Fibre (g)" optional {...numberProps} value={values.fiberG} onChange={set('fiberG')} error={errors.fiberG} />
      <FormError message={errors.root ?? errors.portions} />
      <Button type="submit" size="lg" className="w-full" pending={saving}>
        Save food
      </Button>
      <p className="-mt-2 text-center text-sm text-muted">Only you and your coach see foods you create.</p>
    </form>
  );
}
