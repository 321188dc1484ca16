import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { StartSessionSchema } from '../../../shared/logging';
import { errorMessage } from '../../lib/api';
import { todayIso } from '../../lib/dates';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { TextField } from '../../ui/field';
import { FormError } from '../../ui/notice';
import { myClientQuery } from '../clients/queries';
import { updateLayout } from './session-layout';
import { startWorkout } from './start-session';
import { workoutPath } from './today-entry';

type Errors = Partial<Record<'name' | 'date' | 'time' | 'minutes' | 'form', string>>;

const pad = (n: number) => String(n).padStart(2, '0');

/** A workout done earlier and not logged: when it was and how long it took, then the same gym screen. */
export function PastWorkoutDialog({ onClose }: { onClose: () => void }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const me = useQuery(myClientQuery());
  const now = new Date();
  const [name, setName] = useState('');
  const [date, setDate] = useState(todayIso(now));
  const [time, setTime] = useState(`${pad(Math.max(0, now.getHours() - 2))}:00`);
  const [minutes, setMinutes] = useState('60');
  const [errors, setErrors] = useState<Errors>({});
  const [pending, setPending] = useState(false);

  const submit = async () => {
    const next: Errors = {};
    const startedAt = new Date(`${date}T${time || '00:00'}`);
    const duration = Number(minutes);
    if (!date || Number.isNaN(startedAt.getTime())) next.date = 'Pick the day you trained';
    else if (startedAt.getTime() > Date.now()) next.time = 'That is still to come: pick a time that has passed';
    if (!Number.isInteger(duration) || duration < 1 || duration > 600) next.minutes = 'Between 1 and 600 minutes';
    const parsed = StartSessionSchema.safeParse({
      scheduledWorkoutId: null,
      name: name.trim() || null,
      startedAt: next.date ? '' : startedAt.toISOString(),
    });
    if (!name.trim()) next.name = 'Give it a name, e.g. "Long run" or "Legs at the hotel gym"';
    else if (!parsed.success && parsed.error.issues.some((issue) => issue.path[0] === 'name')) next.name = 'At most 80 characters';
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    setPending(true);
    try {
      const id = await startWorkout(queryClient, {
        scheduled: null,
        name: name.trim(),
        startedAt: startedAt.toISOString(),
        clientId: me.data?.id ?? '',
      });
      updateLayout(id, () => ({ pastMinutes: duration }));
      onClose();
      void navigate(workoutPath(id));
    } catch (error) {
      setErrors({ form: errorMessage(error) });
    } finally {
      setPending(false);
    }
  };

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title="Log a past workout"
      description="Trained without logging? Add it with when you did it."
    >
      <form
        noValidate
        className="flex flex-col gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <TextField
          label="Name"
          value={name}
          maxLength={80}
          onChange={(event) => {
            setName(event.target.value);
            setErrors((current) => ({ ...current, name: undefined }));
          }}
          error={errors.name}
          autoFocus
        />
        <div className="grid grid-cols-2 gap-3">
          <TextField
            label="Day"
            type="date"
            max={todayIso(now)}
            value={date}
            onChange={(event) => {
              setDate(event.target.value);
              setErrors((current) => ({ ...current, date: undefined, time: undefined }));
            }}
            error={errors.date}
          />
          <TextField
            label="Started at"
            type="time"
            value={time}
            onChange={(event) => {
              setTime(event.target.value);
              setErrors((current) => ({ ...current, time: undefined }));
            }}
            error={errors.time}
          />
        </div>
        <TextField
          label="How long (minutes)"
          inputMode="numeric"
          value={minutes}
          onChange={(event) => {
            setMinutes(event.target.value);
            setErrors((current) => ({ ...current, minutes: undefined }));
          }}
          error={errors.minutes}
        />
        <FormError message={errors.form} />
        <Button type="submit" size="lg" pending={pending}>
          Log its sets
        </Button>
      </form>
    </Dialog>
  );
}
