import { z } from 'zod';
import { IsoDateSchema } from './clients';
import { longText, nameText } from './common';
import { ACTIVITY_LEVELS } from './nutrition-targets';

/** Meals of a day when no meal plan names them. */
export const DEFAULT_MEALS = ['Breakfast', 'Lunch', 'Dinner', 'Snacks'] as const;
/** One entry's limits: more is a typo ("100 kg of butter"), not a meal. */
export const MAX_ENTRY_GRAMS = 3000;
export const MAX_ENTRY_KCAL = 5000;
export const GRAMS_PER_OUNCE = 28.349523125;
export const WATER_PRESETS_ML = [250, 500, 750] as const;

const Id = z.uuid('Not a valid id');
const MealName = nameText(40);
const grams = (max: number, label = 'g') =>
  z
    .number('Enter a number')
    .min(0, 'Cannot be negative')
    .max(max, `At most ${max.toLocaleString('en')} ${label}`);

export const NutrientsSchema = z.object({
  kcal: z.number(),
  proteinG: z.number(),
  fatG: z.number(),
  carbsG: z.number(),
  fiberG: z.number().nullable(),
});
export type Nutrients = z.infer<typeof NutrientsSchema>;

export const PortionSchema = z.object({ label: nameText(80), grams: z.number().positive('More than 0 g').max(MAX_ENTRY_GRAMS) });
export type Portion = z.infer<typeof PortionSchema>;

export const FOOD_KINDS = ['usda', 'custom', 'recipe'] as const;

export const FoodSchema = z
  .object({
    id: z.string(),
    sourceId: z.string().nullable(),
    kind: z.enum(FOOD_KINDS),
    name: z.string(),
    group: z.string(),
    /** Per 100 g; fibre, sugar and sodium are null where USDA has no figure. */
    per100g: NutrientsSchema.extend({ sugarG: z.number().nullable(), sodiumMg: z.number().nullable() }),
    /** Household measures from the data ("1 cup, chopped"), and "1 serving" for a recipe. */
    portions: z.array(z.object({ label: z.string(), grams: z.number() })),
    servings: z.number().nullable(),
    /** A client's own food (only they and the trainer see it). */
    isOwn: z.boolean(),
    isFavourite: z.boolean(),
    /** The viewer logged it in the last 60 days. */
    isRecent: z.boolean(),
    hidden: z.boolean(),
    ingredients: z.array(z.object({ foodId: z.string(), name: z.string(), grams: z.number() })).optional(),
  })
  .meta({ id: 'Food' });
export type Food = z.infer<typeof FoodSchema>;

export const FoodSearchQuerySchema = z.object({
  q: z.string().trim().max(100, 'At most 100 characters').default(''),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  /** The trainer may see hidden foods too (to un-hide them). */
  hidden: z.enum(['exclude', 'include', 'only']).default('exclude'),
  /** The trainer building a plan for a client sees that client's own foods as well. */
  clientId: Id.optional(),
});
export type FoodSearchQuery = z.input<typeof FoodSearchQuerySchema>;

/** A custom food, from a label: values per `basisGrams` (100 g, or one serving). */
export const SaveFoodSchema = z
  .object({
    name: nameText(120),
    basisGrams: z.number().positive('More than 0 g').max(1000, 'At most 1,000 g').default(100),
    kcal: grams(900 * 10, 'kcal'),
    proteinG: grams(1000),
    fatG: grams(1000),
    carbsG: grams(1000),
    fiberG: grams(1000).nullable().default(null),
    sugarG: grams(1000).nullable().default(null),
    sodiumMg: grams(100_000, 'mg').nullable().default(null),
    portions: z.array(PortionSchema).max(10, 'At most 10 portions').default([]),
  })
  .superRefine((food, ctx) => {
    if (food.proteinG + food.fatG + food.carbsG > food.basisGrams * 1.02)
      ctx.addIssue({ code: 'custom', path: ['carbsG'], message: `Protein, fat and carbohydrate add up to more than ${food.basisGrams} g` });
    if (food.kcal > food.basisGrams * 9.1)
      ctx.addIssue({ code: 'custom', path: ['kcal'], message: 'More energy than pure fat could hold' });
  })
  .meta({ id: 'SaveFoodInput' });
export type SaveFoodInput = z.input<typeof SaveFoodSchema>;

export const SaveRecipeSchema = z
  .object({
    name: nameText(120),
    servings: z.number().positive('At least part of one serving').max(100, 'At most 100 servings'),
    ingredients: z
      .array(
        z.object({
          foodId: Id,
          grams: z
            .number()
            .positive('More than 0 g')
            .max(MAX_ENTRY_GRAMS * 5, 'At most 15,000 g'),
        }),
      )
      .min(1, 'Add at least one ingredient')
      .max(50, 'At most 50 ingredients'),
  })
  .meta({ id: 'SaveRecipeInput' });
export type SaveRecipeInput = z.input<typeof SaveRecipeSchema>;

export const FoodVisibilitySchema = z.object({ hidden: z.boolean() }).meta({ id: 'FoodVisibilityInput' });
export const FavouriteSchema = z.object({ favourite: z.boolean() }).meta({ id: 'FavouriteInput' });

export const ENTRY_UNITS = ['g', 'oz', 'portion'] as const;
export type EntryUnit = (typeof ENTRY_UNITS)[number];

/** An amount of a food: grams, ounces, or a number of one of its portions. */
const AmountShape = {
  unit: z.enum(ENTRY_UNITS),
  quantity: z.number('Enter an amount').positive('More than 0').max(MAX_ENTRY_GRAMS, 'That is a lot — check the amount'),
  portionLabel: z.string().max(120).nullable().default(null),
};
const requirePortion = (value: { unit?: EntryUnit; portionLabel?: string | null }, ctx: z.RefinementCtx) => {
  if (value.unit === 'portion' && !value.portionLabel)
    ctx.addIssue({ code: 'custom', path: ['portionLabel'], message: 'Choose a portion' });
};

const QuickShape = {
  label: nameText(80).default('Quick add'),
  kcal: z
    .number('Enter kcal')
    .min(0, 'Cannot be negative')
    .max(MAX_ENTRY_KCAL, `At most ${MAX_ENTRY_KCAL.toLocaleString('en')} kcal`),
  proteinG: grams(500).default(0),
  fatG: grams(500).default(0),
  carbsG: grams(500).default(0),
};

export const LogFoodSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('food'), clientEntryId: Id, date: IsoDateSchema, meal: MealName, foodId: Id, ...AmountShape }),
    z.object({ kind: z.literal('quick'), clientEntryId: Id, date: IsoDateSchema, meal: MealName, ...QuickShape }),
  ])
  .superRefine((value, ctx) => {
    if (value.kind === 'food') requirePortion(value, ctx);
  })
  .meta({ id: 'LogFoodInput' });
export type LogFoodInput = z.input<typeof LogFoodSchema>;

export const UpdateEntrySchema = z
  .object({
    meal: MealName.optional(),
    unit: z.enum(ENTRY_UNITS).optional(),
    quantity: AmountShape.quantity.optional(),
    portionLabel: z.string().max(120).nullable().optional(),
    // Quick-adds change their figures instead.
    label: QuickShape.label.optional(),
    kcal: QuickShape.kcal.optional(),
    proteinG: grams(500).optional(),
    fatG: grams(500).optional(),
    carbsG: grams(500).optional(),
  })
  .superRefine(requirePortion)
  .meta({ id: 'UpdateEntryInput' });
export type UpdateEntryInput = z.input<typeof UpdateEntrySchema>;

export const EntrySchema = z
  .object({
    id: z.string(),
    clientEntryId: z.string(),
    date: z.string(),
    meal: z.string(),
    foodId: z.string().nullable(),
    name: z.string(),
    unit: z.enum([...ENTRY_UNITS, 'quick']),
    portionLabel: z.string().nullable(),
    quantity: z.number(),
    grams: z.number().nullable(),
    ...NutrientsSchema.shape,
    createdAt: z.string(),
  })
  .meta({ id: 'FoodLogEntry' });
export type Entry = z.infer<typeof EntrySchema>;

export const CopyEntriesSchema = z
  .object({
    fromDate: IsoDateSchema,
    toDate: IsoDateSchema,
    /** One meal, or the whole day when null. */
    meal: MealName.nullable().default(null),
    /** Into another meal (copying breakfast to lunch); the same meal when null. */
    toMeal: MealName.nullable().default(null),
  })
  .meta({ id: 'CopyEntriesInput' });
export type CopyEntriesInput = z.input<typeof CopyEntriesSchema>;

export const DayTargetsSchema = z.object({
  kcal: z.number(),
  proteinG: z.number(),
  fatG: z.number(),
  carbsG: z.number(),
  fiberG: z.number(),
  waterMl: z.number(),
});

export const DayLogSchema = z
  .object({
    clientId: z.string(),
    date: z.string(),
    /** A workout is scheduled that day (rest-day targets apply otherwise). */
    isTrainingDay: z.boolean(),
    targets: DayTargetsSchema.nullable(),
    meals: z.array(z.object({ name: z.string(), entries: z.array(EntrySchema), totals: NutrientsSchema })),
    totals: NutrientsSchema,
    water: z.object({ ml: z.number(), targetMl: z.number().nullable() }),
    steps: z.object({ count: z.number().nullable(), target: z.number().nullable() }),
    plan: z.object({ id: z.string(), name: z.string() }).nullable(),
    comments: z.array(z.object({ id: z.string(), body: z.string(), authorName: z.string(), fromTrainer: z.boolean(), at: z.string() })),
    units: z.enum(['kg', 'lb']),
  })
  .meta({ id: 'FoodLogDay' });
export type DayLog = z.infer<typeof DayLogSchema>;

export const SetWaterSchema = z
  .object({ ml: z.number().int('Whole ml').min(0, 'Cannot be negative').max(15_000, 'At most 15 litres') })
  .meta({ id: 'SetWaterInput' });
export const SetStepsSchema = z
  .object({ steps: z.number().int('Whole steps').min(0, 'Cannot be negative').max(150_000, 'At most 150,000 steps') })
  .meta({ id: 'SetStepsInput' });

export const TargetInputsSchema = z.object({
  sex: z.enum(['female', 'male']),
  ageYears: z.number().int('Whole years').min(13, 'At least 13').max(100, 'At most 100'),
  heightCm: z.number().min(120, 'Height should be between 120 and 230 cm').max(230, 'Height should be between 120 and 230 cm'),
  weightKg: z.number().min(30, 'Weight should be between 30 and 300 kg').max(300, 'Weight should be between 30 and 300 kg'),
  bodyFatPct: z.number().min(3, 'Body fat should be between 3 and 60 %').max(60, 'Body fat should be between 3 and 60 %').nullable(),
  activity: z.enum(ACTIVITY_LEVELS),
  goal: z.object({
    direction: z.enum(['cut', 'maintain', 'gain']),
    mode: z.enum(['kcal', 'percent_bw']),
    amount: z.number().min(0, 'Cannot be negative').max(1500, 'At most 1,500'),
  }),
  proteinGPerKg: z.number().min(0.8, 'Between 0.8 and 4 g/kg').max(4, 'Between 0.8 and 4 g/kg'),
  fat: z.object({ mode: z.enum(['percent', 'g_per_kg']), value: z.number().min(0.3).max(50) }),
  fiberGPer1000Kcal: z.number().min(0).max(30),
  waterMlPerKg: z.number().min(20).max(60),
  restDayKcalDelta: z.number().int().min(-1000).max(1000),
});

const TargetNumber = (max: number) =>
  z
    .number()
    .int('Whole numbers')
    .min(0, 'Cannot be negative')
    .max(max, `At most ${max.toLocaleString('en')}`);
export const DayTargetsInputSchema = z.object({
  kcal: TargetNumber(10_000),
  proteinG: TargetNumber(1000),
  fatG: TargetNumber(1000),
  carbsG: TargetNumber(2000),
  fiberG: TargetNumber(200),
  waterMl: TargetNumber(15_000),
});

/**
 * New targets: computed from `inputs` (any figure typed over goes in `overrides`), or typed in
 * full (`inputs` null: then `overrides` holds all six numbers).
 */
export const SaveTargetsSchema = z
  .object({
    inputs: TargetInputsSchema.nullable(),
    overrides: DayTargetsInputSchema.partial().default({}),
    note: longText(500).default(''),
  })
  .superRefine((value, ctx) => {
    if (value.inputs) return;
    for (const key of Object.keys(DayTargetsInputSchema.shape) as (keyof typeof DayTargetsInputSchema.shape)[])
      if (value.overrides[key] === undefined)
        ctx.addIssue({ code: 'custom', path: ['overrides', key], message: 'Required without the calculator' });
  })
  .meta({ id: 'SaveTargetsInput' });
export type SaveTargetsInput = z.input<typeof SaveTargetsSchema>;

export const TargetsSchema = z
  .object({
    id: z.string(),
    clientId: z.string(),
    ...DayTargetsSchema.shape,
    restDay: DayTargetsSchema.nullable(),
    inputs: TargetInputsSchema.nullable(),
    /** How each number was computed: label, formula and value (null when typed in full). */
    explanation: z.array(z.object({ label: z.string(), formula: z.string(), value: z.string() })),
    warnings: z.array(z.string()),
    overridden: z.array(z.string()),
    note: z.string(),
    createdAt: z.string(),
    createdByName: z.string().nullable(),
  })
  .meta({ id: 'NutritionTargets' });
export type Targets = z.infer<typeof TargetsSchema>;

/** What the calculator starts from: the client's own data where it exists. */
export const TargetSuggestionSchema = z
  .object({
    sex: z.enum(['female', 'male']).nullable(),
    ageYears: z.number().nullable(),
    heightCm: z.number().nullable(),
    weightKg: z.number().nullable(),
    bodyFatPct: z.number().nullable(),
    units: z.enum(['kg', 'lb']),
  })
  .meta({ id: 'TargetSuggestion' });

export const WeekComplianceSchema = z.object({
  weekStart: z.string(),
  daysLogged: z.number(),
  daysOnTarget: z.number(),
  average: NutrientsSchema.nullable(),
  target: DayTargetsSchema.nullable(),
});
export const NutritionWeeksSchema = z
  .object({
    items: z.array(WeekComplianceSchema),
    tolerance: z.object({ kcalPct: z.number(), proteinPct: z.number() }),
  })
  .meta({ id: 'NutritionWeeks' });
export type NutritionWeeks = z.infer<typeof NutritionWeeksSchema>;

export const MealPlanItemInputSchema = z.object({ meal: MealName, foodId: Id, ...AmountShape }).superRefine(requirePortion);

export const SaveMealPlanSchema = z
  .object({
    name: nameText(80),
    notes: longText(2000).default(''),
    meals: z.array(MealName).min(1, 'Add a meal').max(8, 'At most 8 meals'),
    items: z.array(MealPlanItemInputSchema).max(120, 'At most 120 foods'),
  })
  .superRefine((plan, ctx) => {
    plan.items.forEach((item, index) => {
      if (!plan.meals.includes(item.meal))
        ctx.addIssue({ code: 'custom', path: ['items', index, 'meal'], message: 'Not one of the plan’s meals' });
    });
  })
  .meta({ id: 'SaveMealPlanInput' });
export type SaveMealPlanInput = z.input<typeof SaveMealPlanSchema>;

export const MealPlanSchema = z
  .object({
    id: z.string(),
    clientId: z.string(),
    name: z.string(),
    notes: z.string(),
    meals: z.array(z.string()),
    items: z.array(
      z.object({
        meal: z.string(),
        foodId: z.string(),
        name: z.string(),
        group: z.string(),
        unit: z.enum(ENTRY_UNITS),
        quantity: z.number(),
        portionLabel: z.string().nullable(),
        grams: z.number(),
        ...NutrientsSchema.shape,
      }),
    ),
    totals: NutrientsSchema,
    /** Dates it is assigned to, from today on. */
    upcomingDates: z.array(z.string()),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'MealPlan' });
export type MealPlan = z.infer<typeof MealPlanSchema>;

export const AssignMealPlanSchema = z
  .object({ dates: z.array(IsoDateSchema).min(1, 'Pick at least one date').max(62, 'At most 62 dates at once') })
  .meta({ id: 'AssignMealPlanInput' });

export const DateRangeQuerySchema = z.object({ from: IsoDateSchema, to: IsoDateSchema });

export const ShoppingListSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    /** Planned days in the range. */
    days: z.number(),
    groups: z.array(
      z.object({
        group: z.string(),
        items: z.array(z.object({ foodId: z.string(), name: z.string(), grams: z.number(), days: z.number() })),
      }),
    ),
  })
  .meta({ id: 'ShoppingList' });
export type ShoppingList = z.infer<typeof ShoppingListSchema>;

export const MealPlanDaySchema = z.object({ date: z.string(), planId: z.string(), planName: z.string() });
