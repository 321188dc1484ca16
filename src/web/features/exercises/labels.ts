import type { EXERCISE_CATEGORIES, EXERCISE_EQUIPMENT, EXERCISE_LEVELS } from '../../../shared/exercises';

/** "lower back" → "Lower back": the data set's values, as a person writes them. */
export const capitalise = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);

export const CATEGORY_LABELS: Record<(typeof EXERCISE_CATEGORIES)[number], string> = {
  strength: 'Strength',
  stretching: 'Stretching',
  plyometrics: 'Plyometrics',
  powerlifting: 'Powerlifting',
  'olympic weightlifting': 'Olympic weightlifting',
  strongman: 'Strongman',
  cardio: 'Cardio',
};

export const EQUIPMENT_LABELS: Record<(typeof EXERCISE_EQUIPMENT)[number], string> = {
  barbell: 'Barbell',
  dumbbell: 'Dumbbell',
  'body only': 'Bodyweight',
  cable: 'Cable',
  machine: 'Machine',
  kettlebells: 'Kettlebell',
  bands: 'Bands',
  'medicine ball': 'Medicine ball',
  'exercise ball': 'Exercise ball',
  'foam roll': 'Foam roller',
  'e-z curl bar': 'EZ curl bar',
  other: 'Other',
};

export const LEVEL_LABELS: Record<(typeof EXERCISE_LEVELS)[number], string> = {
  beginner: 'Beginner',
  intermediate: 'Intermediate',
  expert: 'Expert',
};
