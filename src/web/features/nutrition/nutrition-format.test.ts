import { describe, expect, it } from 'vitest';
import * as shared from '../../../shared/nutrition';
import {
  amountText,
  convertAmount,
  dayTitle,
  DEFAULT_MEALS,
  defaultPortionText,
  GRAMS_PER_OUNCE,
  WATER_PRESETS_ML,
  gramsOf,
  initialAmount,
  naturalPortion,
  leftText,
  progressOf,
  progressText,
  shiftDate,
} from './nutrition-format';

const chicken = {
  portions: [
    { label: '1 cup, chopped', grams: 140 },
    { label: '1 breast', grams: 172 },
  ],
  per100g: { kcal: 165, proteinG: 31, fatG: 3.6, carbsG: 0, fiberG: 0, sugarG: 0, sodiumMg: 74 },
};

describe('progress against a target', () => {
  it('says eaten of target for screen readers, with what is over', () => {
    expect(progressText('kcal', progressOf(1240, 2100))).toBe('1,240 of 2,100 kcal');
    expect(progressText('proteinG', progressOf(152.4, 140))).toBe('152 of 140 g protein, 12 over');
    expect(progressText('kcal', progressOf(900, null))).toBe('900 kcal');
  });

  it('says left, over or on target under a ring', () => {
    expect(leftText('proteinG', progressOf(82, 140))).toBe('58 g left');
    expect(leftText('fatG', progressOf(75, 70))).toBe('5 g over');
    expect(leftText('kcal', progressOf(2099.6, 2100))).toBe('On target');
  });

  it('fills past one lap when over, and not at all without a target', () => {
    expect(progressOf(2520, 2100).fraction).toBeCloseTo(1.2);
    expect(progressOf(500, 0)).toMatchObject({ fraction: 0, target: null, left: null });
  });
});

describe('amounts', () => {
  it('reads as entered', () => {
    expect(amountText({ unit: 'portion', quantity: 2, portionLabel: '1 cup, chopped' })).toBe('1 cup, chopped × 2');
    expect(amountText({ unit: 'portion', quantity: 1, portionLabel: '1 breast' })).toBe('1 breast');
    expect(amountText({ unit: 'g', quantity: 150, portionLabel: null })).toBe('150 g');
    expect(amountText({ unit: 'oz', quantity: 5.25, portionLabel: null })).toBe('5.25 oz');
    expect(amountText({ unit: 'quick', quantity: 1, portionLabel: null })).toBe('Quick add');
  });

  it('weighs portions, grams and ounces', () => {
    expect(gramsOf(chicken, { unit: 'portion', quantity: 2, portionLabel: '1 cup, chopped' })).toBe(280);
    expect(gramsOf(chicken, { unit: 'oz', quantity: 1, portionLabel: null })).toBeCloseTo(28.35, 2);
    expect(gramsOf(chicken, { unit: 'portion', quantity: 1, portionLabel: 'gone' })).toBe(0);
  });

  it('opens on the last amount while its portion exists, else the natural portion, else 100 g', () => {
    const last = { unit: 'portion' as const, quantity: 1.5, portionLabel: '1 cup, chopped' };
    expect(initialAmount(chicken, last)).toEqual(last);
    expect(initialAmount(chicken, { ...last, portionLabel: 'a wing' })).toEqual({
      unit: 'portion',
      quantity: 1,
      portionLabel: '1 breast',
    });
    expect(initialAmount({ portions: [] }, undefined)).toEqual({ unit: 'g', quantity: 100, portionLabel: null });
  });

  it('keeps the same weight when switching unit', () => {
    const cup = { unit: 'portion' as const, quantity: 1, portionLabel: '1 cup, chopped' };
    expect(convertAmount(chicken, cup, { unit: 'g', portionLabel: null }).quantity).toBe(140);
    expect(convertAmount(chicken, cup, { unit: 'oz', portionLabel: null }).quantity).toBe(4.9);
    expect(
      convertAmount(chicken, { unit: 'g', quantity: 300, portionLabel: null }, { unit: 'portion', portionLabel: '1 breast' }).quantity,
    ).toBe(1);
  });

  it('shows a result by its natural portion with kcal', () => {
    expect(defaultPortionText(chicken)).toEqual({ label: '1 breast · 172 g', kcal: 283.8 });
    expect(defaultPortionText({ ...chicken, portions: [] })).toEqual({ label: '100 g', kcal: 165 });
  });
});

describe('days', () => {
  it('moves across months and years', () => {
    expect(shiftDate('2026-03-01', -1)).toBe('2026-02-28');
    expect(shiftDate('2025-12-31', 1)).toBe('2026-01-01');
  });

  it('names nearby days', () => {
    expect(dayTitle('2026-03-10', '2026-03-10')).toBe('Today');
    expect(dayTitle('2026-03-09', '2026-03-10')).toBe('Yesterday');
    expect(dayTitle('2026-03-11', '2026-03-10')).toBe('Tomorrow');
    expect(dayTitle('2026-03-05', '2026-03-10')).toMatch(/5/);
  });
});

it('keeps its copies of the shared constants equal to them', () => {
  expect(GRAMS_PER_OUNCE).toBe(shared.GRAMS_PER_OUNCE);
  expect(WATER_PRESETS_ML).toEqual(shared.WATER_PRESETS_ML);
  expect(DEFAULT_MEALS).toEqual(shared.DEFAULT_MEALS);
});

describe('naturalPortion', () => {
  it('prefers the portion people count in over the first one USDA lists', () => {
    const portions = (...labels: string[]) => labels.map((label) => ({ label, grams: 1 }));
    expect(naturalPortion(portions('1 cup, mashed', '1 small', '1 medium (7" long)'))?.label).toBe('1 medium (7" long)');
    expect(naturalPortion(portions('1 cup (4.86 large eggs)', '1 large', '1 medium'))?.label).toBe('1 medium');
    expect(naturalPortion(portions('1 cup, chopped or diced', '0.5 breast, bone removed', '3 oz'))?.label).toBe('0.5 breast, bone removed');
    expect(naturalPortion(portions('1 cup', '1 tbsp'))?.label).toBe('1 cup');
    expect(naturalPortion([])).toBeUndefined();
  });
});
