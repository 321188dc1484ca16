import type { ClientStatus, PauseReason } from '../../../shared/clients';
import type { EQUIPMENT, EXPERIENCE_LEVELS, GOALS } from '../../../shared/clients';
import type { BadgeTone } from '../../ui/badge';

type Goal = (typeof GOALS)[number];
type Experience = (typeof EXPERIENCE_LEVELS)[number];
type Equipment = (typeof EQUIPMENT)[number];

export const GOAL_LABELS: Record<Goal, string> = {
  lose_fat: 'Lose fat',
  build_muscle: 'Build muscle',
  get_stronger: 'Get stronger',
  improve_fitness: 'Improve fitness',
  sport_performance: 'Sport performance',
  health: 'Health and feeling good',
  other: 'Something else',
};

export const EXPERIENCE_LABELS: Record<Experience, { label: string; description: string }> = {
  new: { label: 'New to training', description: "I haven't trained regularly before." },
  beginner: { label: 'Beginner', description: 'Less than a year of regular training.' },
  intermediate: { label: 'Intermediate', description: '1–3 years, comfortable with the main lifts.' },
  advanced: { label: 'Advanced', description: 'Several years of consistent, structured training.' },
};

export const EQUIPMENT_LABELS: Record<Equipment, string> = {
  full_gym: 'Full gym',
  barbell_rack: 'Barbell and rack',
  dumbbells: 'Dumbbells',
  kettlebells: 'Kettlebells',
  resistance_bands: 'Resistance bands',
  pull_up_bar: 'Pull-up bar',
  cardio_machine: 'Cardio machine',
  bodyweight_only: 'Bodyweight only',
};

export const PAUSE_REASON_LABELS: Record<PauseReason, string> = {
  vacation: 'Vacation',
  injury: 'Injury',
  illness: 'Illness',
  other: 'Other',
};

export const STATUS_LABELS: Record<ClientStatus, { label: string; tone: BadgeTone }> = {
  invited: { label: 'Invited', tone: 'outline' },
  active: { label: 'Active', tone: 'success' },
  paused: { label: 'Paused', tone: 'warning' },
  archived: { label: 'Archived', tone: 'neutral' },
};

/** 178 cm → "5 ft 10 in". */
export function feetAndInches(cm: number): { feet: number; inches: number } {
  const totalInches = Math.round(cm / 2.54);
  return { feet: Math.floor(totalInches / 12), inches: totalInches % 12 };
}

export function formatHeight(cm: number, units: 'kg' | 'lb'): string {
  if (units === 'lb') {
    const { feet, inches } = feetAndInches(cm);
    return `${feet} ft ${inches} in`;
  }
  return `${Math.round(cm)} cm`;
}
