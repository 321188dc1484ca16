import { AUTOMATION_PARAMS, type AutomationKind } from '../../../shared/notifications';

export type AutomationParam = { name: string; label: string; min: number; max: number };

type Copy = {
  title: string;
  /** When it fires, in one line; `n` is the parameter's current value where there is one. */
  when: (n: number) => string;
  param: AutomationParam | null;
};

// The bounds come from src/shared (the server checks them again and names `params.<name>` when they are off).
export const AUTOMATION_COPY: Record<AutomationKind, Copy> = {
  welcome: {
    title: 'Welcome message',
    when: () => 'Sent when a client accepts their invitation.',
    param: null,
  },
  missed_workouts: {
    title: 'Missed workouts',
    when: (n) => (n === 1 ? 'Sent after a scheduled workout is missed.' : `Sent after ${n} scheduled workouts in a row are missed.`),
    param: { name: 'missed', ...AUTOMATION_PARAMS.missed_workouts.missed! },
  },
  personal_record: {
    title: 'Personal records',
    when: () => 'Sent after a finished workout that set a personal record (once per workout).',
    param: null,
  },
  inactivity: {
    title: 'Gone quiet',
    when: (n) => `Sent after ${n} days without opening the app.`,
    param: { name: 'days', ...AUTOMATION_PARAMS.inactivity.days! },
  },
};

/** What each variable stands for, for the chips' tooltips and screen readers. */
export const VARIABLE_LABELS: Record<string, string> = {
  firstName: "the client's first name",
  coachName: 'your first name',
  missed: 'how many workouts were missed',
  workoutName: 'the last missed workout',
  days: 'how many days they have been away',
  exerciseName: 'the exercise of the record',
  record: 'the record, e.g. "102.5 kg heaviest lift"',
};
