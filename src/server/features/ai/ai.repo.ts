import { and, asc, desc, eq, gt, gte, isNotNull, sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/client';
import { aiMessages, aiSummaries, aiUsage } from '../../db/schema';

export type AiMessageRow = typeof aiMessages.$inferSelect;

export async function insertAiMessage(db: DbOrTx, values: typeof aiMessages.$inferInsert): Promise<AiMessageRow> {
  const [row] = await db.insert(aiMessages).values(values).returning();
  return row!;
}

export async function updateAiMessage(
  db: DbOrTx,
  id: string,
  values: Partial<typeof aiMessages.$inferInsert>,
): Promise<AiMessageRow | null> {
  const [row] = await db.update(aiMessages).set(values).where(eq(aiMessages.id, id)).returning();
  return row ?? null;
}

export async function findAiMessage(db: DbOrTx, id: string): Promise<AiMessageRow | null> {
  const [row] = await db.select().from(aiMessages).where(eq(aiMessages.id, id));
  return row ?? null;
}

/** The newest messages of a client's conversation, oldest first. */
export async function recentAiMessages(db: DbOrTx, clientId: string, limit: number): Promise<AiMessageRow[]> {
  const rows = await db
    .select()
    .from(aiMessages)
    .where(eq(aiMessages.clientId, clientId))
    .orderBy(desc(aiMessages.createdAt), desc(aiMessages.id))
    .limit(limit);
  return rows.reverse();
}

/** How many questions a client asked since a time (the rate limit). */
export async function countQuestionsSince(db: DbOrTx, clientId: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(aiMessages)
    .where(and(eq(aiMessages.clientId, clientId), eq(aiMessages.role, 'user'), gte(aiMessages.createdAt, since)));
  return row?.count ?? 0;
}

/** Flagged client messages since a time (needs-attention, one item each). */
export async function escalatedMessages(db: DbOrTx, since: Date) {
  return db
    .select({
      id: aiMessages.id,
      clientId: aiMessages.clientId,
      content: aiMessages.content,
      escalation: aiMessages.escalation,
      createdAt: aiMessages.createdAt,
    })
    .from(aiMessages)
    .where(and(isNotNull(aiMessages.escalation), gte(aiMessages.createdAt, since)))
    .orderBy(asc(aiMessages.createdAt));
}

export async function recordUsage(db: DbOrTx, values: typeof aiUsage.$inferInsert): Promise<void> {
  await db.insert(aiUsage).values(values);
}

/** Tokens used since a time: by this client, and site-wide. */
export async function tokensSince(db: DbOrTx, since: Date, clientId: string | null): Promise<{ client: number; site: number }> {
  const [row] = await queryRows<{ client: number; site: number }>(
    db,
    sql`select coalesce(sum(input_tokens + output_tokens) filter (where client_id = ${clientId}), 0)::int as client,
          coalesce(sum(input_tokens + output_tokens), 0)::int as site
        from ai_usage where created_at >= ${since}`,
  );
  return row ?? { client: 0, site: 0 };
}

/** Usage this month per client and per feature (the AI settings page). */
export async function usageBreakdown(db: DbOrTx, since: Date) {
  return queryRows<{
    clientId: string | null;
    clientName: string | null;
    feature: string;
    inputTokens: number;
    outputTokens: number;
    calls: number;
  }>(
    db,
    sql`select u.client_id as "clientId", c.name as "clientName", u.feature, sum(u.input_tokens)::int as "inputTokens",
          sum(u.output_tokens)::int as "outputTokens", count(*)::int as calls
        from ai_usage u left join client_profiles c on c.id = u.client_id
        where u.created_at >= ${since} group by u.client_id, c.name, u.feature order by sum(u.input_tokens + u.output_tokens) desc`,
  );
}

export type AiSummaryRow = typeof aiSummaries.$inferSelect;

export async function findAiSummary(db: DbOrTx, clientId: string): Promise<AiSummaryRow | null> {
  const [row] = await db.select().from(aiSummaries).where(eq(aiSummaries.clientId, clientId));
  return row ?? null;
}

export async function upsertAiSummary(db: DbOrTx, values: typeof aiSummaries.$inferInsert): Promise<void> {
  await db
    .insert(aiSummaries)
    .values(values)
    .onConflictDoUpdate({
      target: aiSummaries.clientId,
      set: { summary: values.summary, upTo: values.upTo, messages: values.messages, updatedAt: values.updatedAt },
    });
}

/** A client's messages after a time (all when null), oldest first. */
export async function aiMessagesAfter(db: DbOrTx, clientId: string, after: Date | null, limit: number): Promise<AiMessageRow[]> {
  return db
    .select()
    .from(aiMessages)
    .where(and(eq(aiMessages.clientId, clientId), after ? gt(aiMessages.createdAt, after) : undefined))
    .orderBy(asc(aiMessages.createdAt), asc(aiMessages.id))
    .limit(limit);
}
