import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { settings } from '../../db/schema';

export type SettingsRow = typeof settings.$inferSelect;

export async function findSettings(db: DbOrTx): Promise<SettingsRow | null> {
  const [row] = await db.select().from(settings).limit(1);
  return row ?? null;
}

export async function upsertSettings(db: DbOrTx, values: Partial<Omit<SettingsRow, 'id'>> & { updatedAt: Date }): Promise<SettingsRow> {
  const [row] = await db
    .insert(settings)
    .values({ id: 1, ...values })
    .onConflictDoUpdate({ target: settings.id, set: { ...values, updatedAt: sql`excluded.updated_at` } })
    .returning();
  return row!;
}
