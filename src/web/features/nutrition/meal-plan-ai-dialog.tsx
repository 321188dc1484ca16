import { useMutation } from '@tanstack/react-query';
import { RotateCw, Sparkles } from 'lucide-react';
import { useState } from 'react';
import type { MealPlanDraft } from '../../../shared/ai';
import { isApiError } from '../../lib/api';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { TextareaField } from '../../ui/field';
import { Notice } from '../../ui/notice';
import { draftApi } from '../ai/draft-api';
import type { Against } from './meal-plan-totals';
import { Segmented } from './trainer-segmented';

const MAX_BRIEF = 1000;

type Props = {
  clientId: string;
  firstName: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The client has separate rest-day targets: the trainer picks which day to draft. */
  hasRestDay: boolean;
  /** Foods already in the builder, which the draft replaces. */
  replacing: number;
  onDrafted: (draft: MealPlanDraft, day: Against) => void;
};

/** The server's words for why no draft came (409: targets, AI off or opted out; 502: the model), and its notes. */
function failureOf(error: unknown): { text: string; problems: string[]; retry: boolean } {
  if (!isApiError(error)) return { text: 'Something went wrong on our side. Try again in a moment.', problems: [], retry: true };
  const problems = Array.isArray(error.details.problems)
    ? [...new Set(error.details.problems.filter((p): p is string => typeof p === 'string'))].slice(0, 5)
    : [];
  return { text: error.fields[0]?.message ?? error.message, problems, retry: error.status !== 409 };
}

/** Drafts one day of eating against the client's targets; it loads into the builder unsaved. */
export function MealPlanAiDialog({ clientId, firstName, open, onOpenChange, hasRestDay, replacing, onDrafted }: Props) {
  const [day, setDay] = useState<Against>('training');
  const [brief, setBrief] = useState('');
  const draft = useMutation({
    mutationFn: () => draftApi.mealPlan(clientId, { day: hasRestDay ? day : 'training', brief: brief.trim() }),
    onSuccess: (result) => {
      onDrafted(result, hasRestDay ? day : 'training');
      onOpenChange(false);
      draft.reset();
    },
  });
  const failure = draft.isError ? failureOf(draft.error) : null;
  const tooLong = brief.trim().length > MAX_BRIEF;
  const close = (next: boolean) => {
    if (draft.isPending) return;
    // Opened again later, it starts clean (the brief is kept).
    if (!next) draft.reset();
    onOpenChange(next);
  };

  return (
    <Dialog
      open={open}
      onOpenChange={close}
      title={`Draft a day of eating for ${firstName}`}
      description={`From your food database, against ${firstName}'s targets. It opens here for you to check and edit; nothing is saved until you save the plan.`}
    >
      <form
        noValidate
        className="flex flex-col gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          if (!tooLong) draft.mutate();
        }}
      >
        {hasRestDay && (
          <Segmented
            legend="Targets to draft against"
            value={day}
            onChange={setDay}
            options={[
              { value: 'training', label: 'Training day' },
              { value: 'rest', label: 'Rest day' },
            ]}
          />
        )}
        <TextareaField
          label="Anything the plan should respect?"
          optional
          rows={3}
          value={brief}
          onChange={(event) => setBrief(event.target.value)}
          disabled={draft.isPending}
          placeholder="e.g. Vegetarian, no nuts, likes oats for breakfast, quick lunches."
          error={tooLong ? `At most ${MAX_BRIEF.toLocaleString('en-GB')} characters (${brief.trim().length} now)` : undefined}
          hint="Diet, dislikes, allergies, how much time they have to cook."
        />
        {replacing > 0 && !draft.isPending && (
          <Notice tone="warning">
            The draft replaces the {replacing === 1 ? 'food' : `${replacing} foods`} in the builder now. Nothing is saved until you save.
          </Notice>
        )}
        {draft.isPending && (
          <Notice tone="info" title="Drafting… this takes a few seconds">
            Picking foods from your database, then checking every one is there and adding up the day.
          </Notice>
        )}
        {failure && (
          <Notice tone={failure.retry ? 'danger' : 'warning'} title={failure.text}>
            {failure.problems.length > 0 && (
              <ul className="mt-1 list-disc pl-4">
                {failure.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            )}
          </Notice>
        )}
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="secondary" onClick={() => close(false)} disabled={draft.isPending}>
            Cancel
          </Button>
          <Button
            type="submit"
            pending={draft.isPending}
            disabled={tooLong || (failure !== null && !failure.retry)}
            icon={failure?.retry ? <RotateCw aria-hidden className="size-4" /> : <Sparkles aria-hidden className="size-4" />}
          >
            {draft.isPending ? 'Drafting…' : failure?.retry ? 'Try again' : 'Draft'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
