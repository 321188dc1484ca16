import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { appState, rateLimits, session, user } from '../../db/schema';

export async function findTrainer(db: DbOrTx) {
  const [row] = await db.select({ id: user.id, name: user.name, email: user.email }).from(user).where(eq(user.role, 'trainer')).limit(1);
  return row ?? null;
}

export async function findUserByEmail(db: DbOrTx, email: string) {
  const [row] = await db
    .select({ id: user.id, name: user.name, role: user.role })
    .from(user)
    .where(eq(sql`lower(${user.email})`, email.toLowerCase()));
  return row ?? null;
}

/** Promotes a freshly created user to trainer; the partial unique index refuses a second one. */
export async function promoteToTrainer(db: DbOrTx, userId: string): Promise<void> {
  await db.update(user).set({ role: 'trainer' }).where(eq(user.id, userId));
}

export async function deleteUser(db: DbOrTx, userId: string): Promise<void> {
  await db.delete(user).where(eq(user.id, userId));
}

export async function updateUserIdentity(db: DbOrTx, userId: string, values: { name?: string; email?: string; at: Date }) {
  await db
    .update(user)
    .set({ ...(values.name ? { name: values.name } : {}), ...(values.email ? { email: values.email } : {}), updatedAt: values.at })
    .where(eq(user.id, userId));
}

export async function deleteSessionsOf(db: DbOrTx, userId: string): Promise<void> {
  await db.delete(session).where(eq(session.userId, userId));
}

/* ---------- fixed-window rate limits ---------- */

/** Current count in the window for `key` (0 when the window has passed). */
export async function readRateLimit(db: DbOrTx, key: string, windowStartAfter: Date) {
  const [row] = await db.select().from(rateLimits).where(eq(rateLimits.key, key));
  if (!row || row.windowStart <= windowStartAfter) return { count: 0, windowStart: null };
  return { count: row.count, windowStart: row.windowStart };
}

/** One statement: start a new window if the old one lapsed, else add one. */
export async function hitRateLimit(db: DbOrTx, key: string, now: Date, windowStartAfter: Date): Promise<void> {
  await db
    .insert(rateLimits)
    .values({ key, windowStart: now, count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${rateLimits.windowStart} <= ${windowStartAfter.toISOString()}::timestamptz then 1 else ${rateLimits.count} + 1 end`,
        windowStart: sql`case when ${rateLimits.windowStart} <= ${windowStartAfter.toISOString()}::timestamptz then ${now.toISOString()}::timestamptz else ${rateLimits.windowStart} end`,
      },
    });
}

export async function clearRateLimit(db: DbOrTx, key: string): Promise<void> {
  await db.delete(rateLimits).where(eq(rateLimits.key, key));
}

/* ---------- installation facts ---------- */

export async function readAppState(db: DbOrTx, key: string): Promise<string | null> {
  const [row] = await db.select({ value: appState.value }).from(appState).where(eq(appState.key, key));
  return row?.value ?? null;
}

export async function writeAppStateIfAbsent(db: DbOrTx, key: string, value: string): Promise<boolean> {
  const rows = await db.insert(appState).values({ key, value }).onConflictDoNothing().returning({ key: appState.key });
  return rows.length === 1;
}
