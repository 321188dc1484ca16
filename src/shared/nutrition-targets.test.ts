import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_FACTORS,
  ACTIVITY_LEVELS,
  DEFAULT_TARGET_INPUTS,
  ageFromBirthDate,
  applyOverrides,
  computeTargets,
  feetInchesToCm,
  katchMcArdle,
  kgToLb,
  lbToKg,
  mifflinStJeor,
  validateTargetInputs,
  type DayTargets,
  type TargetInputs,
} from './nutrition-targets';

/** The worked example used throughout: a 30-year-old man, 180 cm, 80 kg, moderately active, cutting 500 kcal a day. */
const man: TargetInputs = {
  ...DEFAULT_TARGET_INPUTS,
  sex: 'male',
  ageYears: 30,
  heightCm: 180,
  weightKg: 80,
  bodyFatPct: null,
  goal: { direction: 'cut', mode: 'kcal', amount: 500 },
  proteinGPerKg: 2,
};

const dayOf = (f: DayTargets): DayTargets => ({
  kcal: f.kcal,
  proteinG: f.proteinG,
  fatG: f.fatG,
  carbsG: f.carbsG,
  fiberG: f.fiberG,
  waterMl: f.waterMl,
});
const macroKcal = (d: DayTargets) => 4 * d.proteinG + 9 * d.fatG + 4 * d.carbsG;

describe('BMR equations', () => {
  it('matches Mifflin-St Jeor worked by hand', () => {
    // Mifflin MD, St Jeor ST, Hill LA, Scott BJ, Daugherty SA, Koh YO. Am J Clin Nutr 1990;51:241–7:
    // REE = 10 × weight (kg) + 6.25 × height (cm) − 5 × age (y) + 5 for men, − 161 for women.
    // Man 80 kg, 180 cm, 30 y: 800 + 1,125 − 150 + 5 = 1,780 kcal.
    expect(mifflinStJeor({ sex: 'male', weightKg: 80, heightCm: 180, ageYears: 30 })).toBe(1780);
    // Woman 60 kg, 165 cm, 40 y: 600 + 1,031.25 − 200 − 161 = 1,270.25 kcal (unrounded).
    expect(mifflinStJeor({ sex: 'female', weightKg: 60, heightCm: 165, ageYears: 40 })).toBe(1270.25);
  });

  it('matches Katch-McArdle worked by hand', () => {
    // McArdle, Katch & Katch, Exercise Physiology: BMR = 370 + 21.6 × lean body mass (kg).
    // 80 kg at 20 % fat → LBM 64 kg → 370 + 21.6 × 64 = 1,752.4 kcal.
    expect(katchMcArdle({ weightKg: 80, bodyFatPct: 20 })).toBeCloseTo(1752.4, 9);
    // 100 kg at 30 % fat → LBM 70 kg → 370 + 1,512 = 1,882 kcal.
    expect(katchMcArdle({ weightKg: 100, bodyFatPct: 30 })).toBeCloseTo(1882, 9);
  });

  it('uses Mifflin-St Jeor without body fat and Katch-McArdle with it', () => {
    const withoutFat = computeTargets(man);
    expect(withoutFat).toMatchObject({ bmrFormula: 'mifflin_st_jeor', bmr: 1780, leanMassKg: null });
    expect(withoutFat.explanation[0]).toEqual({
      label: 'BMR (Mifflin-St Jeor)',
      formula: '10 × 80 kg + 6.25 × 180 cm − 5 × 30 y + 5',
      value: '1,780 kcal',
    });
    const withFat = computeTargets({ ...man, bodyFatPct: 20 });
    expect(withFat).toMatchObject({ bmrFormula: 'katch_mcardle', bmr: 1752, leanMassKg: 64 });
    expect(withFat.explanation.slice(0, 2)).toEqual([
      { label: 'Lean body mass', formula: '80 kg × (1 − 20 %)', value: '64 kg' },
      { label: 'BMR (Katch-McArdle)', formula: '370 + 21.6 × 64 kg', value: '1,752 kcal' },
    ]);
  });
});

describe('computeTargets', () => {
  it('works the full example through to every figure', () => {
    // BMR 1,780; TDEE 1,780 × 1.55 = 2,759; − 500 = 2,259 → 2,260 kcal. Protein 2 × 80 = 160 g;
    // fat 25 % × 2,260 ÷ 9 = 62.8 → 63 g; carbs (2,260 − 640 − 567) ÷ 4 = 263.25 → 263 g;
    // fibre 14 × 2.26 = 31.6 → 32 g; water 35 × 80 = 2,800 ml.
    const f = computeTargets(man);
    expect(f).toMatchObject({ bmr: 1780, tdee: 2759, goalAdjustmentKcal: -500, floorKcal: 1500, warnings: [], restDay: null });
    expect(dayOf(f)).toEqual({ kcal: 2260, proteinG: 160, fatG: 63, carbsG: 263, fiberG: 32, waterMl: 2800 });
    expect(f.explanation.map((line) => `${line.label}: ${line.formula} = ${line.value}`)).toEqual([
      'BMR (Mifflin-St Jeor): 10 × 80 kg + 6.25 × 180 cm − 5 × 30 y + 5 = 1,780 kcal',
      'TDEE: 1,780 kcal × 1.55 — Moderately active (exercise 3–5 days a week) = 2,759 kcal',
      'Goal adjustment: −500 kcal a day = −500 kcal',
      'Calories: 2,759 − 500 kcal, to the nearest 10 = 2,260 kcal',
      'Protein: 2 g/kg × 80 kg = 160 g',
      'Fat: 25 % × 2,260 kcal ÷ 9 kcal/g = 63 g',
      'Carbohydrate: (2,260 − 4 × 160 − 9 × 63) ÷ 4 kcal/g = 263 g',
      'Fibre: 14 g per 1,000 kcal × 2,260 kcal = 32 g',
      'Water: 35 ml/kg × 80 kg, to the nearest 50 ml = 2,800 ml',
    ]);
  });

  it('multiplies BMR by the activity factor', () => {
    const maintain = { ...man, goal: { direction: 'maintain', mode: 'kcal', amount: 0 } } as const;
    const tdees = ACTIVITY_LEVELS.map((activity) => computeTargets({ ...maintain, activity }).tdee);
    // 1,780 × 1.2 / 1.375 / 1.55 / 1.725 / 1.9
    expect(tdees).toEqual([2136, 2448, 2759, 3071, 3382]);
    expect(ACTIVITY_FACTORS).toEqual({ sedentary: 1.2, light: 1.375, moderate: 1.55, very: 1.725, extra: 1.9 });
  });

  it('turns a % of body weight a week into a daily deficit at 7,700 kcal per kg', () => {
    // 90 kg × 0.5 % = 0.45 kg a week × 7,700 ÷ 7 = 495 kcal a day.
    const cut = computeTargets({ ...man, weightKg: 90, goal: { direction: 'cut', mode: 'percent_bw', amount: 0.5 } });
    expect(cut.goalAdjustmentKcal).toBe(-495);
    expect(cut.tdee).toBe(Math.round((10 * 90 + 1125 - 150 + 5) * 1.55)); // 1,880 × 1.55 = 2,914
    expect(cut.kcal).toBe(2420); // 2,914 − 495 = 2,419 → 2,420
  });

  it('adds a surplus for a gain and ignores the amount for maintenance', () => {
    expect(computeTargets({ ...man, goal: { direction: 'gain', mode: 'kcal', amount: 300 } })).toMatchObject({
      goalAdjustmentKcal: 300,
      kcal: 3060, // 2,759 + 300 = 3,059 → 3,060
    });
    // 80 kg × 0.25 % × 7,700 ÷ 7 = 220 kcal a day.
    expect(computeTargets({ ...man, goal: { direction: 'gain', mode: 'percent_bw', amount: 0.25 } }).goalAdjustmentKcal).toBe(220);
    expect(computeTargets({ ...man, goal: { direction: 'maintain', mode: 'kcal', amount: 900 } })).toMatchObject({
      goalAdjustmentKcal: 0,
      kcal: 2760,
    });
  });

  it('splits macros so they add back up to the calories', () => {
    const cases: TargetInputs[] = [
      man,
      { ...man, bodyFatPct: 12, fat: { mode: 'g_per_kg', value: 0.8 }, activity: 'very' },
      { ...man, sex: 'female', ageYears: 52, heightCm: 158, weightKg: 71.3, fat: { mode: 'percent', value: 35 }, proteinGPerKg: 1.6 },
    ];
    for (const inputs of cases) {
      const f = computeTargets(inputs);
      // Each whole-gram rounding moves at most 0.5 g: 4 × 0.5 + 9 × 0.5 + 4 × 0.5 = 8.5 kcal.
      expect(Math.abs(macroKcal(f) - f.kcal)).toBeLessThanOrEqual(8.5);
    }
  });

  it('sets fat by % of calories or by g per kg', () => {
    expect(computeTargets({ ...man, fat: { mode: 'percent', value: 30 } }).fatG).toBe(75); // 2,260 × 30 % ÷ 9 = 75.3
    const perKg = computeTargets({ ...man, fat: { mode: 'g_per_kg', value: 1 } });
    expect(perKg.fatG).toBe(80);
    expect(perKg.carbsG).toBe(225); // (2,260 − 640 − 720) ÷ 4 = 900 ÷ 4
  });

  it('clamps negative carbohydrate to 0 g and says so', () => {
    // 2,759 − 1,500 = 1,259 → 1,260 kcal; protein 4 × 80 = 320 g (1,280 kcal) and fat 2 × 80 = 160 g (1,440 kcal)
    // already exceed it: (1,260 − 1,280 − 1,440) ÷ 4 = −365 g.
    const f = computeTargets({
      ...man,
      goal: { direction: 'cut', mode: 'kcal', amount: 1500 },
      proteinGPerKg: 4,
      fat: { mode: 'g_per_kg', value: 2 },
    });
    expect(f.carbsG).toBe(0);
    expect(f.warnings).toContain('Carbohydrate came out negative (−365 g), as protein and fat exceed the calories; set to 0 g.');
    expect(f.explanation.find((line) => line.label === 'Carbohydrate')?.formula).toMatch(/not below 0$/);
  });

  it('warns about fast loss, very high protein and low fat, but not about rounding', () => {
    // Cut 1,000 of 2,759 → 1,760 kcal: 999 × 7 ÷ 7,700 = 0.91 kg a week, 1.1 % of 80 kg (and now under the 1,780 BMR).
    expect(computeTargets({ ...man, goal: { direction: 'cut', mode: 'kcal', amount: 1000 } }).warnings).toEqual([
      'Calories (1,760 kcal) are below BMR (1,780 kcal).',
      'Losing about 0.9 kg a week (1.1 % of body weight); over 1 % a week tends to cost muscle.',
    ]);
    // Exactly 1 % a week is the limit, not over it, even when rounding to 10 kcal deepens the deficit:
    // 81 kg → 891 kcal a day; TDEE 1,790 × 1.55 ≈ 2,775 − 891 = 1,884 → 1,880 kcal, a 895 kcal deficit.
    const onePercent = computeTargets({ ...man, weightKg: 81, goal: { direction: 'cut', mode: 'percent_bw', amount: 1 } });
    expect(onePercent).toMatchObject({ goalAdjustmentKcal: -891, kcal: 1880, warnings: [] });
    expect(computeTargets({ ...man, proteinGPerKg: 3.5 }).warnings).toEqual([
      'Protein (280 g, 3.5 g/kg) is above 3.3 g per kg of body weight.',
    ]);
    expect(computeTargets({ ...man, proteinGPerKg: 3.3 }).warnings).toEqual([]);
    expect(computeTargets({ ...man, fat: { mode: 'percent', value: 15 } }).warnings).toEqual([
      'Fat (38 g) is under 20 % of calories (15 %).',
    ]);
    expect(computeTargets({ ...man, fat: { mode: 'percent', value: 20 } }).warnings).toEqual([]);
  });

  it('warns a small elderly woman on a big cut that she is below the floor and below BMR', () => {
    // 10 × 35 + 6.25 × 140 − 5 × 80 − 161 = 664 kcal BMR; × 1.55 = 1,029; − 1,000 → 30 kcal.
    const small = { ...man, sex: 'female', ageYears: 80, heightCm: 140, weightKg: 35, proteinGPerKg: 1.8 } as const;
    const f = computeTargets({ ...small, goal: { direction: 'cut', mode: 'kcal', amount: 1000 } });
    expect(f).toMatchObject({ bmr: 664, tdee: 1029, kcal: 30, floorKcal: 1200, carbsG: 0 });
    expect(f.warnings).toEqual(
      expect.arrayContaining([
        'Calories (30 kcal) are below the safe floor of 1,200 kcal for women.',
        'Calories (30 kcal) are below BMR (664 kcal).',
      ]),
    );
    // Sedentary: 797 − 1,000 would be negative; calories stop at 0.
    const sedentary = computeTargets({ ...small, activity: 'sedentary', goal: { direction: 'cut', mode: 'kcal', amount: 1000 } });
    expect(sedentary.kcal).toBe(0);
    expect(sedentary.explanation.find((line) => line.label === 'Calories')?.formula).toBe(
      '797 − 1,000 kcal, to the nearest 10, not below 0',
    );
  });

  it('handles a very tall, heavy man', () => {
    // 10 × 180 + 6.25 × 210 − 5 × 25 + 5 = 2,992.5 → 2,993; × 1.9 = 5,686.7 → 5,687 → 5,690 kcal.
    const f = computeTargets({
      ...man,
      ageYears: 25,
      heightCm: 210,
      weightKg: 180,
      activity: 'extra',
      goal: { direction: 'maintain', mode: 'kcal', amount: 0 },
    });
    expect(f).toMatchObject({ bmr: 2993, tdee: 5687, kcal: 5690, proteinG: 360, waterMl: 6300, warnings: [] });
    expect(Math.abs(macroKcal(f) - f.kcal)).toBeLessThanOrEqual(8.5);
  });

  it('takes rest-day calories from carbohydrate only', () => {
    const f = computeTargets({ ...man, restDayKcalDelta: -200 });
    // (2,060 − 640 − 567) ÷ 4 = 213.25 → 213 g; everything else as on training days.
    expect(f.restDay).toEqual({ kcal: 2060, proteinG: 160, fatG: 63, carbsG: 213, fiberG: 32, waterMl: 2800 });
    expect(f.explanation.at(-2)).toEqual({ label: 'Rest-day calories', formula: '2,260 − 200 kcal', value: '2,060 kcal' });
    const low = computeTargets({ ...man, goal: { direction: 'cut', mode: 'kcal', amount: 1000 }, restDayKcalDelta: -400 });
    expect(low.warnings).toContain('Rest-day calories (1,360 kcal) are below the safe floor of 1,500 kcal for men.');
    expect(low.warnings).toContain('Rest-day calories (1,360 kcal) are below BMR (1,780 kcal).');
  });
});

describe('imperial input', () => {
  it('converts with the exact international pound and inch', () => {
    expect(lbToKg(1)).toBe(0.45359237);
    expect(lbToKg(180)).toBeCloseTo(81.6466266, 7);
    expect(kgToLb(lbToKg(180))).toBeCloseTo(180, 9);
    expect(feetInchesToCm(5, 11)).toBeCloseTo(180.34, 9); // 71 in × 2.54
    expect(feetInchesToCm(6, 0)).toBeCloseTo(182.88, 9);
  });

  it('gives the same targets from 5 ft 11 in, 180 lb as from 180.34 cm, 81.65 kg', () => {
    const imperial = computeTargets({ ...man, heightCm: feetInchesToCm(5, 11), weightKg: lbToKg(180) });
    const metric = computeTargets({ ...man, heightCm: 180.34, weightKg: 81.65 });
    expect(dayOf(imperial)).toEqual(dayOf(metric));
    expect(metric.waterMl).toBe(2850); // 35 × 81.65 = 2,857.75 ml → nearest 50
    expect(imperial.bmr).toBe(metric.bmr);
  });
});

describe('ageFromBirthDate', () => {
  it('counts whole years, one less until the birthday', () => {
    expect(ageFromBirthDate('1990-06-15', '2024-06-14')).toBe(33);
    expect(ageFromBirthDate('1990-06-15', '2024-06-15')).toBe(34);
    expect(ageFromBirthDate('1990-12-31', '2025-01-01')).toBe(34);
  });

  it('ages a 29 February birthday on 1 March in common years', () => {
    expect(ageFromBirthDate('2000-02-29', '2023-02-28')).toBe(22);
    expect(ageFromBirthDate('2000-02-29', '2023-03-01')).toBe(23);
    expect(ageFromBirthDate('2000-02-29', '2024-02-28')).toBe(23);
    expect(ageFromBirthDate('2000-02-29', '2024-02-29')).toBe(24);
  });

  it('rejects anything but YYYY-MM-DD', () => {
    expect(() => ageFromBirthDate('15/06/1990', '2024-06-15')).toThrow(RangeError);
  });
});

describe('validateTargetInputs', () => {
  it('accepts plausible inputs and the defaults', () => {
    expect(validateTargetInputs(man)).toEqual([]);
    expect(validateTargetInputs({ ...man, bodyFatPct: 18, goal: { direction: 'gain', mode: 'percent_bw', amount: 0.25 } })).toEqual([]);
  });

  it('names every bad field', () => {
    const issues = validateTargetInputs({
      ...man,
      ageYears: 12,
      heightCm: 250,
      weightKg: 25,
      bodyFatPct: 70,
      goal: { direction: 'cut', mode: 'kcal', amount: 2000 },
      proteinGPerKg: 0.5,
      fat: { mode: 'percent', value: 10 },
      fiberGPer1000Kcal: 40,
      waterMlPerKg: 10,
      restDayKcalDelta: -1500,
    });
    expect(issues.map((issue) => issue.path)).toEqual([
      'ageYears',
      'heightCm',
      'weightKg',
      'bodyFatPct',
      'goal.amount',
      'proteinGPerKg',
      'fat.value',
      'fiberGPer1000Kcal',
      'waterMlPerKg',
      'restDayKcalDelta',
    ]);
    expect(issues[1]).toEqual({ path: 'heightCm', message: 'Height should be between 120 and 230 cm' });
  });

  it('checks goal and fat against the range for their mode', () => {
    expect(validateTargetInputs({ ...man, goal: { direction: 'cut', mode: 'percent_bw', amount: 2 } })).toEqual([
      { path: 'goal.amount', message: 'Goal should be between 0 and 1.5 % of body weight a week' },
    ]);
    expect(validateTargetInputs({ ...man, goal: { direction: 'maintain', mode: 'kcal', amount: 5000 } })).toEqual([]);
    expect(validateTargetInputs({ ...man, fat: { mode: 'g_per_kg', value: 25 } })).toEqual([
      { path: 'fat.value', message: 'Fat should be between 0.3 and 2 g per kg' },
    ]);
    expect(validateTargetInputs({ ...man, weightKg: Number.NaN }).map((issue) => issue.path)).toEqual(['weightKg']);
  });
});

describe('applyOverrides', () => {
  const figures = computeTargets({ ...man, restDayKcalDelta: -200 });

  it('refills carbohydrate from an overridden kcal, keeping protein and fat', () => {
    const f = applyOverrides(figures, { kcal: 2000 });
    // (2,000 − 640 − 567) ÷ 4 = 198.25 → 198 g; rest day 1,800: (1,800 − 1,207) ÷ 4 = 148.25 → 148 g.
    expect(dayOf(f)).toEqual({ kcal: 2000, proteinG: 160, fatG: 63, carbsG: 198, fiberG: 32, waterMl: 2800 });
    expect(f.restDay).toEqual({ kcal: 1800, proteinG: 160, fatG: 63, carbsG: 148, fiberG: 32, waterMl: 2800 });
    expect(f.overridden).toEqual(['kcal']);
    expect(f.explanation.find((line) => line.label === 'Calories')).toEqual({
      label: 'Calories',
      formula: 'Set by trainer',
      value: '2,000 kcal',
    });
  });

  it('makes kcal the sum of overridden macros', () => {
    const f = applyOverrides(figures, { proteinG: 180, carbsG: 250 });
    // 4 × 180 + 9 × 63 + 4 × 250 = 720 + 567 + 1,000 = 2,287 kcal; rest day 2,087: (2,087 − 720 − 567) ÷ 4 = 200 g.
    expect(dayOf(f)).toEqual({ kcal: 2287, proteinG: 180, fatG: 63, carbsG: 250, fiberG: 32, waterMl: 2800 });
    expect(f.restDay).toMatchObject({ kcal: 2087, carbsG: 200 });
    expect(f.overridden).toEqual(['proteinG', 'carbsG']);
    expect(f.explanation.find((line) => line.label === 'Calories')?.formula).toBe('4 × 180 + 9 × 63 + 4 × 250');
  });

  it('keeps both kcal and carbohydrate when both are set, and says when they disagree', () => {
    const f = applyOverrides(figures, { kcal: 2500, carbsG: 200 });
    expect(dayOf(f)).toMatchObject({ kcal: 2500, carbsG: 200, proteinG: 160, fatG: 63 });
    expect(f.warnings).toContain('Protein, fat and carbohydrate add up to 2,007 kcal, not the 2,500 kcal set.');
    expect(applyOverrides(figures, { kcal: 2260, carbsG: 263 }).warnings).toEqual([]);
  });

  it('re-runs the warnings against the overridden numbers', () => {
    // (1,000 − 640 − 567) ÷ 4 = −51.75: the carbohydrate warning covers it, with no separate "doesn't add up".
    expect(applyOverrides(figures, { kcal: 1000 }).warnings).toEqual([
      'Calories (1,000 kcal) are below the safe floor of 1,500 kcal for men.',
      'Calories (1,000 kcal) are below BMR (1,780 kcal).',
      'Carbohydrate came out negative (−52 g), as protein and fat exceed the calories; set to 0 g.',
      'Losing about 1.6 kg a week (2 % of body weight); over 1 % a week tends to cost muscle.',
      'Rest-day calories (800 kcal) are below the safe floor of 1,500 kcal for men.',
      'Rest-day calories (800 kcal) are below BMR (1,780 kcal).',
      'Rest-day carbohydrate came out negative (−102 g), as protein and fat exceed the calories; set to 0 g.',
    ]);
    expect(applyOverrides(figures, { kcal: 1400 }).warnings).toEqual(
      expect.arrayContaining([
        'Calories (1,400 kcal) are below the safe floor of 1,500 kcal for men.',
        'Calories (1,400 kcal) are below BMR (1,780 kcal).',
      ]),
    );
  });

  it('changes only fibre or water when only they are set, and nothing when nothing is', () => {
    const f = applyOverrides(figures, { waterMl: 3500, fiberG: 40 });
    expect(dayOf(f)).toEqual({ ...dayOf(figures), waterMl: 3500, fiberG: 40 });
    expect(f.restDay).toMatchObject({ waterMl: 3500, fiberG: 40, kcal: 2060 });
    expect(applyOverrides(figures, {})).toEqual({ ...figures, overridden: [] });
  });
});
