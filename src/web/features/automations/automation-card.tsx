import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { z } from 'zod';
import { UpdateAutomationSchema } from '../../../shared/notifications';
import type { Automation } from '../../../shared/notifications';
import { formatDate } from '../../lib/dates';
import { applyServerErrors } from '../../lib/form-errors';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { TextField, TextareaField } from '../../ui/field';
import { FormError } from '../../ui/notice';
import { SwitchField } from '../../ui/switch';
import { AUTOMATION_COPY, VARIABLE_LABELS } from './automation-copy';
import type { AutomationParam } from './automation-copy';
import { AutomationPreview } from './automation-preview';
import { automationKeys, automationsApi } from './queries';

type FormValues = { enabled: boolean; template: string; params: Record<string, number> };

/** The shared schema, with this automation's own bounds on its one parameter (the server checks them too). */
function formSchema(param: AutomationParam | null) {
  if (!param) return UpdateAutomationSchema.extend({ params: z.record(z.string(), z.number()) });
  const range = `Choose between ${param.min} and ${param.max}.`;
  return UpdateAutomationSchema.extend({
    params: z.record(z.string(), z.number(range).int(range).min(param.min, range).max(param.max, range)),
  });
}

const toForm = (automation: Automation): FormValues => ({
  enabled: automation.enabled,
  template: automation.template,
  params: automation.params,
});

function sentLine(automation: Automation): string {
  if (automation.sentCount === 0 || !automation.lastSentAt) return 'Not sent yet';
  const times = automation.sentCount === 1 ? 'once' : `${automation.sentCount} times`;
  return `Sent ${times} · last on ${formatDate(automation.lastSentAt)}`;
}

export function AutomationCard({ automation }: { automation: Automation }) {
  const queryClient = useQueryClient();
  const titleId = useId();
  const copy = AUTOMATION_COPY[automation.kind];
  const param = copy.param;
  const schema = useMemo(() => formSchema(param), [param]);
  const saved = useMemo(() => toForm(automation), [automation]);
  const { register, handleSubmit, setError, formState, watch, setValue, getValues, reset } = useForm<FormValues>({
    resolver: zodResolver(schema),
    values: saved,
    resetOptions: { keepDirtyValues: true },
  });
  const { errors } = formState;
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  const { ref: templateRef, ...templateField } = register('template');

  const enabled = watch('enabled');
  const template = watch('template');
  const params = watch('params');
  const value = param ? params[param.name] : undefined;
  const valid = param && value !== undefined && Number.isInteger(value) && value >= param.min && value <= param.max;
  const n = valid ? value : param ? (automation.params[param.name] ?? param.min) : 0;

  const insert = (name: string) => {
    const token = `{${name}}`;
    const current = getValues('template');
    const start = textarea.current?.selectionStart ?? current.length;
    const end = textarea.current?.selectionEnd ?? current.length;
    setValue('template', current.slice(0, start) + token + current.slice(end), {
      shouldDirty: true,
      shouldValidate: formState.isSubmitted,
    });
    requestAnimationFrame(() => {
      textarea.current?.focus();
      textarea.current?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  const onSubmit = handleSubmit(async (values) => {
    try {
      const next = await automationsApi.update(automation.kind, values);
      queryClient.setQueryData<{ items: Automation[] }>(automationKeys.list, (old) =>
        old ? { items: old.items.map((item) => (item.kind === next.kind ? next : item)) } : old,
      );
      reset(toForm(next));
      toast.success(next.enabled ? `${copy.title}: saved and on` : `${copy.title}: saved, off`);
    } catch (error) {
      applyServerErrors(error, setError, ['enabled', 'template', ...(param ? [`params.${param.name}`] : [])]);
    }
  });

  return (
    <section aria-labelledby={titleId}>
      <Card
        as="div"
        title={<span id={titleId}>{copy.title}</span>}
        description={copy.when(n)}
        actions={<Badge tone={automation.enabled ? 'success' : 'neutral'}>{automation.enabled ? 'On' : 'Off'}</Badge>}
      >
        <form onSubmit={(event) => void onSubmit(event)} noValidate className="flex flex-col gap-5">
          <SwitchField
            label="Send automatically"
            hint={
              enabled !== automation.enabled
                ? `Save to turn it ${enabled ? 'on' : 'off'}.`
                : enabled
                  ? 'On: sent whenever the moment comes.'
                  : 'Off: nothing is sent.'
            }
            checked={enabled}
            onCheckedChange={(checked) => setValue('enabled', checked, { shouldDirty: true })}
          />
          {param && (
            <TextField
              label={param.label}
              hint={`Between ${param.min} and ${param.max}.`}
              type="number"
              inputMode="numeric"
              min={param.min}
              max={param.max}
              step={1}
              wrapperClassName="max-w-60"
              error={errors.params?.[param.name]?.message}
              {...register(`params.${param.name}`, { valueAsNumber: true })}
            />
          )}
          <div className="flex flex-col gap-2">
            <TextareaField
              label="Message"
              className="field-sizing-content min-h-24"
              error={errors.template?.message}
              ref={(element) => {
                templateRef(element);
                textarea.current = element;
              }}
              {...templateField}
            />
            <div role="group" aria-label="Insert a variable" className="flex flex-wrap items-center gap-1.5">
              <span className="text-xs text-muted" aria-hidden>
                Insert:
              </span>
              {automation.variables.map((name) => (
                <button
                  key={name}
                  type="button"
                  onClick={() => insert(name)}
                  title={`Insert ${VARIABLE_LABELS[name] ?? name}`}
                  aria-label={`Insert {${name}}`}
                  className="h-8 rounded-full border border-line bg-surface px-2.5 font-mono text-xs text-text hover:border-accent hover:bg-accent-soft"
                >
                  {`{${name}}`}
                </button>
              ))}
            </div>
          </div>
          <AutomationPreview
            kind={automation.kind}
            template={template}
            params={valid || !param ? params : automation.params}
            variables={automation.variables}
          />
          <FormError message={errors.root?.server?.message} />
          <div className="flex flex-wrap items-center justify-between gap-3 border-t border-line pt-4">
            <p className="text-sm text-muted">{sentLine(automation)}</p>
            <div className="flex items-center gap-3">
              {formState.isDirty && <span className="text-sm text-muted">Unsaved changes</span>}
              <Button type="submit" pending={formState.isSubmitting} disabled={!formState.isDirty}>
                Save
              </Button>
            </div>
          </div>
        </form>
      </Card>
    </section>
  );
}
