import { and, inArray, isNotNull, sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/client';
import { attentionDismissals, clientProfiles, messages } from '../../db/schema';
import type { AttentionClient, LastMessages, WorkoutCounts } from './attention-rules';

export async function findAttentionClients(db: DbOrTx): Promise<AttentionClient[]> {
  const rows = await db
    .select({
      id: clientProfiles.id,
      name: clientProfiles.name,
      status: clientProfiles.status,
      pauseUntil: clientProfiles.pauseUntil,
      pausedAt: clientProfiles.pausedAt,
      health: clientProfiles.health,
      onboardedAt: clientProfiles.onboardedAt,
      timeZone: clientProfiles.timeZone,
      lastActiveAt: clientProfiles.lastActiveAt,
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

/**
 * Per active client: missed scheduled workouts this week (before today), and workouts due and done
 * in the last 7 days and in the 30 days before them, in each client's calendar and the trainer's
 * week (weekStartsOn: ISO 1–7); days since a current pause began are left out, as in compliance.
 */
export async function findWorkoutCounts(db: DbOrTx, now: Date, weekStartsOn: number): Promise<Map<string, WorkoutCounts>> {
  const rows = await queryRows<{
    client_id: string;
    week_start: Date | string;
    missed_this_week: unknown;
    planned7: unknown;
    done7: unknown;
    planned_before: unknown;
    done_before: unknown;
  }>(
    db,
    sql`with days as (
          select c.id as client_id, (${now.toISOString()}::timestamptz at time zone c.time_zone)::date as today,
                 case when c.status = 'paused' and c.paused_at is not null then (c.paused_at at time zone c.time_zone)::date end as paused_from
            from client_profiles c where c.status = 'active' and c.user_id is not null
        ),
        weeks as (
          select d.*, d.today - ((extract(isodow from d.today)::int - ${weekStartsOn}::int + 7) % 7) as week_start from days d
        )
        select w.client_id, w.week_start,
               count(*) filter (where sw.date >= w.week_start and sw.date < w.today and sw.status = 'scheduled') as missed_this_week,
               count(*) filter (where sw.date > w.today - 7 and (sw.date < w.today or sw.status = 'completed')) as planned7,
               count(*) filter (where sw.date > w.today - 7 and sw.status = 'completed') as done7,
               count(*) filter (where sw.date <= w.today - 7 and sw.date > w.today - 37) as planned_before,
               count(*) filter (where sw.date <= w.today - 7 and sw.date > w.today - 37 and sw.status = 'completed') as done_before
          from weeks w join scheduled_workouts sw on sw.client_id = w.client_id
         where sw.date > w.today - 37 and sw.date <= w.today
           and (w.paused_from is null or sw.date < w.paused_from)
         group by w.client_id, w.week_start`,
  );
  const day = (value: Date | string) => (typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10));
  return new Map(
    rows.map((row) => [
      row.client_id,
      {
        weekStart: day(row.week_start),
        missedThisWeek: Number(row.missed_this_week),
        planned7: Number(row.planned7),
        done7: Number(row.done7),
        plannedBefore: Number(row.planned_before),
        doneBefore: Number(row.done_before),
      },
    ]),
  );
}
