import { and, count, desc, eq, isNotNull, max } from 'drizzle-orm';
import type { AutomationKind } from '../../../shared/notifications';
import type { DbOrTx } from '../../db/client';
import { automationRuns, automations, clientProfiles, invitations, scheduledWorkouts } from '../../db/schema';

export type AutomationRow = typeof automations.$inferSelect;

export async function listAutomationRows(db: DbOrTx): Promise<AutomationRow[]> {
  return db.select().from(automations);
}

export async function upsertAutomation(db: DbOrTx, values: typeof automations.$inferInsert & { updatedAt: Date }): Promise<void> {
  const { kind: _kind, ...rest } = values;
  await db.insert(automations).values(values).onConflictDoUpdate({ target: automations.kind, set: rest });
}

export async function runStats(db: DbOrTx) {
  return db
    .select({ kind: automationRuns.kind, sent: count(automationRuns.messageId), last: max(automationRuns.createdAt) })
    .from(automationRuns)
    .groupBy(automationRuns.kind);
}

/** Claims a trigger: true only for the first caller (at most once per trigger, even with two runners). */
export async function claimRun(
  db: DbOrTx,
  run: { kind: AutomationKind; clientId: string; triggerKey: string; at: Date },
): Promise<string | null> {
  const rows = await db
    .insert(automationRuns)
    .values({ kind: run.kind, clientId: run.clientId, triggerKey: run.triggerKey, createdAt: run.at })
    .onConflictDoNothing()
    .returning({ id: automationRuns.id });
  return rows[0]?.id ?? null;
}

export async function completeRun(db: DbOrTx, id: string, messageId: string | null): Promise<void> {
  await db.update(automationRuns).set({ messageId }).where(eq(automationRuns.id, id));
}

export async function releaseRun(db: DbOrTx, id: string): Promise<void> {
  await db.delete(automationRuns).where(eq(automationRuns.id, id));
}

/** Clients automations may write to: active and joined (never paused, archived or invited). */
export async function findAutomationAudience(db: DbOrTx) {
  return db
    .select()
    .from(clientProfiles)
    .where(and(eq(clientProfiles.status, 'active'), isNotNull(clientProfiles.userId)));
}

export async function acceptedAt(db: DbOrTx, clientId: string): Promise<Date | null> {
  const [row] = await db
    .select({ at: invitations.acceptedAt })
    .from(invitations)
    .where(and(eq(invitations.clientId, clientId), isNotNull(invitations.acceptedAt)))
    .orderBy(desc(invitations.acceptedAt))
    .limit(1);
  return row?.at ?? null;
}

/** The date of the client's most recent completed workout. */
export async function lastCompletedDate(db: DbOrTx, clientId: string): Promise<string | null> {
  const [row] = await db
    .select({ last: max(scheduledWorkouts.date) })
    .from(scheduledWorkouts)
    .where(and(eq(scheduledWorkouts.clientId, clientId), eq(scheduledWorkouts.status, 'completed')));
  return row?.last ?? null;
}
