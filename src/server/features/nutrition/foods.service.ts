import type { z } from 'zod';
import type { Food, FoodSearchQuerySchema, SaveFoodSchema, SaveRecipeSchema } from '../../../shared/nutrition';
import type { Db, DbOrTx } from '../../db/client';
import { actorRef, type Actor } from '../../lib/access';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { recordAudit } from '../audit/audit.repo';
import { loadVisibleClient } from '../clients/client-access';
import { parseFoodQuery, queryWords } from './food-search';
import { addToVocabulary, lookupVocabulary, recentFoodRows, searchFoodRows, type FoodScope } from './food-search.repo';
import { foodHead, foodWords } from './food-words';
import {
  findFood,
  findFoodsByIds,
  insertFood,
  listIngredients,
  personalFlags,
  replaceIngredients,
  setFavourite,
  updateFood,
  type FoodRow,
  type FoodSummaryRow,
} from './foods.repo';

export type FoodsDeps = { db: Db; clock: Clock };

const RECENT_DAYS = 60;
const recentSince = (clock: Clock) => new Date(clock.now().getTime() - RECENT_DAYS * 86_400_000);
const round = (value: number, places = 1) => Math.round(value * 10 ** places) / 10 ** places;

export function toFood(row: FoodSummaryRow, flags: { favourite: boolean; recent: boolean }): Food {
  return {
    id: row.id,
    sourceId: row.sourceId,
    kind: row.kind,
    name: row.name,
    group: row.foodGroup,
    per100g: {
      kcal: row.kcal,
      proteinG: row.proteinG,
      fatG: row.fatG,
      carbsG: row.carbsG,
      fiberG: row.fiberG,
      sugarG: row.sugarG,
      sodiumMg: row.sodiumMg,
    },
    portions: row.portions,
    servings: row.servings,
    isOwn: row.ownerClientId !== null,
    isFavourite: flags.favourite,
    isRecent: flags.recent,
    hidden: row.hiddenAt !== null,
  };
}

/** Whose own foods a search or a plan may use: the client's own, or the client the trainer works for. */
async function ownerScope(db: DbOrTx, actor: Actor, clientId: string | undefined): Promise<string | null> {
  if (actor.role === 'client') return actor.clientId;
  if (!clientId) return null;
  return (await loadVisibleClient(db, actor, clientId)).id;
}

/** A food this actor may use: shared, or their own (the trainer: any). Hidden foods stay usable by id (old entries). */
export async function loadUsableFood(db: DbOrTx, actor: Actor, id: string, forClientId?: string | null): Promise<FoodRow> {
  const row = await findFood(db, id);
  const owner = actor.role === 'client' ? actor.clientId : (forClientId ?? row?.ownerClientId ?? null);
  if (!row || (row.ownerClientId !== null && row.ownerClientId !== owner)) throw AppError.notFound('That food');
  return row;
}

/**
 * Search as you type: forgiving of typos, plurals and word order (food-search.ts); the person's
 * recent and favourite foods first. With no query: their recents and favourites.
 */
export async function searchFoods(
  deps: FoodsDeps,
  actor: Actor,
  query: z.output<typeof FoodSearchQuerySchema>,
): Promise<{ items: Food[] }> {
  const scope: FoodScope = {
    clientId: await ownerScope(deps.db, actor, query.clientId),
    userId: actor.userId,
    hidden: actor.role === 'trainer' ? query.hidden : 'exclude',
    limit: query.limit,
    recentSince: recentSince(deps.clock),
  };
  const words = queryWords(query.q);
  let rows;
  if (words.length === 0) rows = await recentFoodRows(deps.db, scope);
  else {
    const lookup = await lookupVocabulary(deps.db, words, words.at(-1) ?? null);
    const terms = parseFoodQuery(query.q, lookup);
    rows = terms.length === 0 ? [] : await searchFoodRows(deps.db, terms, scope);
  }
  return { items: rows.map((row) => toFood(row.food, { favourite: row.favourite, recent: row.recent })) };
}

export async function getFood(deps: FoodsDeps, actor: Actor, id: string): Promise<Food> {
  const row = await loadUsableFood(deps.db, actor, id);
  const flags = await personalFlags(deps.db, {
    userId: actor.userId,
    clientId: actor.role === 'client' ? actor.clientId : null,
    foodIds: [row.id],
    since: recentSince(deps.clock),
  });
  const food = toFood(row, { favourite: flags.favourites.has(row.id), recent: flags.recent.has(row.id) });
  return row.kind === 'recipe' ? { ...food, ingredients: await listIngredients(deps.db, row.id) } : food;
}

/** Only custom foods and recipes change, and only by their owner (a client: their own; the trainer: any). */
async function loadEditable(db: DbOrTx, actor: Actor, id: string, kind: 'custom' | 'recipe'): Promise<FoodRow> {
  const row = await loadUsableFood(db, actor, id);
  if (row.kind !== kind)
    throw new AppError(
      'CONFLICT',
      kind === 'recipe' ? 'That is not a recipe.' : 'Foods from the USDA database cannot be edited; hide it or make your own.',
    );
  if (actor.role === 'client' && row.ownerClientId !== actor.clientId)
    throw new AppError('FORBIDDEN', 'Only your coach can change this food.');
  if (row.archivedAt) throw AppError.notFound('That food');
  return row;
}

function customValues(input: z.output<typeof SaveFoodSchema>) {
  const scale = 100 / input.basisGrams;
  const per100 = (value: number | null) => (value === null ? null : round(value * scale, 3));
  return {
    name: input.name,
    kcal: per100(input.kcal)!,
    proteinG: per100(input.proteinG)!,
    fatG: per100(input.fatG)!,
    carbsG: per100(input.carbsG)!,
    fiberG: per100(input.fiberG),
    sugarG: per100(input.sugarG),
    sodiumMg: per100(input.sodiumMg),
    portions:
      input.basisGrams === 100
        ? input.portions
        : [{ label: `1 serving (${round(input.basisGrams)} g)`, grams: input.basisGrams }, ...input.portions],
    words: foodWords(input.name),
    head: foodHead(input.name),
  };
}

export async function createFood(deps: FoodsDeps, actor: Actor, input: z.output<typeof SaveFoodSchema>): Promise<Food> {
  const values = customValues(input);
  const row = await deps.db.transaction(async (tx) => {
    const created = await insertFood(tx, {
      ...values,
      kind: 'custom',
      foodGroup: 'Custom foods',
      ownerClientId: actor.role === 'client' ? actor.clientId : null,
      createdBy: actor.userId,
    });
    await addToVocabulary(tx, values.words);
    return created;
  });
  return toFood(row, { favourite: false, recent: false });
}

export async function changeFood(deps: FoodsDeps, actor: Actor, id: string, input: z.output<typeof SaveFoodSchema>): Promise<Food> {
  await loadEditable(deps.db, actor, id, 'custom');
  const values = customValues(input);
  const row = await deps.db.transaction(async (tx) => {
    const updated = await updateFood(tx, id, { ...values, updatedAt: deps.clock.now() });
    await addToVocabulary(tx, values.words);
    return updated!;
  });
  return getFood(deps, actor, row.id);
}

/** Deleting keeps the row (entries name it) but takes it out of search. */
export async function archiveFood(deps: FoodsDeps, actor: Actor, id: string): Promise<void> {
  const row = await loadUsableFood(deps.db, actor, id);
  await loadEditable(deps.db, actor, id, row.kind === 'recipe' ? 'recipe' : 'custom');
  await updateFood(deps.db, id, { archivedAt: deps.clock.now() });
}

/** Per-100 g values and the serving from the ingredients (each checked usable by this person). */
async function recipeValues(db: DbOrTx, actor: Actor, input: z.output<typeof SaveRecipeSchema>, selfId: string | null) {
  const byId = await findFoodsByIds(
    db,
    input.ingredients.map((item) => item.foodId),
  );
  const owner = actor.role === 'client' ? actor.clientId : null;
  const totals = { grams: 0, kcal: 0, proteinG: 0, fatG: 0, carbsG: 0, fiberG: 0 };
  input.ingredients.forEach((item, index) => {
    const food = byId.get(item.foodId);
    const usable =
      food &&
      !food.archivedAt &&
      food.id !== selfId &&
      (food.ownerClientId === null || food.ownerClientId === owner || actor.role === 'trainer');
    if (!food || !usable) throw AppError.field(`ingredients.${index}.foodId`, 'That food is not in your food list.');
    const share = item.grams / 100;
    totals.grams += item.grams;
    totals.kcal += food.kcal * share;
    totals.proteinG += food.proteinG * share;
    totals.fatG += food.fatG * share;
    totals.carbsG += food.carbsG * share;
    totals.fiberG += (food.fiberG ?? 0) * share;
  });
  const per100 = (value: number) => round((value / totals.grams) * 100, 3);
  const serving = round(totals.grams / input.servings);
  return {
    name: input.name,
    kcal: per100(totals.kcal),
    proteinG: per100(totals.proteinG),
    fatG: per100(totals.fatG),
    carbsG: per100(totals.carbsG),
    fiberG: per100(totals.fiberG),
    sugarG: null,
    sodiumMg: null,
    servings: input.servings,
    portions: [{ label: `1 serving (${serving} g)`, grams: serving }],
    words: foodWords(input.name),
    head: foodHead(input.name),
  };
}

export async function createRecipe(deps: FoodsDeps, actor: Actor, input: z.output<typeof SaveRecipeSchema>): Promise<Food> {
  const values = await recipeValues(deps.db, actor, input, null);
  const row = await deps.db.transaction(async (tx) => {
    const created = await insertFood(tx, {
      ...values,
      kind: 'recipe',
      foodGroup: 'Recipes',
      ownerClientId: actor.role === 'client' ? actor.clientId : null,
      createdBy: actor.userId,
    });
    await replaceIngredients(tx, created.id, input.ingredients);
    await addToVocabulary(tx, values.words);
    return created;
  });
  return getFood(deps, actor, row.id);
}

export async function changeRecipe(deps: FoodsDeps, actor: Actor, id: string, input: z.output<typeof SaveRecipeSchema>): Promise<Food> {
  await loadEditable(deps.db, actor, id, 'recipe');
  const values = await recipeValues(deps.db, actor, input, id);
  await deps.db.transaction(async (tx) => {
    await updateFood(tx, id, { ...values, updatedAt: deps.clock.now() });
    await replaceIngredients(tx, id, input.ingredients);
    await addToVocabulary(tx, values.words);
  });
  return getFood(deps, actor, id);
}

/** The trainer hides a food from clients' search (entries that name it stay). */
export async function setFoodHidden(deps: FoodsDeps, actor: Actor, id: string, hidden: boolean): Promise<Food> {
  await loadUsableFood(deps.db, actor, id);
  const now = deps.clock.now();
  await updateFood(deps.db, id, { hiddenAt: hidden ? now : null });
  await recordAudit(deps.db, {
    ...actorRef(actor),
    action: hidden ? 'food.hide' : 'food.show',
    subjectType: 'food',
    subjectId: id,
    at: now,
  });
  return getFood(deps, actor, id);
}

export async function markFavourite(deps: FoodsDeps, actor: Actor, id: string, favourite: boolean): Promise<Food> {
  await loadUsableFood(deps.db, actor, id);
  await setFavourite(deps.db, actor.userId, id, favourite);
  return getFood(deps, actor, id);
}
