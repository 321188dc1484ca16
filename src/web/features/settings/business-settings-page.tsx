import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { SettingsSchema } from '../../../shared/settings';
import type { Settings } from '../../../shared/settings';
import { applyServerErrors } from '../../lib/form-errors';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { cn } from '../../ui/cn';
import { SelectField, TextField } from '../../ui/field';
import { FormError } from '../../ui/notice';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { ErrorState } from '../../ui/states';
import { settingsApi, settingsKeys, settingsQuery } from './queries';

const FIELDS = [
  'businessName',
  'timeZone',
  'weekStartsOn',
  'units',
  'billingGraceDays',
  'nutritionKcalTolerancePct',
  'nutritionProteinTolerancePct',
  'nutritionQuietDays',
] as const;

function useTimeZones(current: string): string[] {
  return useMemo(() => {
    const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    return zones.includes(current) ? zones : [current, ...zones];
  }, [current]);
}

type Option<T> = { value: T; label: string; hint: string };

function Segmented<T extends string | number>({
  legend,
  options,
  value,
  onChange,
}: {
  legend: string;
  options: Option<T>[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset>
      <legend className="mb-1.5 text-sm font-medium text-text">{legend}</legend>
      <div className="grid grid-cols-2 gap-2">
        {options.map((option) => (
          <label
            key={option.value}
            className={cn(
              'flex min-h-11 cursor-pointer flex-col justify-center rounded-md border px-3 py-2 text-sm has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus',
              value === option.value ? 'border-accent bg-accent-soft' : 'border-line-strong',
            )}
          >
            <input type="radio" className="sr-only" checked={value === option.value} onChange={() => onChange(option.value)} />
            <span className={cn('font-medium', value === option.value ? 'text-accent-text' : 'text-text')}>{option.label}</span>
            <span className="text-xs text-muted">{option.hint}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function BusinessForm({ settings }: { settings: Settings }) {
  const queryClient = useQueryClient();
  const { register, handleSubmit, setError, formState, watch, setValue } = useForm<Settings>({
    resolver: zodResolver(SettingsSchema),
    values: settings,
    resetOptions: { keepDirtyValues: true },
  });
  const { errors } = formState;
  const zones = useTimeZones(watch('timeZone'));
  const onSubmit = handleSubmit(async (values) => {
    try {
      const saved = await settingsApi.update(values);
      queryClient.setQueryData(settingsKeys.all, saved);
      // Calendars group by the week start: show them again with the new one.
      void queryClient.invalidateQueries({ queryKey: ['workouts'] });
      toast.success('Saved');
    } catch (error) {
      applyServerErrors(error, setError, FIELDS);
    }
  });
  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="flex flex-col gap-5">
      <TextField
        label="Business name"
        hint="Shown to your clients and on emails."
        error={errors.businessName?.message}
        {...register('businessName')}
      />
      <SelectField
        label="Time zone"
        hint="Yours: reminders and your calendar use it. Each client's days follow their own time zone."
        error={errors.timeZone?.message}
        {...register('timeZone')}
      >
        {zones.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replace(/_/g, ' ')}
          </option>
        ))}
      </SelectField>
      <Segmented
        legend="Weeks start on"
        value={watch('weekStartsOn')}
        onChange={(value) => setValue('weekStartsOn', value, { shouldDirty: true })}
        options={[
          { value: 1, label: 'Monday', hint: 'Calendars and weekly numbers run Mon–Sun' },
          { value: 7, label: 'Sunday', hint: 'Calendars and weekly numbers run Sun–Sat' },
        ]}
      />
      <Segmented
        legend="Units for new programs"
        value={watch('units')}
        onChange={(value) => setValue('units', value, { shouldDirty: true })}
        options={[
          { value: 'kg', label: 'Kilograms', hint: 'kg' },
          { value: 'lb', label: 'Pounds', hint: 'lb' },
        ]}
      />
      <TextField
        label="Grace period after a failed payment (days)"
        hint="Clients keep everything this long while they update their card; then only billing, messages with you and their own data stay open."
        type="number"
        inputMode="numeric"
        min={0}
        max={30}
        error={errors.billingGraceDays?.message}
        {...register('billingGraceDays', { valueAsNumber: true })}
      />
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-1 text-sm font-semibold text-text">Nutrition</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label="Calories on target within (± %)"
            type="number"
            inputMode="numeric"
            min={1}
            max={50}
            error={errors.nutritionKcalTolerancePct?.message}
            {...register('nutritionKcalTolerancePct', { valueAsNumber: true })}
          />
          <TextField
            label="Protein on target within (± %)"
            type="number"
            inputMode="numeric"
            min={1}
            max={50}
            error={errors.nutritionProteinTolerancePct?.message}
            {...register('nutritionProteinTolerancePct', { valueAsNumber: true })}
          />
        </div>
        <p className="-mt-2 text-sm text-muted">A logged day counts as on target when both are inside these ranges of the day's targets.</p>
        <TextField
          label="Flag a client after this many days without food logged"
          hint="Clients with targets show in Needs attention once they go this long without logging."
          type="number"
          inputMode="numeric"
          min={1}
          max={30}
          error={errors.nutritionQuietDays?.message}
          {...register('nutritionQuietDays', { valueAsNumber: true })}
        />
      </fieldset>
      <FormError message={errors.root?.server?.message} />
      <Button type="submit" pending={formState.isSubmitting} disabled={!formState.isDirty} className="self-start">
        Save changes
      </Button>
    </form>
  );
}

export function BusinessSettingsPage() {
  const settings = useQuery(settingsQuery());
  return (
    <div className="grid max-w-2xl gap-4">
      <title>Business settings · OneCoach</title>
      <Card title="Business" description="How OneCoach presents you, and how it counts days and weeks.">
        {settings.isPending ? (
          <LoadingRegion label="Loading settings" className="flex flex-col gap-4">
            <Skeleton className="h-11 w-full" />
            <Skeleton className="h-11 w-full" />
            <Skeleton className="h-14 w-full" />
            <Skeleton className="h-14 w-full" />
          </LoadingRegion>
        ) : settings.isError ? (
          <ErrorState
            title="Your settings didn't load"
            error={settings.error}
            onRetry={() => void settings.refetch()}
            retrying={settings.isFetching}
          />
        ) : (
          <BusinessForm settings={settings.data} />
        )}
      </Card>
      <Card title="About">
        <ul className="flex flex-col gap-1 text-sm text-muted">
          <li>Exercise library: Free Exercise DB, public domain.</li>
          <li>Food data: USDA FoodData Central (SR Legacy / SR28), public domain.</li>
        </ul>
      </Card>
    </div>
  );
}
