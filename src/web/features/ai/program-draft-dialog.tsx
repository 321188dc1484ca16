import { useMutation, useQueryClient } from '@tanstack/react-query';
import { RotateCw, Sparkles } from 'lucide-react';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { toast } from 'sonner';
import type { Client } from '../../../shared/clients';
import { DraftProgramSchema } from '../../../shared/ai';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { SelectField, TextareaField } from '../../ui/field';
import { Notice } from '../../ui/notice';
import { EQUIPMENT_LABELS, EXPERIENCE_LABELS, GOAL_LABELS } from '../clients/labels';
import { programsChanged } from '../programs/queries';
import { draftApi } from './draft-api';
import { draftFailure } from './draft-format';

const MAX_BRIEF = 1000;

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[7rem_1fr] gap-2 py-1">
      <dt className="text-muted">{label}</dt>
      <dd className="text-text">{children}</dd>
    </div>
  );
}

/** What the model is told about the client, so the trainer knows what the draft rests on. */
function BasedOn({ client }: { client: Client }) {
  const answers = client.onboarding;
  const first = client.name.split(' ')[0] ?? client.name;
  if (!answers)
    return (
      <Notice tone="warning">
        {first} hasn't finished onboarding, so the draft can't use their goals, equipment or limitations. Put what you know in the brief.
      </Notice>
    );
  return (
    <section aria-labelledby="draft-based-on" className="rounded-md border border-line bg-surface-muted px-3 py-2 text-sm">
      <h3 id="draft-based-on" className="text-xs font-semibold tracking-wide text-muted uppercase">
        Based on {first}'s answers
      </h3>
      <dl className="divide-y divide-line">
        <Fact label="Goals">
          {answers.goals.map((goal) => GOAL_LABELS[goal]).join(', ')}
          {answers.goalNote.trim() && <span className="block text-muted">“{answers.goalNote.trim()}”</span>}
        </Fact>
        <Fact label="Experience">{EXPERIENCE_LABELS[answers.experience].label}</Fact>
        <Fact label="Equipment">{answers.equipment.map((item) => EQUIPMENT_LABELS[item]).join(', ')}</Fact>
        <Fact label="Limitations">{answers.injuries.trim() || <span className="text-muted">None mentioned</span>}</Fact>
      </dl>
    </section>
  );
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

type Props = { client: Client; open: boolean; onOpenChange: (open: boolean) => void };

/** Drafts a library program for this client; the trainer lands in the builder to edit and assign it. */
export function ProgramDraftDialog({ client, open, onOpenChange }: Props) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const first = client.name.split(' ')[0] ?? client.name;
  const [weeks, setWeeks] = useState(4);
  const [perWeek, setPerWeek] = useState(Math.min(6, Math.max(1, client.onboarding?.daysPerWeek ?? 3)));
  const [brief, setBrief] = useState('');
  const draft = useMutation({
    mutationFn: () => draftApi.program(client.id, DraftProgramSchema.parse({ weeks, workoutsPerWeek: perWeek, brief })),
    onSuccess: (program) => {
      programsChanged(queryClient, program);
      toast.success('Draft ready — edit it, then assign it', { description: program.name });
      onOpenChange(false);
      void navigate(`/programs/${program.id}`);
    },
  });
  const failure = draft.isError ? draftFailure(draft.error) : null;
  const tooLong = brief.trim().length > MAX_BRIEF;

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => !draft.isPending && onOpenChange(next)}
      title={`Draft a program for ${first}`}
      description="A first draft from your exercise library. It's saved as a library program you edit and assign as usual."
    >
      <form
        noValidate
        className="flex flex-col gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          if (!tooLong) draft.mutate();
        }}
      >
        <BasedOn client={client} />
        <div className="grid grid-cols-2 gap-3">
          <SelectField label="Weeks" value={weeks} onChange={(e) => setWeeks(Number(e.target.value))} disabled={draft.isPending}>
            {range(1, 12).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </SelectField>
          <SelectField
            label="Workouts per week"
            value={perWeek}
            onChange={(e) => setPerWeek(Number(e.target.value))}
            disabled={draft.isPending}
          >
            {range(1, 6).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </SelectField>
        </div>
        <TextareaField
          label="What should this program focus on?"
          optional
          value={brief}
          onChange={(e) => setBrief(e.target.value)}
          disabled={draft.isPending}
          placeholder="e.g. Build towards a first pull-up; keep sessions under 45 minutes; nothing overhead for the shoulder."
          error={tooLong ? `At most ${MAX_BRIEF.toLocaleString('en-GB')} characters (${brief.trim().length} now)` : undefined}
          hint="The more specific, the closer the first draft."
        />
        {draft.isPending && (
          <Notice tone="info" title="Drafting… this takes a few seconds">
            Picking exercises {first} can do with their equipment, then checking every one is in your library.
          </Notice>
        )}
        {failure && (
          <Notice tone={failure.kind === 'unavailable' ? 'warning' : 'danger'} title={failure.text}>
            {failure.problems.length > 0 && (
              <ul className="mt-1 list-disc pl-4">
                {failure.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            )}
            {failure.kind === 'unusable' && <p className="mt-1">Your settings are kept: try again, perhaps with a clearer brief.</p>}
          </Notice>
        )}
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="secondary" onClick={() => onOpenChange(false)} disabled={draft.isPending}>
            Cancel
          </Button>
          <Button
            type="submit"
            pending={draft.isPending}
            disabled={tooLong || failure?.kind === 'unavailable'}
            icon={failure ? <RotateCw aria-hidden className="size-4" /> : <Sparkles aria-hidden className="size-4" />}
          >
            {draft.isPending ? 'Drafting…' : failure ? 'Try again' : 'Draft program'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
