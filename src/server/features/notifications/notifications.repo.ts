import { and, count, desc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { clientProfiles, notificationPreferences, notifications, settings, user } from '../../db/schema';

export type NotificationRow = typeof notifications.$inferSelect;
export type PreferencesRow = typeof notificationPreferences.$inferSelect;

/**
 * Adds an event to the recipient's unread notification of the same group, or starts one:
 * "3 new messages from Anna" is one row, whatever the number of messages.
 */
export async function upsertUnreadNotification(
  db: DbOrTx,
  values: Omit<typeof notifications.$inferInsert, 'id' | 'count' | 'readAt' | 'emailedAt'> & { createdAt: Date },
): Promise<void> {
  await db
    .insert(notifications)
    .values({ ...values, updatedAt: values.createdAt })
    .onConflictDoUpdate({
      target: [notifications.recipientId, notifications.groupKey],
      targetWhere: sql`${notifications.readAt} is null`,
      set: {
        count: sql`${notifications.count} + 1`,
        title: values.title,
        body: values.body,
        link: values.link,
        updatedAt: values.createdAt,
      },
    });
}

export async function listNotificationRows(db: DbOrTx, recipientId: string, options: { unreadOnly: boolean; limit: number }) {
  return db
    .select()
    .from(notifications)
    .where(and(eq(notifications.recipientId, recipientId), options.unreadOnly ? isNull(notifications.readAt) : undefined))
    .orderBy(desc(notifications.updatedAt))
    .limit(options.limit);
}

export async function countUnreadNotifications(db: DbOrTx, recipientId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.recipientId, recipientId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

export async function markNotificationsRead(db: DbOrTx, recipientId: string, at: Date, filter: { ids?: string[]; groupKey?: string }) {
  const rows = await db
    .update(notifications)
    .set({ readAt: at })
    .where(
      and(
        eq(notifications.recipientId, recipientId),
        isNull(notifications.readAt),
        filter.ids ? inArray(notifications.id, filter.ids) : undefined,
        filter.groupKey ? eq(notifications.groupKey, filter.groupKey) : undefined,
      ),
    )
    .returning({ id: notifications.id });
  return rows.length;
}

export async function findPreferences(db: DbOrTx, userId: string): Promise<PreferencesRow | null> {
  const [row] = await db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, userId));
  return row ?? null;
}

export async function upsertPreferences(db: DbOrTx, values: typeof notificationPreferences.$inferInsert & { updatedAt: Date }) {
  const { userId: _userId, ...rest } = values;
  const [row] = await db
    .insert(notificationPreferences)
    .values(values)
    .onConflictDoUpdate({ target: notificationPreferences.userId, set: rest })
    .returning();
  return row!;
}

/**
 * Unread, not yet emailed notifications created before `createdBefore`, with what the digest
 * needs about their recipient: address, name, preferences and time zone (a client's own, the
 * trainer's business setting).
 */
export async function findEmailDue(db: DbOrTx, createdBefore: Date, limit: number) {
  return db
    .select({
      notification: notifications,
      email: user.email,
      name: user.name,
      role: user.role,
      preferences: notificationPreferences,
      clientTimeZone: clientProfiles.timeZone,
      trainerTimeZone: settings.timeZone,
    })
    .from(notifications)
    .innerJoin(user, eq(user.id, notifications.recipientId))
    .leftJoin(notificationPreferences, eq(notificationPreferences.userId, notifications.recipientId))
    .leftJoin(clientProfiles, eq(clientProfiles.userId, notifications.recipientId))
    .leftJoin(settings, eq(settings.id, 1))
    .where(and(isNull(notifications.readAt), isNull(notifications.emailedAt), lte(notifications.createdAt, createdBefore)))
    .orderBy(notifications.createdAt)
    .limit(limit);
}

export async function markEmailed(db: DbOrTx, ids: string[], at: Date): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(notifications)
    .set({ emailedAt: at })
    .where(and(inArray(notifications.id, ids), isNull(notifications.emailedAt)));
}
