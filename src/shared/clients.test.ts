import { describe, expect, it } from 'vitest';
import { buildOnboarding } from '../../tests/factories/clients';
import { CreateClientSchema, OnboardingSchema, TagsSchema, isValidTimeZone } from './clients';

describe('shared client schemas', () => {
  it('normalises tags: trimmed, lower-case, de-duplicated', () => {
    expect(TagsSchema.parse([' Online', 'online', 'VIP '])).toEqual(['online', 'vip']);
    expect(TagsSchema.safeParse(Array.from({ length: 21 }, (_, i) => `t${i}`)).success).toBe(false);
  });

  it('lower-cases and checks emails', () => {
    expect(CreateClientSchema.parse({ name: 'Ana', email: ' ANA@Example.COM ' }).email).toBe('ana@example.com');
    expect(CreateClientSchema.safeParse({ name: 'Ana', email: 'ana@' }).success).toBe(false);
  });

  it('accepts a complete onboarding and names what is missing from an incomplete one', () => {
    expect(OnboardingSchema.safeParse(buildOnboarding()).success).toBe(true);
    const result = OnboardingSchema.safeParse({ ...buildOnboarding(), goals: [], equipment: [], heightCm: 20, dateOfBirth: '2030-01-01' });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['dateOfBirth', 'equipment', 'goals', 'heightCm']);
  });

  it('knows real time zones', () => {
    expect(isValidTimeZone('Europe/Madrid')).toBe(true);
    expect(isValidTimeZone('America/Argentina/Buenos_Aires')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});
