import type { Client } from '../../../../shared/clients';
import { WAIVER_VERSION } from '../../../../shared/clients';
import type { OnboardingValues } from './onboarding-types';

const detectedTimeZone = (): string => {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
};

/** Pounds for the US, Liberia and Myanmar; kilograms everywhere else. */
const guessUnits = (): 'kg' | 'lb' => {
  const region = (navigator.language.split('-')[1] ?? '').toUpperCase();
  return ['US', 'LR', 'MM'].includes(region) ? 'lb' : 'kg';
};

export function blankAnswers(): Partial<OnboardingValues> {
  return {
    goals: [],
    goalNote: '',
    equipment: [],
    injuries: '',
    units: guessUnits(),
    timeZone: detectedTimeZone(),
    healthNote: '',
    waiverAccepted: false as unknown as true,
  };
}

/** Editing later: start from what they answered; the waiver stays accepted only if it's still the same version. */
export function answersFrom(onboarding: NonNullable<Client['onboarding']>): Partial<OnboardingValues> {
  const { completedAt: _completedAt, waiverVersion, ...answers } = onboarding;
  return {
    ...answers,
    health: answers.health as OnboardingValues['health'],
    waiverAccepted: (waiverVersion === WAIVER_VERSION) as unknown as true,
  };
}
