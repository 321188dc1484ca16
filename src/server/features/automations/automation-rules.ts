import { AUTOMATION_VARIABLES, type AutomationKind } from '../../../shared/notifications';

/** What each automation says until the trainer writes their own, and its parameters. */
export const AUTOMATION_DEFAULTS: Record<AutomationKind, { template: string; params: Record<string, number> }> = {
  welcome: {
    template:
      "Hi {firstName}, welcome aboard! I'm glad you're here. Have a look at your first week, and message me here any time you have a question. — {coachName}",
    params: {},
  },
  missed_workouts: {
    template:
      "Hi {firstName}, I noticed the last {missed} workouts didn't happen ({workoutName} was the most recent). No judgement, life happens. Want me to adjust the plan so it fits your week better?",
    params: { missed: 2 },
  },
  inactivity: {
    template:
      "Hi {firstName}, it's been {days} days since I last saw you in the app. How are things going? Reply here whenever you're ready.",
    params: { days: 7 },
  },
  personal_record: {
    template: 'Huge, {firstName}! New personal record on {exerciseName}: {record}. That work is paying off. — {coachName}',
    params: {},
  },
};

export { AUTOMATION_PARAMS } from '../../../shared/notifications';

/** Fills {variables}; a variable this automation does not know stays as written and is reported. */
export function renderTemplate(
  kind: AutomationKind,
  template: string,
  values: Record<string, string | number>,
): { text: string; unknownVariables: string[] } {
  const known = new Set(AUTOMATION_VARIABLES[kind]);
  const unknown = new Set<string>();
  const text = template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!known.has(name)) {
      unknown.add(name);
      return whole;
    }
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
  return { text, unknownVariables: [...unknown] };
}

export type MissedWorkout = { id: string; date: string; name: string };

/**
 * The nudge fires once per streak of missed workouts: the key is the first miss after the last
 * completed workout, so more misses in the same streak never send it again, and a completed
 * workout starts a new streak.
 */
export function missedWorkoutsTrigger(missedSinceLastDone: MissedWorkout[], threshold: number) {
  if (missedSinceLastDone.length < threshold) return null;
  const sorted = [...missedSinceLastDone].sort((a, b) => a.date.localeCompare(b.date));
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  return { key: `streak:${first.id}`, values: { missed: sorted.length, workoutName: last.name } };
}

/** Once per quiet stretch: the key is the last activity, so coming back and going quiet again counts anew. */
export function inactivityTrigger(lastActiveAt: Date, now: Date, days: number) {
  const idleDays = Math.floor((now.getTime() - lastActiveAt.getTime()) / 86_400_000);
  if (idleDays < days) return null;
  return { key: `idle:${lastActiveAt.toISOString()}`, values: { days: idleDays } };
}
