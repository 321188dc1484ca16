import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { toast } from 'sonner';
import { UpdateGoalSchema, type Goal } from '../../../shared/goals';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { TextField } from '../../ui/field';
import { FormError } from '../../ui/notice';
import type { MetricInfo } from '../metrics/units';
import { nextDay, toViewer } from './goal-format';
import { issuesByField, parse, serverErrors, withUnit, type Errors } from './goal-form';
import { goalsApi } from './queries';

/* Loaded on first use: it brings the shared schema, and zod with it. */

type EditGoalDialogProps = {
  goal: Goal;
  info: MetricInfo;
  /** The goal's title as shown (its own or the generated one). */
  title: string;
  today: string;
  onSaved: (goal: Goal) => void;
  onClose: () => void;
};

/** Change a goal's name, target or deadline. A new target on a reached goal makes it one to reach again. */
export function EditGoalDialog({ goal, info, title, today, onSaved, onClose }: EditGoalDialogProps) {
  const initialTarget = String(toViewer(goal.targetValue, info));
  const [name, setName] = useState(goal.title);
  const [target, setTarget] = useState(initialTarget);
  const [deadline, setDeadline] = useState(goal.deadline ?? '');
  const [errors, setErrors] = useState<Errors>({});

  const save = useMutation({
    mutationFn: () => {
      // An untouched target goes back exactly as stored (base unit), so rounding cannot move it.
      const unchanged = target.trim() === initialTarget;
      return goalsApi.update(goal.id, {
        title: name.trim(),
        target: unchanged ? goal.targetValue : parse(target),
        unit: unchanged ? goal.baseUnit : info.unit,
        deadline: deadline || null,
        archived: goal.status === 'archived',
      });
    },
    onSuccess: (saved) => {
      toast.success('Goal updated');
      onSaved(saved);
      onClose();
    },
    onError: (error) => setErrors(serverErrors(error)),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local: Errors = {};
    const number = parse(target);
    if (!Number.isFinite(number)) local.target = 'Enter the target';
    if (deadline && deadline !== goal.deadline && deadline <= today) local.deadline = 'Pick a day after today';
    const parsed = UpdateGoalSchema.safeParse({ title: name, target: number, unit: info.unit, deadline: deadline || null });
    const next = { ...(parsed.success ? {} : issuesByField(parsed.error)), ...local };
    setErrors(next);
    if (Object.keys(next).length === 0) save.mutate();
  };

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title="Edit goal"
      description={goal.status === 'achieved' ? `${title}. A new target makes it a goal to reach again.` : title}
    >
      <form onSubmit={submit} noValidate className="flex flex-col gap-4">
        <TextField
          label={withUnit(goal.kind === 'lift' ? 'Target est. 1RM' : 'Target', info)}
          inputMode="decimal"
          autoComplete="off"
          value={target}
          onChange={(event) => setTarget(event.target.value)}
          error={errors.target}
          className="text-lg font-semibold tabular-nums"
          wrapperClassName="max-w-56"
          autoFocus
        />
        <div className="flex flex-wrap items-end gap-2">
          <TextField
            label="Deadline"
            optional
            type="date"
            min={goal.deadline && goal.deadline <= today ? goal.deadline : nextDay(today)}
            value={deadline}
            onChange={(event) => setDeadline(event.target.value)}
            error={errors.deadline}
            wrapperClassName="w-56"
          />
          {deadline && (
            <Button variant="ghost" onClick={() => setDeadline('')}>
              No deadline
            </Button>
          )}
        </div>
        <TextField
          label="Name"
          optional
          maxLength={80}
          placeholder={title}
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={errors.title}
        />
        <FormError message={errors.form ?? errors.archived} />
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" pending={save.isPending}>
            Save
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
