import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { SettingsSchema } from '../../../shared/settings';
import type { Settings } from '../../../shared/settings';
import { applyServerErrors } from '../../lib/form-errors';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/field';
import { FormError } from '../../ui/notice';
import { settingsApi, settingsKeys } from '../settings/queries';
import { formatTokens } from './assistant-format';
import { assistantKeys } from './queries';

const BudgetsSchema = SettingsSchema.pick({ aiClientMonthlyTokens: true, aiSiteMonthlyTokens: true });
type Budgets = Pick<Settings, 'aiClientMonthlyTokens' | 'aiSiteMonthlyTokens'>;
const FIELDS = ['aiClientMonthlyTokens', 'aiSiteMonthlyTokens'] as const;

/** The two monthly token budgets, saved with the rest of the business settings. */
export function AiBudgetsForm({ settings, siteUsed }: { settings: Budgets; siteUsed: number }) {
  const queryClient = useQueryClient();
  const { register, handleSubmit, setError, formState, watch } = useForm<Budgets>({
    resolver: zodResolver(BudgetsSchema),
    values: { aiClientMonthlyTokens: settings.aiClientMonthlyTokens, aiSiteMonthlyTokens: settings.aiSiteMonthlyTokens },
    resetOptions: { keepDirtyValues: true },
  });
  const { errors } = formState;
  const onSubmit = handleSubmit(async (values) => {
    try {
      const saved = await settingsApi.update(values);
      queryClient.setQueryData(settingsKeys.all, saved);
      void queryClient.invalidateQueries({ queryKey: assistantKeys.all });
      toast.success('Budgets saved');
    } catch (error) {
      applyServerErrors(error, setError, FIELDS);
    }
  });
  const site = watch('aiSiteMonthlyTokens');
  const share = Number.isFinite(site) && site > 0 ? Math.min(100, (siteUsed / site) * 100) : 100;
  const shareText = share > 0 && share < 1 ? 'under 1 %' : `${Math.round(share)} %`;

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="flex flex-col gap-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Per client, tokens a month"
          hint="When a client reaches it, the assistant tells them to ask you in Messages."
          type="number"
          inputMode="numeric"
          min={0}
          step={1000}
          error={errors.aiClientMonthlyTokens?.message}
          {...register('aiClientMonthlyTokens', { valueAsNumber: true })}
        />
        <TextField
          label="Whole site, tokens a month"
          hint="A ceiling for all clients together."
          type="number"
          inputMode="numeric"
          min={0}
          step={10000}
          error={errors.aiSiteMonthlyTokens?.message}
          {...register('aiSiteMonthlyTokens', { valueAsNumber: true })}
        />
      </div>
      <div className="flex flex-col gap-1.5">
        <div
          role="meter"
          aria-label="Site budget used this month"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(share)}
          aria-valuetext={shareText}
          className="h-2 overflow-hidden rounded-full bg-surface-muted"
        >
          <div
            className={share >= 90 ? 'h-full bg-warning' : 'h-full bg-accent'}
            style={{ width: `${Math.max(share, siteUsed > 0 ? 1 : 0)}%` }}
          />
        </div>
        <p className="text-sm text-muted tabular-nums">
          {formatTokens(siteUsed)} of {Number.isFinite(site) ? formatTokens(site) : '—'} site tokens used this month ({shareText})
        </p>
      </div>
      <FormError message={errors.root?.server?.message} />
      <Button type="submit" pending={formState.isSubmitting} disabled={!formState.isDirty} className="self-start">
        Save budgets
      </Button>
    </form>
  );
}
