import {
  DEFAULT_TARGET_INPUTS,
  feetInchesToCm,
  kgToLb,
  lbToKg,
  validateTargetInputs,
  type ActivityLevel,
  type DayTargets,
  type GoalDirection,
  type Sex,
  type TargetInputs,
} from '../../../shared/nutrition-targets';
import type { TargetSuggestion } from './queries';

/*
 * The targets calculator's form: what the trainer typed (strings, so a half-typed "1." is kept),
 * in the client's units, and the conversion to the shared TargetInputs the formulas take.
 * Pure: unit-tested in targets-form.test.ts.
 */

export type Units = 'kg' | 'lb';
export const FIGURE_KEYS = ['kcal', 'proteinG', 'fatG', 'carbsG', 'fiberG', 'waterMl'] as const satisfies readonly (keyof DayTargets)[];
export type FigureKey = (typeof FIGURE_KEYS)[number];
export const FIGURE_LABELS: Record<FigureKey, string> = {
  kcal: 'Calories',
  proteinG: 'Protein',
  fatG: 'Fat',
  carbsG: 'Carbs',
  fiberG: 'Fibre',
  waterMl: 'Water',
};
export const FIGURE_UNITS: Record<FigureKey, string> = { kcal: 'kcal', proteinG: 'g', fatG: 'g', carbsG: 'g', fiberG: 'g', waterMl: 'ml' };

export type CalculatorDraft = {
  sex: Sex | '';
  age: string;
  /** cm for kg users; feet and inches for lb users. */
  heightCm: string;
  heightFt: string;
  heightIn: string;
  /** In the client's unit (kg or lb). */
  weight: string;
  bodyFat: string;
  activity: ActivityLevel;
  goalDirection: GoalDirection;
  goalMode: 'kcal' | 'percent_bw';
  goalAmount: string;
  proteinGPerKg: string;
  fatMode: 'percent' | 'g_per_kg';
  fatValue: string;
  fiberPer1000: string;
  waterMlPerKg: string;
  restDayDelta: string;
  /** A figure typed over (whole numbers); blank keeps the computed one. */
  overrides: Partial<Record<FigureKey, string>>;
};

const text = (value: number | null | undefined, digits = 1) =>
  value === null || value === undefined || !Number.isFinite(value) ? '' : String(Math.round(value * 10 ** digits) / 10 ** digits);

/** 180.3 cm → 5 ft 11 in (inches rounded; 12 in carries into a foot). */
export function cmToFeetInches(cm: number): { feet: number; inches: number } {
  const totalInches = Math.round(cm / 2.54);
  return { feet: Math.floor(totalInches / 12), inches: totalInches % 12 };
}

/**
 * Where the calculator starts: the client's own figures (newest weight, age, height) from the
 * suggestion, and the previous calculator settings when there were some, else the defaults.
 */
export function draftFromSuggestion(
  suggestion: TargetSuggestion | undefined,
  previous: TargetInputs | null,
  units: Units,
): CalculatorDraft {
  const rest = previous ?? { ...DEFAULT_TARGET_INPUTS };
  const heightCm = suggestion?.heightCm ?? previous?.heightCm ?? null;
  const weightKg = suggestion?.weightKg ?? previous?.weightKg ?? null;
  const feetInches = heightCm === null ? null : cmToFeetInches(heightCm);
  return {
    sex: suggestion?.sex ?? previous?.sex ?? '',
    age: text(suggestion?.ageYears ?? previous?.ageYears, 0),
    heightCm: text(heightCm, 0),
    heightFt: feetInches ? String(feetInches.feet) : '',
    heightIn: feetInches ? String(feetInches.inches) : '',
    weight: text(weightKg === null ? null : units === 'lb' ? kgToLb(weightKg) : weightKg),
    bodyFat: text(suggestion?.bodyFatPct ?? previous?.bodyFatPct),
    activity: rest.activity,
    goalDirection: rest.goal.direction,
    goalMode: rest.goal.mode,
    goalAmount: rest.goal.direction === 'maintain' ? '' : text(rest.goal.amount, 2),
    proteinGPerKg: text(rest.proteinGPerKg, 2),
    fatMode: rest.fat.mode,
    fatValue: text(rest.fat.value, 2),
    fiberPer1000: text(rest.fiberGPer1000Kcal),
    waterMlPerKg: text(rest.waterMlPerKg),
    restDayDelta: rest.restDayKcalDelta === 0 ? '' : String(rest.restDayKcalDelta),
    overrides: {},
  };
}

/** A typed number: "1,5" reads as 1.5; blank or junk is NaN. */
export function parseNumber(value: string): number {
  const cleaned = value.trim().replace(',', '.').replace('−', '-');
  return cleaned === '' ? Number.NaN : Number(cleaned);
}

export type Issue = { path: string; message: string };

/** The draft as the formulas' inputs (kg, cm), or what is missing or out of range, by field. */
export function inputsFromDraft(
  draft: CalculatorDraft,
  units: Units,
): { inputs: TargetInputs; issues: [] } | { inputs: null; issues: Issue[] } {
  const issues: Issue[] = [];
  if (draft.sex === '') issues.push({ path: 'sex', message: 'Choose female or male' });
  const weight = parseNumber(draft.weight);
  const heightCm =
    units === 'lb' ? feetInchesToCm(parseNumber(draft.heightFt), parseNumber(draft.heightIn || '0')) : parseNumber(draft.heightCm);
  const bodyFat = draft.bodyFat.trim() === '' ? null : parseNumber(draft.bodyFat);
  const goalAmount = draft.goalDirection === 'maintain' ? 0 : parseNumber(draft.goalAmount);
  const restDelta = draft.restDayDelta.trim() === '' ? 0 : parseNumber(draft.restDayDelta);
  const inputs: TargetInputs = {
    sex: draft.sex === '' ? 'female' : draft.sex,
    ageYears: parseNumber(draft.age),
    heightCm: Math.round(heightCm * 10) / 10,
    weightKg: Math.round((units === 'lb' ? lbToKg(weight) : weight) * 10) / 10,
    bodyFatPct: bodyFat,
    activity: draft.activity,
    goal: { direction: draft.goalDirection, mode: draft.goalMode, amount: goalAmount },
    proteinGPerKg: parseNumber(draft.proteinGPerKg),
    fat: { mode: draft.fatMode, value: parseNumber(draft.fatValue) },
    fiberGPer1000Kcal: parseNumber(draft.fiberPer1000),
    waterMlPerKg: parseNumber(draft.waterMlPerKg),
    restDayKcalDelta: restDelta,
  };
  if (!Number.isInteger(inputs.ageYears) && Number.isFinite(inputs.ageYears)) issues.push({ path: 'ageYears', message: 'Whole years' });
  if (!Number.isInteger(restDelta) && Number.isFinite(restDelta)) issues.push({ path: 'restDayKcalDelta', message: 'Whole kcal' });
  issues.push(...validateTargetInputs(inputs).map((issue) => ({ ...issue, message: inUnits(issue, units) })));
  return issues.length > 0 ? { inputs: null, issues } : { inputs, issues: [] };
}

/** The shared checks speak kg and cm; a lb user reads the range in their own units. */
function inUnits(issue: Issue, units: Units): string {
  if (units === 'kg') return issue.message;
  if (issue.path === 'weightKg') return 'Weight should be between 66 and 660 lb';
  if (issue.path === 'heightCm') return 'Height should be between 3 ft 11 in and 7 ft 7 in';
  return issue.message;
}

/** Figures the trainer typed over, as whole numbers; blanks and junk are left out (the computed figure stands). */
export function overridesFromDraft(overrides: CalculatorDraft['overrides']): Partial<DayTargets> {
  const out: Partial<DayTargets> = {};
  for (const key of FIGURE_KEYS) {
    const raw = overrides[key];
    if (raw === undefined || raw.trim() === '') continue;
    const value = parseNumber(raw);
    if (Number.isFinite(value) && value >= 0) out[key] = Math.round(value);
  }
  return out;
}

/** Typing every number yourself: all six, whole and not negative, or what is wrong with each. */
export function manualTargets(
  values: Partial<Record<FigureKey, string>>,
): { targets: DayTargets; issues: [] } | { targets: null; issues: Issue[] } {
  const issues: Issue[] = [];
  const targets = {} as DayTargets;
  for (const key of FIGURE_KEYS) {
    const value = parseNumber(values[key] ?? '');
    if (!Number.isFinite(value)) issues.push({ path: key, message: `Enter ${FIGURE_LABELS[key].toLowerCase()}` });
    else if (value < 0) issues.push({ path: key, message: 'Cannot be negative' });
    else targets[key] = Math.round(value);
  }
  return issues.length > 0 ? { targets: null, issues } : { targets, issues: [] };
}

const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
/** "2,150 kcal", "140 g", "2,800 ml". */
export const formatFigure = (key: FigureKey, value: number) => `${whole.format(value)} ${FIGURE_UNITS[key]}`;

/**
 * What changed from one set of targets to the next, in words for the history list:
 * ["Calories 2,300 → 2,100 kcal", "Protein 140 → 150 g"]. Rest-day figures count as one change.
 */
export function targetChanges(
  before: (DayTargets & { restDay: DayTargets | null }) | null,
  after: DayTargets & { restDay: DayTargets | null },
): string[] {
  if (!before) return ['First targets'];
  const changes = FIGURE_KEYS.filter((key) => before[key] !== after[key]).map(
    (key) => `${FIGURE_LABELS[key]} ${whole.format(before[key])} → ${formatFigure(key, after[key])}`,
  );
  if ((before.restDay?.kcal ?? null) !== (after.restDay?.kcal ?? null)) {
    changes.push(after.restDay ? `Rest days ${formatFigure('kcal', after.restDay.kcal)}` : 'Rest days the same as training days');
  }
  return changes.length > 0 ? changes : ['No figures changed'];
}
