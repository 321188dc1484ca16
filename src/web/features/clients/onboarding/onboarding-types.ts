import { useFormContext } from 'react-hook-form';
import type { FieldError } from 'react-hook-form';
import type { Onboarding, OnboardingInput } from '../../../../shared/clients';

export type OnboardingValues = OnboardingInput;
export type OnboardingOutput = Onboarding;

export const useOnboardingForm = () => useFormContext<OnboardingValues, unknown, OnboardingOutput>();

/** A missing answer gets a friendly sentence instead of zod's "expected number, received undefined". */
export function friendlyError(error: FieldError | undefined, whenMissing: string): string | undefined {
  if (!error) return undefined;
  if (error.type === 'invalid_type' || error.type === 'invalid_value') return whenMissing;
  return error.message;
}
