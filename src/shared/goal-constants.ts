/** Plain constants (no zod) for goals, badges and photos, so first-screen code can use them. */

export const GOAL_KINDS = ['weight', 'body_fat', 'metric', 'lift'] as const;
export type GoalKind = (typeof GOAL_KINDS)[number];

export const BADGES = [
  'first_workout',
  'workouts_10',
  'workouts_50',
  'workouts_100',
  'first_pr',
  'consistent_4_weeks',
  'goal_achieved',
] as const;
export type Badge = (typeof BADGES)[number];

/** `description` once earned; `howTo` before (what earns it). */
export const BADGE_INFO: Record<Badge, { title: string; description: string; howTo: string }> = {
  first_workout: { title: 'First workout', description: 'Finished your first workout.', howTo: 'Finish your first workout.' },
  workouts_10: { title: '10 workouts', description: 'Finished 10 workouts.', howTo: 'Finish 10 workouts.' },
  workouts_50: { title: '50 workouts', description: 'Finished 50 workouts.', howTo: 'Finish 50 workouts.' },
  workouts_100: { title: '100 workouts', description: 'Finished 100 workouts.', howTo: 'Finish 100 workouts.' },
  first_pr: {
    title: 'First personal record',
    description: 'Beat your own best on an exercise.',
    howTo: 'Beat your own best on any exercise.',
  },
  consistent_4_weeks: {
    title: '4 consistent weeks',
    description: 'Did every scheduled workout, four weeks in a row.',
    howTo: 'Do every scheduled workout for four weeks in a row.',
  },
  goal_achieved: { title: 'Goal achieved', description: 'Reached a goal you set.', howTo: 'Reach one of your goals.' },
};

export const PHOTO_POSES = ['front', 'side', 'back'] as const;
export type PhotoPose = (typeof PHOTO_POSES)[number];
