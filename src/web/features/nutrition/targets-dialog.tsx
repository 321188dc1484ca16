import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Calculator } from 'lucide-react';
import { useState } from 'react';
import { toast } from 'sonner';
import type { Client } from '../../../shared/clients';
import type { Targets } from '../../../shared/nutrition';
import { applyOverrides, computeTargets } from '../../../shared/nutrition-targets';
import { errorMessage, isApiError } from '../../lib/api';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { TextareaField } from '../../ui/field';
import { FormError } from '../../ui/notice';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { ErrorState } from '../../ui/states';
import { targetSuggestionQuery } from './queries';
import {
  draftFromSuggestion,
  FIGURE_KEYS,
  inputsFromDraft,
  manualTargets,
  overridesFromDraft,
  type CalculatorDraft,
  type FigureKey,
  type Units,
} from './targets-form';
import { TargetsInputs } from './targets-inputs';
import { TargetsManual } from './targets-manual';
import { TargetsPreview } from './targets-preview';
import { targetsChanged, trainerNutritionApi } from './trainer-queries';
import { Segmented } from './trainer-segmented';

type Mode = 'calculator' | 'manual';
type Props = { open: boolean; onOpenChange: (open: boolean) => void; client: Client; current: Targets | null };

const manualFrom = (current: Targets | null): Partial<Record<FigureKey, string>> =>
  current ? Object.fromEntries(FIGURE_KEYS.map((key) => [key, String(current[key])])) : {};

/**
 * "Set targets": the calculator (inputs left, live figures right) or the six numbers typed in.
 * What was typed stays while the dialog is closed and opened again; it starts afresh after a save.
 */
export function TargetsDialog({ open, onOpenChange, client, current }: Props) {
  const queryClient = useQueryClient();
  const suggestion = useQuery({ ...targetSuggestionQuery(client.id), enabled: open });
  const units: Units = suggestion.data?.units ?? client.onboarding?.units ?? 'kg';
  const first = client.name.split(' ')[0] ?? client.name;
  const [mode, setMode] = useState<Mode>(current && !current.inputs ? 'manual' : 'calculator');
  const [typedDraft, setDraft] = useState<CalculatorDraft | null>(null);
  const [manual, setManual] = useState<Partial<Record<FigureKey, string>> | null>(null);
  const [note, setNote] = useState('');
  const [showAll, setShowAll] = useState(false);
  const [pending, setPending] = useState(false);
  const [serverError, setServerError] = useState<string | undefined>();

  const draft = typedDraft ?? (suggestion.data ? draftFromSuggestion(suggestion.data, current?.inputs ?? null, units) : null);
  const manualValues = manual ?? manualFrom(current);
  const parsed = draft ? inputsFromDraft(draft, units) : null;
  const overrides = draft ? overridesFromDraft(draft.overrides) : {};
  const figures = parsed?.inputs ? applyOverrides(computeTargets(parsed.inputs), overrides) : null;
  const typed = manualTargets(manualValues);

  const change = (next: Partial<CalculatorDraft>) => draft && setDraft({ ...draft, ...next });
  const override = (key: FigureKey, value: string | undefined) => {
    if (!draft) return;
    const next = { ...draft.overrides };
    if (value === undefined) delete next[key];
    else next[key] = value;
    setDraft({ ...draft, overrides: next });
  };

  const save = async () => {
    setShowAll(true);
    setServerError(undefined);
    const body =
      mode === 'calculator'
        ? parsed?.inputs && { inputs: parsed.inputs, overrides, note: note.trim() }
        : typed.targets && { inputs: null, overrides: typed.targets, note: note.trim() };
    if (!body) return;
    setPending(true);
    try {
      const saved = await trainerNutritionApi.saveTargets(client.id, body);
      targetsChanged(queryClient, client.id, saved);
      toast.success(`Saved: ${first}'s target is ${saved.kcal.toLocaleString('en')} kcal a day`);
      setDraft(null);
      setManual(null);
      setNote('');
      setShowAll(false);
      onOpenChange(false);
    } catch (error) {
      setServerError(
        isApiError(error) && error.fields.length > 0 ? error.fields.map((field) => field.message).join(' ') : errorMessage(error),
      );
    } finally {
      setPending(false);
    }
  };

  let calculator;
  if (suggestion.isPending || !draft)
    calculator = suggestion.isError ? (
      <ErrorState
        title={`${first}'s figures didn't load`}
        error={suggestion.error}
        onRetry={() => void suggestion.refetch()}
        retrying={suggestion.isFetching}
      />
    ) : (
      <LoadingRegion label="Loading the calculator" className="grid gap-4 lg:grid-cols-2">
        <Skeleton className="h-96 w-full" />
        <Skeleton className="h-96 w-full" />
      </LoadingRegion>
    );
  else
    calculator = (
      <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-[minmax(0,5fr)_minmax(0,6fr)]">
        <TargetsInputs draft={draft} onChange={change} units={units} issues={parsed?.issues ?? []} showAll={showAll} />
        <section aria-labelledby="targets-preview-title" className="flex flex-col gap-2 lg:sticky lg:top-0">
          <h3 id="targets-preview-title" className="text-sm font-semibold text-text">
            Daily targets
          </h3>
          {figures ? (
            <TargetsPreview figures={figures} overrides={draft.overrides} onOverride={override} />
          ) : (
            <div className="flex min-h-40 flex-col items-center justify-center gap-2 rounded-md border border-dashed border-line p-4 text-center text-sm text-muted">
              <Calculator aria-hidden className="size-6" />
              <p>The figures appear here once {first}'s body and goal are filled in.</p>
              <p>{parsed?.issues[0]?.message}</p>
            </div>
          )}
        </section>
      </div>
    );

  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={`Targets for ${client.name}`} size="lg">
      <form
        noValidate
        className="flex flex-col gap-5"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Segmented
          legend="How to set them"
          hideLegend
          className="sm:max-w-md"
          value={mode}
          onChange={setMode}
          options={[
            { value: 'calculator', label: 'Calculator' },
            { value: 'manual', label: 'Type the numbers yourself' },
          ]}
        />
        {mode === 'calculator' ? (
          calculator
        ) : (
          <TargetsManual
            values={manualValues}
            onChange={(key, value) => setManual({ ...manualValues, [key]: value })}
            issues={typed.issues}
            showAll={showAll}
          />
        )}
        <TextareaField
          label="Note"
          optional
          hint="Why these figures: it stays with them in the history."
          rows={2}
          maxLength={500}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
        <FormError message={serverError} />
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="secondary" onClick={() => onOpenChange(false)}>
            Cancel
          </Button>
          <Button type="submit" pending={pending}>
            Save targets
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
