import { describe, expect, it } from 'vitest';
import { issuesByField, numberOrUndefined } from './client-form-values';

describe('form numbers', () => {
  it('reads blanks as not given, commas as decimal points, words as invalid', () => {
    expect(numberOrUndefined('  ')).toBeUndefined();
    expect(numberOrUndefined('12,5')).toBe(12.5);
    expect(numberOrUndefined('.5')).toBe(0.5);
    expect(numberOrUndefined('abc')).toBeNaN();
  });

  it('keeps the first message per field', () => {
    expect(
      issuesByField([
        { path: ['kcal'], message: 'Enter kcal' },
        { path: ['kcal'], message: 'Second' },
        { path: ['portions', 0, 'grams'], message: 'More than 0 g' },
      ]),
    ).toEqual({ kcal: 'Enter kcal', portions: 'More than 0 g' });
  });
});
