import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { DayTargets, TargetFigures, TargetInputs } from '../../../shared/nutrition-targets';
import { user } from './auth';
import { clientProfiles } from './clients';

const per100g = (name: string) => numeric(name, { precision: 10, scale: 3, mode: 'number' }).notNull().default(0);

/**
 * Every food that can be logged: the shipped USDA SR28 data (`source_id` 'usda-sr:NNNNN'), the
 * trainer's custom foods and recipes (for everyone) and a client's own (owner_client_id). Values
 * are per 100 g; a recipe's are computed from its ingredients. `words` is the name normalised and
 * stemmed for search (see food-search.ts); `commonness` (0–1) puts everyday foods before branded
 * and baby foods when relevance ties.
 */
export const foods = pgTable(
  'foods',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sourceId: text('source_id').unique(),
    kind: text('kind').$type<'usda' | 'custom' | 'recipe'>().notNull(),
    name: text('name').notNull(),
    foodGroup: text('food_group').notNull(),
    kcal: per100g('kcal'),
    proteinG: per100g('protein_g'),
    fatG: per100g('fat_g'),
    carbsG: per100g('carbs_g'),
    // Unknown for some USDA foods (null, not 0: "no data" is not "none").
    fiberG: numeric('fiber_g', { precision: 10, scale: 3, mode: 'number' }),
    sugarG: numeric('sugar_g', { precision: 10, scale: 3, mode: 'number' }),
    sodiumMg: numeric('sodium_mg', { precision: 10, scale: 3, mode: 'number' }),
    /** Household measures from the data ("1 cup, chopped" = 91 g); grams and ounces are always offered. */
    portions: jsonb('portions').$type<{ label: string; grams: number }[]>().notNull().default([]),
    /** Recipes: how many servings the ingredients make (a "1 serving" portion is derived). */
    servings: numeric('servings', { precision: 6, scale: 2, mode: 'number' }),
    words: text('words')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** The words that say what the food is ("Fish, salmon, …" → salmon): a query covering them ranks it first. */
    head: text('head')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    commonness: numeric('commonness', { precision: 4, scale: 3, mode: 'number' }).notNull().default(1),
    ownerClientId: uuid('owner_client_id').references(() => clientProfiles.id, { onDelete: 'cascade' }),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    /** The trainer hid it from clients' search (a 2015 brand item, say); logged entries stay. */
    hiddenAt: timestamp('hidden_at', { withTimezone: true }),
    /** A custom food or recipe deleted by its owner: kept for the entries that name it. */
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('foods_words_idx').using('gin', t.words),
    index('foods_owner_idx')
      .on(t.ownerClientId)
      .where(sql`${t.ownerClientId} is not null`),
  ],
);

/** A recipe's ingredients, in order. */
export const recipeIngredients = pgTable(
  'recipe_ingredients',
  {
    recipeId: uuid('recipe_id')
      .notNull()
      .references(() => foods.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    foodId: uuid('food_id')
      .notNull()
      .references(() => foods.id),
    grams: numeric('grams', { precision: 10, scale: 2, mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.recipeId, t.position] })],
);

/** Every word of every food name with how many foods use it: typo correction looks here (trigram index). */
export const foodVocabulary = pgTable(
  'food_vocabulary',
  {
    word: text('word').primaryKey(),
    foods: integer('foods').notNull(),
  },
  (t) => [index('food_vocabulary_trgm_idx').using('gist', sql`${t.word} gist_trgm_ops`)],
);

/** Foods a person starred (clients for logging, the trainer for building plans). */
export const foodFavourites = pgTable(
  'food_favourites',
  {
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    foodId: uuid('food_id')
      .notNull()
      .references(() => foods.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.foodId] })],
);

/**
 * A client's nutrition targets; every change is a new row (history: who changed what, when). The
 * current targets are the newest row. `inputs` and `figures` keep how the numbers were computed
 * (null inputs: the trainer typed the numbers); `overridden` names the figures typed over.
 */
export const nutritionTargets = pgTable(
  'nutrition_targets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clientProfiles.id, { onDelete: 'cascade' }),
    kcal: integer('kcal').notNull(),
    proteinG: integer('protein_g').notNull(),
    fatG: integer('fat_g').notNull(),
    carbsG: integer('carbs_g').notNull(),
    fiberG: integer('fiber_g').notNull(),
    waterMl: integer('water_ml').notNull(),
    /** Different targets for days without a scheduled workout; null = the same every day. */
    restDay: jsonb('rest_day').$type<DayTargets>(),
    inputs: jsonb('inputs').$type<TargetInputs>(),
    figures: jsonb('figures').$type<TargetFigures>(),
    overridden: text('overridden')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    note: text('note').notNull().default(''),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('nutrition_targets_client_idx').on(t.clientId, t.createdAt)],
);

/**
 * One line of a client's food log. Nutrients are copied at logging time, so editing a custom food
 * later never rewrites what was eaten; a quick-add has no food. `client_entry_id` makes a retried
 * offline save land once.
 */
export const foodLogEntries = pgTable(
  'food_log_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clientProfiles.id, { onDelete: 'cascade' }),
    clientEntryId: uuid('client_entry_id').notNull(),
    date: date('date').notNull(),
    meal: text('meal').notNull(),
    foodId: uuid('food_id').references(() => foods.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    /** How the amount was entered: grams, ounces, a portion of the food ("1 cup, chopped"), or a quick-add of kcal. */
    unit: text('unit').$type<'g' | 'oz' | 'portion' | 'quick'>().notNull(),
    portionLabel: text('portion_label'),
    quantity: numeric('quantity', { precision: 8, scale: 2, mode: 'number' }).notNull().default(1),
    grams: numeric('grams', { precision: 8, scale: 1, mode: 'number' }),
    kcal: numeric('kcal', { precision: 8, scale: 1, mode: 'number' }).notNull(),
    proteinG: numeric('protein_g', { precision: 8, scale: 1, mode: 'number' }).notNull(),
    fatG: numeric('fat_g', { precision: 8, scale: 1, mode: 'number' }).notNull(),
    carbsG: numeric('carbs_g', { precision: 8, scale: 1, mode: 'number' }).notNull(),
    fiberG: numeric('fiber_g', { precision: 8, scale: 1, mode: 'number' }).notNull(),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('food_log_entries_client_entry_unique').on(t.clientId, t.clientEntryId),
    index('food_log_entries_client_date_idx').on(t.clientId, t.date),
    index('food_log_entries_food_idx').on(t.foodId),
  ],
);

export type MealPlanItem = {
  meal: string;
  foodId: string;
  unit: 'g' | 'oz' | 'portion';
  quantity: number;
  portionLabel: string | null;
  grams: number;
};

/**
 * A day's meal plan the trainer builds for one client: meals of foods and recipes as one validated
 * document (like a check-in form), assigned to dates through meal_plan_days.
 */
export const mealPlans = pgTable(
  'meal_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clientProfiles.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    notes: text('notes').notNull().default(''),
    meals: text('meals').array().notNull(),
    items: jsonb('items').$type<MealPlanItem[]>().notNull(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('meal_plans_client_idx').on(t.clientId)],
);

/** Which plan a client follows on a date (one per day). */
export const mealPlanDays = pgTable(
  'meal_plan_days',
  {
    clientId: uuid('client_id')
      .notNull()
      .references(() => clientProfiles.id, { onDelete: 'cascade' }),
    date: date('date').notNull(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => mealPlans.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.clientId, t.date] }), index('meal_plan_days_plan_idx').on(t.planId)],
);
