// Nutrition targets: BMR → TDEE → goal → macros, each step written out (`explanation`) so a trainer can check the arithmetic, and
// anything risky a plain-words warning rather than a silent clamp. Each step starts from the previous step's rounded figure (BMR and
// TDEE to whole kcal, calories to 10), so every explanation line reproduces from the numbers it shows. Pure: no I/O, no clock.

export type Sex = 'female' | 'male';
export const ACTIVITY_LEVELS = ['sedentary', 'light', 'moderate', 'very', 'extra'] as const;
export type ActivityLevel = (typeof ACTIVITY_LEVELS)[number];

/** The common Harris-Benedict activity multipliers, as tabled in McArdle, Katch & Katch, Exercise Physiology. */
export const ACTIVITY_FACTORS: Record<ActivityLevel, number> = { sedentary: 1.2, light: 1.375, moderate: 1.55, very: 1.725, extra: 1.9 };
export const ACTIVITY_LABELS: Record<ActivityLevel, string> = {
  sedentary: 'Sedentary (desk job, little exercise)',
  light: 'Lightly active (exercise 1–3 days a week)',
  moderate: 'Moderately active (exercise 3–5 days a week)',
  very: 'Very active (hard exercise 6–7 days a week)',
  extra: 'Extra active (hard daily training and a physical job)',
};

export type GoalDirection = 'cut' | 'maintain' | 'gain';
export type TargetInputs = {
  sex: Sex;
  ageYears: number;
  heightCm: number;
  weightKg: number;
  bodyFatPct: number | null;
  activity: ActivityLevel;
  /** kcal per day, or % of body weight per week; amount ≥ 0 and direction gives the sign; ignored for maintain. */
  goal: { direction: GoalDirection; mode: 'kcal' | 'percent_bw'; amount: number };
  proteinGPerKg: number;
  /** % of calories, or g per kg of body weight. */
  fat: { mode: 'percent' | 'g_per_kg'; value: number };
  fiberGPer1000Kcal: number;
  waterMlPerKg: number;
  /** 0 = the same targets every day; −200 = rest days have 200 kcal less, all of it from carbohydrate. */
  restDayKcalDelta: number;
};

// Fibre 14 g per 1,000 kcal is the IOM DRI basis the Dietary Guidelines for Americans use; 25 % fat sits inside the IOM's 20–35 %
// range; 35 ml/kg is the usual clinical rule of thumb for water; 1.8 g/kg protein is mid-range for people who train.
export const DEFAULT_TARGET_INPUTS: Omit<TargetInputs, 'sex' | 'ageYears' | 'heightCm' | 'weightKg' | 'bodyFatPct'> = {
  activity: 'moderate',
  goal: { direction: 'maintain', mode: 'kcal', amount: 0 },
  proteinGPerKg: 1.8,
  fat: { mode: 'percent', value: 25 },
  fiberGPer1000Kcal: 14,
  waterMlPerKg: 35,
  restDayKcalDelta: 0,
};

export type DayTargets = { kcal: number; proteinG: number; fatG: number; carbsG: number; fiberG: number; waterMl: number };
export type ExplanationLine = { label: string; formula: string; value: string };
export type TargetFigures = DayTargets & {
  bmr: number;
  bmrFormula: 'mifflin_st_jeor' | 'katch_mcardle';
  leanMassKg: number | null;
  tdee: number;
  /** Signed: negative for a cut. */
  goalAdjustmentKcal: number;
  /** Sex and weight are kept so applyOverrides can re-run the floor and per-kg checks without the inputs. */
  sex: Sex;
  weightKg: number;
  /** The fixed safe floor for the sex; warnings also flag calories under BMR, but this stays the fixed figure. */
  floorKcal: number;
  warnings: string[];
  explanation: ExplanationLine[];
  /** Null when rest days have the same targets. */
  restDay: DayTargets | null;
};
export type TargetOverrides = Partial<DayTargets>;

// Harvard Health Publishing ("Calorie counting made easy"): not below 1,200 kcal a day for women or 1,500 for men except under
// medical supervision. We warn, never clamp: the trainer may be working with that supervision.
const SAFE_FLOOR_KCAL: Record<Sex, number> = { female: 1200, male: 1500 };
/** Wishnofsky's 3,500 kcal/lb ≈ 7,700 kcal/kg. Hall (Int J Obes 2008) shows it overstates long-term loss; fine for a weekly plan. */
const KCAL_PER_KG_BODY_WEIGHT = 7700;
/** Losing more than ~1 % of body weight a week costs lean mass (Helms et al., JISSN 2014: 0.5–1 % a week). */
const MAX_WEEKLY_LOSS_FRACTION = 0.01;
/** The ISSN position stand (Jäger et al., JISSN 2017) puts needs at 1.4–2.0 g/kg; past 3.3 is beyond the studied range. */
const MAX_PROTEIN_G_PER_KG = 3.3;
/** The IOM's Acceptable Macronutrient Distribution Range for fat starts at 20 % of energy. */
const MIN_FAT_SHARE = 0.2;
const DAY_LABELS = { kcal: 'Calories', proteinG: 'Protein', fatG: 'Fat', carbsG: 'Carbohydrate', fiberG: 'Fibre', waterMl: 'Water' };
const UNITS: Record<keyof DayTargets, string> = { kcal: 'kcal', proteinG: 'g', fatG: 'g', carbsG: 'g', fiberG: 'g', waterMl: 'ml' };
const DAY_KEYS = Object.keys(DAY_LABELS) as (keyof DayTargets)[];
const REST_LABELS = { kcal: 'Rest-day calories', carbsG: 'Rest-day carbohydrate' };
const BY_TRAINER = 'Set by trainer';

const fmt = (n: number) => `${n < 0 ? '−' : ''}${Math.abs(n).toLocaleString('en-US', { maximumFractionDigits: 2 })}`;
const plusMinus = (n: number) => `${n < 0 ? '−' : '+'} ${fmt(Math.abs(n))}`;
const round10 = (n: number) => Math.round(n / 10) * 10;

export function mifflinStJeor(p: { sex: Sex; weightKg: number; heightCm: number; ageYears: number }): number {
  return 10 * p.weightKg + 6.25 * p.heightCm - 5 * p.ageYears + (p.sex === 'male' ? 5 : -161);
}

export function katchMcArdle(p: { weightKg: number; bodyFatPct: number }): number {
  return 370 + 21.6 * leanMass(p);
}

function leanMass(p: { weightKg: number; bodyFatPct: number }): number {
  return p.weightKg * (1 - p.bodyFatPct / 100);
}

/** Carbohydrate fills whatever energy protein and fat leave; it can come out negative, so keep the raw figure for the warning. */
function withCarbs(day: Omit<DayTargets, 'carbsG'>): Computed {
  const rawCarbsG = (day.kcal - 4 * day.proteinG - 9 * day.fatG) / 4;
  return { day: { ...day, carbsG: Math.max(0, Math.round(rawCarbsG)) }, rawCarbsG };
}

/** Rest days move energy only, all from carbohydrate; fibre and water stay so the client has one number each to hit all week. */
function restDayFrom(day: DayTargets, deltaKcal: number) {
  return withCarbs({ ...day, kcal: Math.max(0, day.kcal + deltaKcal) });
}

const carbsFormula = (d: DayTargets, raw: number) =>
  `(${fmt(d.kcal)} − 4 × ${fmt(d.proteinG)} − 9 × ${fmt(d.fatG)}) ÷ 4 kcal/g${raw < 0 ? ', not below 0' : ''}`;
const valueOf = (key: keyof DayTargets, n: number) => `${fmt(n)} ${UNITS[key]}`;

function dayLines(day: DayTargets, formulas: Record<keyof DayTargets, string>): ExplanationLine[] {
  return DAY_KEYS.map((key) => ({ label: DAY_LABELS[key], formula: formulas[key], value: valueOf(key, day[key]) }));
}

function restLines(day: DayTargets, rest: Computed | null): ExplanationLine[] {
  if (!rest) return [];
  const kcalFormula = `${fmt(day.kcal)} ${plusMinus(rest.day.kcal - day.kcal)} kcal`;
  return [
    { label: REST_LABELS.kcal, formula: kcalFormula, value: valueOf('kcal', rest.day.kcal) },
    { label: REST_LABELS.carbsG, formula: carbsFormula(rest.day, rest.rawCarbsG), value: valueOf('carbsG', rest.day.carbsG) },
  ];
}

type Computed = { day: DayTargets; rawCarbsG: number };
type CheckInput = Pick<TargetFigures, 'sex' | 'bmr' | 'tdee' | 'weightKg'> & { day: Computed; rest: Computed | null };

function energyWarnings(sex: Sex, bmr: number, d: Computed, labels: { kcal: string; carbsG: string }): string[] {
  const warnings: string[] = [];
  const kcal = `${labels.kcal} (${fmt(d.day.kcal)} kcal)`;
  const floor = SAFE_FLOOR_KCAL[sex];
  if (d.day.kcal < floor)
    warnings.push(`${kcal} are below the safe floor of ${fmt(floor)} kcal for ${sex === 'female' ? 'women' : 'men'}.`);
  if (d.day.kcal < bmr) warnings.push(`${kcal} are below BMR (${fmt(bmr)} kcal).`);
  if (d.rawCarbsG < 0) {
    warnings.push(
      `${labels.carbsG} came out negative (${fmt(Math.round(d.rawCarbsG))} g), as protein and fat exceed the calories; set to 0 g.`,
    );
  }
  return warnings;
}

const oneDecimal = (n: number) => fmt(Math.round(n * 10) / 10);

function warningsFor(c: CheckInput): string[] {
  const { day } = c.day;
  const warnings = energyWarnings(c.sex, c.bmr, c.day, DAY_LABELS);
  // Calories are rounded to 10, which can add 5 kcal to an exactly-1 % deficit; don't flag that.
  const deficit = c.tdee - day.kcal;
  if (deficit > (c.weightKg * MAX_WEEKLY_LOSS_FRACTION * KCAL_PER_KG_BODY_WEIGHT) / 7 + 5) {
    const kgPerWeek = (deficit * 7) / KCAL_PER_KG_BODY_WEIGHT;
    const pct = oneDecimal((kgPerWeek / c.weightKg) * 100);
    warnings.push(`Losing about ${oneDecimal(kgPerWeek)} kg a week (${pct} % of body weight); over 1 % a week tends to cost muscle.`);
  }
  // Compare whole grams with whole grams so rounding alone never trips a warning.
  if (day.proteinG > Math.round(MAX_PROTEIN_G_PER_KG * c.weightKg)) {
    warnings.push(`Protein (${fmt(day.proteinG)} g, ${oneDecimal(day.proteinG / c.weightKg)} g/kg) is above 3.3 g per kg of body weight.`);
  }
  if (day.kcal > 0 && day.fatG < Math.round((MIN_FAT_SHARE * day.kcal) / 9)) {
    warnings.push(`Fat (${fmt(day.fatG)} g) is under 20 % of calories (${fmt(Math.round(((9 * day.fatG) / day.kcal) * 100))} %).`);
  }
  return c.rest ? [...warnings, ...energyWarnings(c.sex, c.bmr, c.rest, REST_LABELS)] : warnings;
}

function basalLines(inputs: TargetInputs): { bmr: number; leanMassKg: number | null; lines: ExplanationLine[] } {
  const { weightKg: w, bodyFatPct } = inputs;
  if (bodyFatPct !== null) {
    // Katch-McArdle uses lean mass, so it is the better estimate whenever body fat is actually known.
    const leanMassKg = Math.round(leanMass({ weightKg: w, bodyFatPct }) * 10) / 10;
    const bmr = Math.round(katchMcArdle({ weightKg: w, bodyFatPct }));
    return {
      bmr,
      leanMassKg,
      lines: [
        { label: 'Lean body mass', formula: `${fmt(w)} kg × (1 − ${fmt(bodyFatPct)} %)`, value: `${fmt(leanMassKg)} kg` },
        { label: 'BMR (Katch-McArdle)', formula: `370 + 21.6 × ${fmt(leanMassKg)} kg`, value: `${fmt(bmr)} kcal` },
      ],
    };
  }
  const bmr = Math.round(mifflinStJeor(inputs));
  const formula = `10 × ${fmt(w)} kg + 6.25 × ${fmt(inputs.heightCm)} cm − 5 × ${fmt(inputs.ageYears)} y ${inputs.sex === 'male' ? '+ 5' : '− 161'}`;
  return { bmr, leanMassKg: null, lines: [{ label: 'BMR (Mifflin-St Jeor)', formula, value: `${fmt(bmr)} kcal` }] };
}

function goalAdjustment({ goal, weightKg }: TargetInputs): { kcal: number; formula: string } {
  if (goal.direction === 'maintain') return { kcal: 0, formula: 'Maintain: no change' };
  const sign = goal.direction === 'cut' ? -1 : 1;
  if (goal.mode === 'kcal')
    return { kcal: sign * Math.round(goal.amount), formula: `${sign < 0 ? '−' : '+'}${fmt(goal.amount)} kcal a day` };
  const kcal = sign * Math.round((weightKg * (goal.amount / 100) * KCAL_PER_KG_BODY_WEIGHT) / 7);
  return { kcal, formula: `${sign < 0 ? '−' : '+'}${fmt(goal.amount)} % × ${fmt(weightKg)} kg × 7,700 kcal/kg ÷ 7 days` };
}

export function computeTargets(inputs: TargetInputs): TargetFigures {
  const { weightKg: w, fat } = inputs;
  const basal = basalLines(inputs);
  const factor = ACTIVITY_FACTORS[inputs.activity];
  const tdee = Math.round(basal.bmr * factor);
  const goal = goalAdjustment(inputs);
  const kcal = Math.max(0, round10(tdee + goal.kcal));
  const fatG = Math.round(fat.mode === 'percent' ? (kcal * fat.value) / 100 / 9 : fat.value * w);
  const day = withCarbs({
    kcal,
    proteinG: Math.round(inputs.proteinGPerKg * w),
    fatG,
    fiberG: Math.round((inputs.fiberGPer1000Kcal * kcal) / 1000),
    waterMl: Math.round((inputs.waterMlPerKg * w) / 50) * 50,
  });
  // The delta is rounded to 10 so rest-day calories stay on the same 10-kcal grid.
  const rest = inputs.restDayKcalDelta === 0 ? null : restDayFrom(day.day, round10(inputs.restDayKcalDelta));
  const explanation = [
    ...basal.lines,
    { label: 'TDEE', formula: `${fmt(basal.bmr)} kcal × ${factor} — ${ACTIVITY_LABELS[inputs.activity]}`, value: `${fmt(tdee)} kcal` },
    { label: 'Goal adjustment', formula: goal.formula, value: `${fmt(goal.kcal)} kcal` },
    ...dayLines(day.day, {
      kcal: `${fmt(tdee)} ${plusMinus(goal.kcal)} kcal, to the nearest 10${tdee + goal.kcal < 0 ? ', not below 0' : ''}`,
      proteinG: `${fmt(inputs.proteinGPerKg)} g/kg × ${fmt(w)} kg`,
      fatG: fat.mode === 'percent' ? `${fmt(fat.value)} % × ${fmt(kcal)} kcal ÷ 9 kcal/g` : `${fmt(fat.value)} g/kg × ${fmt(w)} kg`,
      carbsG: carbsFormula(day.day, day.rawCarbsG),
      fiberG: `${fmt(inputs.fiberGPer1000Kcal)} g per 1,000 kcal × ${fmt(kcal)} kcal`,
      waterMl: `${fmt(inputs.waterMlPerKg)} ml/kg × ${fmt(w)} kg, to the nearest 50 ml`,
    }),
    ...restLines(day.day, rest),
  ];
  return {
    ...day.day,
    bmr: basal.bmr,
    bmrFormula: inputs.bodyFatPct === null ? 'mifflin_st_jeor' : 'katch_mcardle',
    leanMassKg: basal.leanMassKg,
    tdee,
    goalAdjustmentKcal: goal.kcal,
    sex: inputs.sex,
    weightKg: w,
    floorKcal: SAFE_FLOOR_KCAL[inputs.sex],
    warnings: warningsFor({ sex: inputs.sex, bmr: basal.bmr, tdee, weightKg: w, day, rest }),
    explanation,
    restDay: rest?.day ?? null,
  };
}

/**
 * The trainer types over some figures; the rest follow so the numbers always add up:
 * - kcal overridden, carbs not: carbs refill from the new kcal; protein and fat grams stay.
 * - protein/fat/carbs overridden, kcal not: kcal becomes 4P + 9F + 4C (not rounded to 10).
 * - kcal and carbs both overridden: both are kept; a warning says if the macros don't add up.
 * Fibre and water change only when overridden. Rest days keep the same kcal delta from the new
 * training-day figures. Values are rounded to whole numbers (the stored columns are integers).
 * Pass figures straight from computeTargets with every override at once: overrides don't stack.
 */
export function applyOverrides(figures: TargetFigures, overrides: TargetOverrides): TargetFigures & { overridden: (keyof DayTargets)[] } {
  const overridden = DAY_KEYS.filter((key) => Number.isFinite(overrides[key]));
  if (overridden.length === 0) return { ...figures, overridden };
  const isSet = (key: keyof DayTargets) => overridden.includes(key);
  const pick = (key: keyof DayTargets) => Math.max(0, Math.round(isSet(key) ? (overrides[key] ?? 0) : figures[key]));
  const base = { proteinG: pick('proteinG'), fatG: pick('fatG'), fiberG: pick('fiberG'), waterMl: pick('waterMl') };
  const macroKcal = (carbsG: number) => 4 * base.proteinG + 9 * base.fatG + 4 * carbsG;
  const kcalFromMacros = !isSet('kcal') && (isSet('proteinG') || isSet('fatG') || isSet('carbsG'));
  const carbsFromKcal = !isSet('carbsG') && !kcalFromMacros;
  const carbsG = pick('carbsG');
  const day = carbsFromKcal
    ? withCarbs({ ...base, kcal: pick('kcal') })
    : { day: { ...base, carbsG, kcal: kcalFromMacros ? macroKcal(carbsG) : pick('kcal') }, rawCarbsG: carbsG };
  const delta = figures.restDay ? figures.restDay.kcal - figures.kcal : null;
  const rest = delta === null ? null : restDayFrom(day.day, delta);

  const oldFormula = (label: string) => figures.explanation.find((line) => line.label === label)?.formula ?? '';
  const formulas = Object.fromEntries(DAY_KEYS.map((key) => [key, isSet(key) ? BY_TRAINER : oldFormula(DAY_LABELS[key])]));
  if (carbsFromKcal && isSet('kcal')) formulas.carbsG = carbsFormula(day.day, day.rawCarbsG);
  if (kcalFromMacros) formulas.kcal = `4 × ${fmt(day.day.proteinG)} + 9 × ${fmt(day.day.fatG)} + 4 × ${fmt(day.day.carbsG)}`;
  const dayOrRest = new Set<string>([...Object.values(DAY_LABELS), ...Object.values(REST_LABELS)]);
  const explanation = [
    ...figures.explanation.filter((line) => !dayOrRest.has(line.label)),
    ...dayLines(day.day, formulas as Record<keyof DayTargets, string>),
    ...restLines(day.day, rest),
  ];

  const { sex, bmr, tdee, weightKg } = figures;
  const warnings = warningsFor({ sex, bmr, tdee, weightKg, day, rest });
  const sum = macroKcal(day.day.carbsG);
  // Whole grams can drift up to 8.5 kcal from any kcal figure, so only a bigger gap is a real mismatch.
  if (isSet('kcal') && isSet('carbsG') && Math.abs(sum - day.day.kcal) > 10) {
    warnings.push(`Protein, fat and carbohydrate add up to ${fmt(sum)} kcal, not the ${fmt(day.day.kcal)} kcal set.`);
  }
  return { ...figures, ...day.day, warnings, explanation, restDay: rest?.day ?? null, overridden };
}

const KG_PER_LB = 0.45359237; // exact, by the 1959 international yard and pound agreement
export const lbToKg = (lb: number): number => lb * KG_PER_LB;
export const kgToLb = (kg: number): number => kg / KG_PER_LB;
export const feetInchesToCm = (feet: number, inches: number): number => (feet * 12 + inches) * 2.54;

function dateParts(date: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Expected a YYYY-MM-DD date, got "${date}"`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** Whole years. Someone born on 29 February turns a year older on 1 March in common years. */
export function ageFromBirthDate(dateOfBirth: string, today: string): number {
  const [birthYear, birthMonth, birthDay] = dateParts(dateOfBirth);
  const [year, month, day] = dateParts(today);
  const hadBirthday = month > birthMonth || (month === birthMonth && day >= birthDay);
  return year - birthYear - (hadBirthday ? 0 : 1);
}

/** Plausible ranges, not physiology limits: outside them the equations were never validated or it is a typo. */
export function validateTargetInputs(inputs: TargetInputs): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  const check = (path: string, value: number, min: number, max: number, message: string) => {
    if (!Number.isFinite(value) || value < min || value > max) issues.push({ path, message });
  };
  check('ageYears', inputs.ageYears, 13, 100, 'Age should be between 13 and 100 years');
  check('heightCm', inputs.heightCm, 120, 230, 'Height should be between 120 and 230 cm');
  check('weightKg', inputs.weightKg, 30, 300, 'Weight should be between 30 and 300 kg');
  if (inputs.bodyFatPct !== null) check('bodyFatPct', inputs.bodyFatPct, 3, 60, 'Body fat should be between 3 and 60 %');
  if (!(ACTIVITY_LEVELS as readonly string[]).includes(inputs.activity))
    issues.push({ path: 'activity', message: 'Choose an activity level' });
  if (inputs.goal.direction !== 'maintain') {
    if (inputs.goal.mode === 'kcal') check('goal.amount', inputs.goal.amount, 0, 1500, 'Goal should be between 0 and 1,500 kcal a day');
    else check('goal.amount', inputs.goal.amount, 0, 1.5, 'Goal should be between 0 and 1.5 % of body weight a week');
  }
  check('proteinGPerKg', inputs.proteinGPerKg, 0.8, 4, 'Protein should be between 0.8 and 4 g per kg');
  if (inputs.fat.mode === 'percent') check('fat.value', inputs.fat.value, 15, 50, 'Fat should be between 15 and 50 % of calories');
  else check('fat.value', inputs.fat.value, 0.3, 2, 'Fat should be between 0.3 and 2 g per kg');
  check('fiberGPer1000Kcal', inputs.fiberGPer1000Kcal, 0, 30, 'Fibre should be between 0 and 30 g per 1,000 kcal');
  check('waterMlPerKg', inputs.waterMlPerKg, 20, 60, 'Water should be between 20 and 60 ml per kg');
  check('restDayKcalDelta', inputs.restDayKcalDelta, -1000, 1000, 'Rest-day change should be between −1,000 and +1,000 kcal');
  return issues;
}
