import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ChevronRight } from 'lucide-react';
import { useState } from 'react';
import { toast } from 'sonner';
import { AI_FEATURES, type AiFeatureId } from '../../../shared/ai-features';
import type { Settings } from '../../../shared/settings';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { TextareaField, TextField } from '../../ui/field';
import { FormError } from '../../ui/notice';
import { settingsApi, settingsKeys } from '../settings/queries';
import {
  checkFeatures,
  featureErrors,
  featuresToSave,
  featuresWithErrors,
  featureValues,
  sameFeatures,
  type FeatureErrors,
  type FeatureValues,
} from './ai-features-format';

type Feature = (typeof AI_FEATURES)[number];
type Change = Partial<{ model: string; instructions: string }>;

function FeatureRow({
  feature,
  value,
  errors,
  defaultModel,
  open,
  onToggle,
  onChange,
}: {
  feature: Feature;
  value: FeatureValues[AiFeatureId];
  errors: FeatureErrors['fields'];
  defaultModel: string;
  open: boolean;
  onToggle: (open: boolean) => void;
  onChange: (change: Change) => void;
}) {
  const model = value.model.trim();
  const extra = value.instructions.trim();
  return (
    <li>
      <details open={open} onToggle={(event) => onToggle(event.currentTarget.open)} className="group">
        <summary className="flex min-h-14 cursor-pointer list-none items-center gap-3 px-1 py-2 hover:bg-surface-muted [&::-webkit-details-marker]:hidden">
          <ChevronRight aria-hidden className="size-4 shrink-0 text-muted transition-transform group-open:rotate-90" />
          <span className="flex min-w-0 flex-1 flex-col gap-1 sm:flex-row sm:items-center sm:gap-3">
            <span className="flex min-w-0 flex-1 flex-col">
              <span className="text-sm font-medium text-text">{feature.name}</span>
              <span className="text-xs text-muted">{feature.who}</span>
            </span>
            {(model || extra) && (
              <span className="flex flex-wrap gap-1.5 sm:justify-end">
                {model && <Badge tone="accent">{model}</Badge>}
                {extra && <Badge>Extra instructions</Badge>}
              </span>
            )}
          </span>
        </summary>
        <div className="flex flex-col gap-4 pt-1 pb-4 pl-8">
          <div>
            <p className="text-sm font-medium text-text">Sends to the AI provider</p>
            <ul className="mt-1 list-disc pl-5 text-sm text-muted">
              {feature.sends.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
          <TextField
            label="Model"
            optional
            hint="Empty: the default model."
            placeholder={defaultModel}
            autoComplete="off"
            spellCheck={false}
            maxLength={100}
            className="max-w-sm font-mono text-sm"
            value={value.model}
            error={errors[`${feature.id}.model`]}
            onChange={(event) => onChange({ model: event.target.value })}
          />
          <TextareaField
            label="Extra instructions"
            optional
            hint="Added to this feature’s instructions to the model."
            placeholder="e.g. British spelling. Metric units only."
            maxLength={2000}
            rows={2}
            value={value.instructions}
            error={errors[`${feature.id}.instructions`]}
            onChange={(event) => onChange({ instructions: event.target.value })}
          />
        </div>
      </details>
    </li>
  );
}

/** Settings → AI → Features: every AI feature, what it sends, and another model or extra instructions for it; one save. */
export function AiFeaturesForm({ settings, defaultModel }: { settings: Pick<Settings, 'aiFeatures'>; defaultModel: string | null }) {
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(() => featureValues(settings.aiFeatures));
  const [values, setValues] = useState(saved);
  const [errors, setErrors] = useState<FeatureErrors>({ fields: {} });
  const [open, setOpen] = useState<ReadonlySet<AiFeatureId>>(new Set());
  const dirty = !sameFeatures(values, saved);

  const showErrors = (found: FeatureErrors) => {
    setErrors(found);
    const ids = featuresWithErrors(found);
    setOpen((old) => new Set([...old, ...ids]));
    // After the rows open: the first bad input takes the focus.
    requestAnimationFrame(() => document.querySelector<HTMLElement>('#ai-features [aria-invalid="true"]')?.focus());
  };
  const save = useMutation({
    mutationFn: () => settingsApi.update({ aiFeatures: featuresToSave(values) }),
    onSuccess: (result) => {
      queryClient.setQueryData(settingsKeys.all, result);
      const next = featureValues(result.aiFeatures);
      setSaved(next);
      setValues(next);
      setErrors({ fields: {} });
      toast.success('AI features saved');
    },
    onError: (error) => showErrors(featureErrors(error)),
  });
  const change = (id: AiFeatureId, patch: Change) => {
    setValues((old) => ({ ...old, [id]: { ...old[id], ...patch } }));
    const keys = Object.keys(patch).map((field) => `${id}.${field}`);
    if (keys.some((key) => errors.fields[key]))
      setErrors((old) => ({ ...old, fields: { ...old.fields, ...Object.fromEntries(keys.map((k) => [k, undefined])) } }));
  };

  return (
    <form
      id="ai-features"
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        const problems = checkFeatures(values);
        if (problems) return showErrors(problems);
        save.mutate();
      }}
    >
      <ul className="-mx-1 divide-y divide-line border-y border-line">
        {AI_FEATURES.map((feature) => (
          <FeatureRow
            key={feature.id}
            feature={feature}
            value={values[feature.id]}
            errors={errors.fields}
            defaultModel={defaultModel ?? 'the default model'}
            open={open.has(feature.id)}
            onToggle={(isOpen) =>
              setOpen((old) => {
                if (old.has(feature.id) === isOpen) return old;
                const next = new Set(old);
                if (isOpen) next.add(feature.id);
                else next.delete(feature.id);
                return next;
              })
            }
            onChange={(patch) => change(feature.id, patch)}
          />
        ))}
      </ul>
      <FormError message={errors.root} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" pending={save.isPending} disabled={!dirty}>
          Save features
        </Button>
        {dirty && <p className="text-sm text-muted">Unsaved changes</p>}
      </div>
    </form>
  );
}
