import { ACTIVITY_LABELS, ACTIVITY_LEVELS, type ActivityLevel } from '../../../shared/nutrition-targets';
import { cn } from '../../ui/cn';
import { inputClass, SelectField, TextField } from '../../ui/field';
import type { CalculatorDraft, Issue, Units } from './targets-form';
import { Segmented } from './trainer-segmented';

type Props = {
  draft: CalculatorDraft;
  onChange: (change: Partial<CalculatorDraft>) => void;
  units: Units;
  issues: Issue[];
  /** After a save attempt every problem shows; before, only those of fields with something typed. */
  showAll: boolean;
};

const decimal = { type: 'text', inputMode: 'decimal', autoComplete: 'off' } as const;

/** The calculator's inputs, in the client's units: body, activity, goal, then how the macros are split. */
export function TargetsInputs({ draft, onChange, units, issues, showAll }: Props) {
  const error = (path: string, typed: string) =>
    showAll || typed.trim() !== '' ? issues.find((issue) => issue.path === path)?.message : undefined;
  const goalUnit = draft.goalMode === 'kcal' ? 'kcal/day' : '% body weight/week';
  return (
    <div className="flex flex-col gap-5">
      <fieldset className="grid grid-cols-2 items-end gap-3 sm:grid-cols-3">
        <legend className="mb-2 text-sm font-semibold text-text">Body</legend>
        <SelectField
          label="Sex"
          value={draft.sex}
          error={showAll ? issues.find((issue) => issue.path === 'sex')?.message : undefined}
          onChange={(event) => onChange({ sex: event.target.value as CalculatorDraft['sex'] })}
        >
          <option value="">Choose…</option>
          <option value="female">Female</option>
          <option value="male">Male</option>
        </SelectField>
        <TextField
          label="Age (years)"
          {...decimal}
          inputMode="numeric"
          value={draft.age}
          error={error('ageYears', draft.age)}
          onChange={(event) => onChange({ age: event.target.value })}
        />
        {units === 'kg' ? (
          <TextField
            label="Height (cm)"
            {...decimal}
            value={draft.heightCm}
            error={error('heightCm', draft.heightCm)}
            onChange={(event) => onChange({ heightCm: event.target.value })}
          />
        ) : (
          <fieldset className="flex min-w-0 flex-col">
            <legend className="mb-1.5 text-sm font-medium text-text">Height</legend>
            <div className="flex items-center gap-1">
              <input
                aria-label="Height, feet"
                {...decimal}
                inputMode="numeric"
                value={draft.heightFt}
                aria-invalid={error('heightCm', draft.heightFt) ? true : undefined}
                onChange={(event) => onChange({ heightFt: event.target.value })}
                className={cn(inputClass, 'h-11 w-full min-w-0')}
              />
              <span className="text-sm text-muted">ft</span>
              <input
                aria-label="Height, inches"
                {...decimal}
                value={draft.heightIn}
                onChange={(event) => onChange({ heightIn: event.target.value })}
                className={cn(inputClass, 'h-11 w-full min-w-0')}
              />
              <span className="text-sm text-muted">in</span>
            </div>
            {error('heightCm', draft.heightFt) && <p className="mt-1.5 text-sm text-danger">{error('heightCm', draft.heightFt)}</p>}
          </fieldset>
        )}
        <TextField
          label={`Weight (${units})`}
          {...decimal}
          value={draft.weight}
          error={error('weightKg', draft.weight)}
          onChange={(event) => onChange({ weight: event.target.value })}
        />
        <TextField
          label="Body fat (%)"
          {...decimal}
          value={draft.bodyFat}
          error={error('bodyFatPct', draft.bodyFat)}
          onChange={(event) => onChange({ bodyFat: event.target.value })}
        />
      </fieldset>
      <p className="-mt-3 text-xs text-muted">
        Body fat is optional: with it the calculator uses Katch-McArdle (lean mass), without it Mifflin-St Jeor.
      </p>

      <SelectField
        label="Activity"
        value={draft.activity}
        onChange={(event) => onChange({ activity: event.target.value as ActivityLevel })}
      >
        {ACTIVITY_LEVELS.map((level) => (
          <option key={level} value={level}>
            {ACTIVITY_LABELS[level]}
          </option>
        ))}
      </SelectField>

      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 text-sm font-semibold text-text">Goal</legend>
        <Segmented
          legend="Direction"
          hideLegend
          value={draft.goalDirection}
          onChange={(goalDirection) => onChange({ goalDirection })}
          options={[
            { value: 'cut', label: 'Cut' },
            { value: 'maintain', label: 'Maintain' },
            { value: 'gain', label: 'Gain' },
          ]}
        />
        {draft.goalDirection !== 'maintain' && (
          <div className="grid grid-cols-2 gap-3">
            <SelectField
              label="Measured as"
              value={draft.goalMode}
              onChange={(event) => onChange({ goalMode: event.target.value as CalculatorDraft['goalMode'] })}
            >
              <option value="kcal">kcal per day</option>
              <option value="percent_bw">% body weight/week</option>
            </SelectField>
            <TextField
              label={draft.goalDirection === 'cut' ? `Deficit (${goalUnit})` : `Surplus (${goalUnit})`}
              {...decimal}
              value={draft.goalAmount}
              error={error('goal.amount', draft.goalAmount)}
              onChange={(event) => onChange({ goalAmount: event.target.value })}
            />
          </div>
        )}
      </fieldset>

      <fieldset className="grid grid-cols-2 items-end gap-3 sm:grid-cols-3">
        <legend className="mb-2 text-sm font-semibold text-text">Macros, fibre and water</legend>
        <TextField
          label="Protein (g/kg)"
          {...decimal}
          value={draft.proteinGPerKg}
          error={error('proteinGPerKg', draft.proteinGPerKg)}
          onChange={(event) => onChange({ proteinGPerKg: event.target.value })}
        />
        <SelectField
          label="Fat as"
          value={draft.fatMode}
          onChange={(event) => onChange({ fatMode: event.target.value as CalculatorDraft['fatMode'] })}
        >
          <option value="percent">% of calories</option>
          <option value="g_per_kg">g per kg</option>
        </SelectField>
        <TextField
          label={draft.fatMode === 'percent' ? 'Fat (% of kcal)' : 'Fat (g/kg)'}
          {...decimal}
          value={draft.fatValue}
          error={error('fat.value', draft.fatValue)}
          onChange={(event) => onChange({ fatValue: event.target.value })}
        />
        <TextField
          label="Fibre (g/1,000 kcal)"
          {...decimal}
          value={draft.fiberPer1000}
          error={error('fiberGPer1000Kcal', draft.fiberPer1000)}
          onChange={(event) => onChange({ fiberPer1000: event.target.value })}
        />
        <TextField
          label="Water (ml/kg)"
          {...decimal}
          value={draft.waterMlPerKg}
          error={error('waterMlPerKg', draft.waterMlPerKg)}
          onChange={(event) => onChange({ waterMlPerKg: event.target.value })}
        />
        <TextField
          label="Rest days (± kcal)"
          hint="e.g. −200; blank for the same every day"
          {...decimal}
          value={draft.restDayDelta}
          error={error('restDayKcalDelta', draft.restDayDelta)}
          onChange={(event) => onChange({ restDayDelta: event.target.value })}
        />
      </fieldset>
    </div>
  );
}
