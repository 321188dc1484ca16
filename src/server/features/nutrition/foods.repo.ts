import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { foodFavourites, foodLogEntries, foods, recipeIngredients } from '../../db/schema';

export type FoodRow = typeof foods.$inferSelect;
export type NewFoodRow = typeof foods.$inferInsert;
/** What a food shows in a list (search results carry just these). */
export type FoodSummaryRow = Pick<
  FoodRow,
  | 'id'
  | 'sourceId'
  | 'kind'
  | 'name'
  | 'foodGroup'
  | 'kcal'
  | 'proteinG'
  | 'fatG'
  | 'carbsG'
  | 'fiberG'
  | 'sugarG'
  | 'sodiumMg'
  | 'portions'
  | 'servings'
  | 'ownerClientId'
> & { hiddenAt: Date | string | null };

export async function findFood(db: DbOrTx, id: string): Promise<FoodRow | null> {
  const [row] = await db.select().from(foods).where(eq(foods.id, id));
  return row ?? null;
}

export async function findFoodsByIds(db: DbOrTx, ids: string[]): Promise<Map<string, FoodRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select()
    .from(foods)
    .where(inArray(foods.id, [...new Set(ids)]));
  return new Map(rows.map((row) => [row.id, row]));
}

export async function insertFood(db: DbOrTx, values: NewFoodRow): Promise<FoodRow> {
  const [row] = await db.insert(foods).values(values).returning();
  return row!;
}

export async function updateFood(db: DbOrTx, id: string, values: Partial<NewFoodRow>): Promise<FoodRow | null> {
  const [row] = await db.update(foods).set(values).where(eq(foods.id, id)).returning();
  return row ?? null;
}

export async function replaceIngredients(db: DbOrTx, recipeId: string, items: { foodId: string; grams: number }[]): Promise<void> {
  await db.delete(recipeIngredients).where(eq(recipeIngredients.recipeId, recipeId));
  if (items.length > 0)
    await db
      .insert(recipeIngredients)
      .values(items.map((item, position) => ({ recipeId, position, foodId: item.foodId, grams: item.grams })));
}

export async function listIngredients(db: DbOrTx, recipeId: string): Promise<{ foodId: string; name: string; grams: number }[]> {
  return db
    .select({ foodId: recipeIngredients.foodId, name: foods.name, grams: recipeIngredients.grams })
    .from(recipeIngredients)
    .innerJoin(foods, eq(foods.id, recipeIngredients.foodId))
    .where(eq(recipeIngredients.recipeId, recipeId))
    .orderBy(asc(recipeIngredients.position));
}

export async function setFavourite(db: DbOrTx, userId: string, foodId: string, favourite: boolean): Promise<void> {
  if (favourite) await db.insert(foodFavourites).values({ userId, foodId }).onConflictDoNothing();
  else await db.delete(foodFavourites).where(and(eq(foodFavourites.userId, userId), eq(foodFavourites.foodId, foodId)));
}

/** Of these foods: which this person starred, and which the client logged since `since`. */
export async function personalFlags(
  db: DbOrTx,
  p: { userId: string; clientId: string | null; foodIds: string[]; since: Date },
): Promise<{ favourites: Set<string>; recent: Set<string> }> {
  if (p.foodIds.length === 0) return { favourites: new Set(), recent: new Set() };
  const favourites = await db
    .select({ foodId: foodFavourites.foodId })
    .from(foodFavourites)
    .where(and(eq(foodFavourites.userId, p.userId), inArray(foodFavourites.foodId, p.foodIds)));
  const recent = p.clientId
    ? await db
        .selectDistinct({ foodId: foodLogEntries.foodId })
        .from(foodLogEntries)
        .where(
          and(
            eq(foodLogEntries.clientId, p.clientId),
            inArray(foodLogEntries.foodId, p.foodIds),
            sql`${foodLogEntries.createdAt} > ${p.since}`,
          ),
        )
    : [];
  return { favourites: new Set(favourites.map((row) => row.foodId)), recent: new Set(recent.map((row) => row.foodId!)) };
}
