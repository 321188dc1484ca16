import { describe, expect, it } from 'vitest';
import { DEFAULT_TARGET_INPUTS } from '../../../shared/nutrition-targets';
import {
  cmToFeetInches,
  draftFromSuggestion,
  inputsFromDraft,
  manualTargets,
  overridesFromDraft,
  parseNumber,
  targetChanges,
} from './targets-form';

const suggestion = { sex: 'female' as const, ageYears: 34, heightCm: 168, weightKg: 70, bodyFatPct: null, units: 'kg' as const };

describe('the calculator draft', () => {
  it('starts from the client’s figures and the default settings', () => {
    const draft = draftFromSuggestion(suggestion, null, 'kg');
    expect(draft).toMatchObject({ sex: 'female', age: '34', heightCm: '168', weight: '70', bodyFat: '', activity: 'moderate' });
    expect(draft.proteinGPerKg).toBe(String(DEFAULT_TARGET_INPUTS.proteinGPerKg));
  });

  it('shows weight in pounds and height in feet and inches for a lb client', () => {
    const draft = draftFromSuggestion({ ...suggestion, units: 'lb' }, null, 'lb');
    expect(draft.weight).toBe('154.3');
    expect([draft.heightFt, draft.heightIn]).toEqual(['5', '6']);
  });

  it('keeps the previous calculator settings (goal, protein) when there were some', () => {
    const previous = {
      ...DEFAULT_TARGET_INPUTS,
      sex: 'female' as const,
      ageYears: 33,
      heightCm: 168,
      weightKg: 72,
      bodyFatPct: 28,
      goal: { direction: 'cut' as const, mode: 'kcal' as const, amount: 400 },
      proteinGPerKg: 2,
    };
    const draft = draftFromSuggestion(suggestion, previous, 'kg');
    expect(draft).toMatchObject({ goalDirection: 'cut', goalAmount: '400', proteinGPerKg: '2', weight: '70', bodyFat: '28' });
  });

  it('converts pounds and feet to kg and cm for the formulas', () => {
    const draft = { ...draftFromSuggestion(suggestion, null, 'lb'), weight: '176', heightFt: '5', heightIn: '10' };
    const result = inputsFromDraft(draft, 'lb');
    expect(result.issues).toEqual([]);
    expect(result.inputs?.weightKg).toBe(79.8);
    expect(result.inputs?.heightCm).toBe(177.8);
  });

  it('names what is missing or out of range, in the client’s units', () => {
    const draft = { ...draftFromSuggestion(undefined, null, 'lb'), weight: '20', heightFt: '5', heightIn: '', age: '30' };
    const result = inputsFromDraft(draft, 'lb');
    expect(result.inputs).toBeNull();
    expect(result.issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(['sex', 'weightKg']));
    expect(result.issues.find((issue) => issue.path === 'weightKg')?.message).toMatch(/lb/);
  });

  it('reads a comma as a decimal point and a blank as nothing', () => {
    expect(parseNumber('1,8')).toBe(1.8);
    expect(parseNumber(' ')).toBeNaN();
  });

  it('rounds figures typed over and ignores blanks', () => {
    expect(overridesFromDraft({ kcal: '1849.6', proteinG: '', fatG: 'x' })).toEqual({ kcal: 1850 });
  });

  it('needs all six numbers when typing them yourself', () => {
    const missing = manualTargets({ kcal: '2000', proteinG: '150' });
    expect(missing.issues.map((issue) => issue.path)).toEqual(['fatG', 'carbsG', 'fiberG', 'waterMl']);
    const full = manualTargets({ kcal: '2000', proteinG: '150', fatG: '60', carbsG: '215', fiberG: '28', waterMl: '2500' });
    expect(full.targets).toEqual({ kcal: 2000, proteinG: 150, fatG: 60, carbsG: 215, fiberG: 28, waterMl: 2500 });
  });

  it('converts 180 cm to 5 ft 11 in', () => {
    expect(cmToFeetInches(180)).toEqual({ feet: 5, inches: 11 });
  });
});

describe('target history', () => {
  const base = { kcal: 2300, proteinG: 140, fatG: 70, carbsG: 300, fiberG: 32, waterMl: 2500, restDay: null };
  it('says what changed from the previous set', () => {
    expect(targetChanges(base, { ...base, kcal: 2100, carbsG: 250 })).toEqual(['Calories 2,300 → 2,100 kcal', 'Carbs 300 → 250 g']);
    expect(targetChanges(null, base)).toEqual(['First targets']);
    expect(targetChanges(base, { ...base, restDay: { ...base, kcal: 2100 } })).toEqual(['Rest days 2,100 kcal']);
  });
});
