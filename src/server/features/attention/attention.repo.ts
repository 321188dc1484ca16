import { and, inArray, isNotNull, sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/client';
import { attentionDismissals, clientProfiles, messages } from '../../db/schema';
import type { AttentionClient, LastMessages } from './attention-rules';

export async function findAttentionClients(db: DbOrTx): Promise<AttentionClient[]> {
  const rows = await db
    .select({
      id: clientProfiles.id,
      name: clientProfiles.name,
      status: clientProfiles.status,
      pauseUntil: clientProfiles.pauseUntil,
      health: clientProfiles.health,
      onboardedAt: clientProfiles.onboardedAt,
      timeZone: clientProfiles.timeZone,
    })
    .from(clientProfiles)
    .where(and(inArray(clientProfiles.status, ['active', 'paused']), isNotNull(clientProfiles.userId)));
  return rows as AttentionClient[];
}

/** Each conversation's latest message per side, written by a person (no automations, no broadcasts). */
export async function findLastPersonalMessages(db: DbOrTx): Promise<Map<string, LastMessages>> {
  const rows = await queryRows<{ client_id: string; sender_role: 'trainer' | 'client'; id: string; created_at: Date | string }>(
    db,
    sql`select distinct on (client_id, sender_role) client_id, sender_role, id, created_at
        from ${messages}
        where deleted_at is null and not (sender_role = 'trainer' and (automated or broadcast_id is not null))
        order by client_id, sender_role, created_at desc`,
  );
  const out = new Map<string, LastMessages>();
  for (const row of rows) {
    const entry = out.get(row.client_id) ?? {};
    entry[row.sender_role] = { id: row.id, at: new Date(row.created_at) };
    out.set(row.client_id, entry);
  }
  return out;
}

export async function findDismissals(db: DbOrTx) {
  return db.select().from(attentionDismissals);
}

export async function upsertDismissal(db: DbOrTx, key: string, snoozedUntil: Date | null, at: Date): Promise<void> {
  await db
    .insert(attentionDismissals)
    .values({ key, snoozedUntil, createdAt: at })
    .onConflictDoUpdate({ target: attentionDismissals.key, set: { snoozedUntil, createdAt: at } });
}
