import { and, arrayContains, asc, count, desc, eq, ilike, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { ClientStatus } from '../../../shared/clients';
import type { DbOrTx } from '../../db/client';
import { clientProfiles, invitations, user } from '../../db/schema';

export type ClientRow = typeof clientProfiles.$inferSelect;
export type InvitationRow = typeof invitations.$inferSelect;

export async function findClientForUser(db: DbOrTx, userId: string) {
  const [row] = await db
    .select({
      id: clientProfiles.id,
      name: clientProfiles.name,
      email: clientProfiles.email,
      status: clientProfiles.status,
      lastActiveAt: clientProfiles.lastActiveAt,
      onboardedAt: clientProfiles.onboardedAt,
    })
    .from(clientProfiles)
    .where(eq(clientProfiles.userId, userId));
  return row ?? null;
}

export async function touchClientActivity(db: DbOrTx, clientId: string, at: Date) {
  await db.update(clientProfiles).set({ lastActiveAt: at }).where(eq(clientProfiles.id, clientId));
}

export async function findClient(db: DbOrTx, id: string): Promise<ClientRow | null> {
  const [row] = await db.select().from(clientProfiles).where(eq(clientProfiles.id, id));
  return row ?? null;
}

export async function insertClient(
  db: DbOrTx,
  values: { name: string; email: string; tags: string[]; note: string; at: Date },
): Promise<ClientRow> {
  const [row] = await db
    .insert(clientProfiles)
    .values({ name: values.name, email: values.email, tags: values.tags, note: values.note, createdAt: values.at, updatedAt: values.at })
    .returning();
  return row!;
}

export async function updateClientRow(db: DbOrTx, id: string, patch: Partial<typeof clientProfiles.$inferInsert>): Promise<ClientRow> {
  const [row] = await db.update(clientProfiles).set(patch).where(eq(clientProfiles.id, id)).returning();
  return row!;
}

/** Is this address used by another client or by any account (the trainer's included)? */
export async function isEmailTaken(db: DbOrTx, email: string, exceptClientId?: string): Promise<boolean> {
  const lower = email.toLowerCase();
  const clientMatch = and(
    eq(sql`lower(${clientProfiles.email})`, lower),
    exceptClientId ? ne(clientProfiles.id, exceptClientId) : undefined,
  );
  const [[client], [account]] = await Promise.all([
    db.select({ id: clientProfiles.id }).from(clientProfiles).where(clientMatch).limit(1),
    db
      .select({ id: user.id })
      .from(user)
      .leftJoin(clientProfiles, eq(clientProfiles.userId, user.id))
      .where(
        and(
          eq(sql`lower(${user.email})`, lower),
          exceptClientId ? or(isNull(clientProfiles.id), ne(clientProfiles.id, exceptClientId)) : undefined,
        ),
      )
      .limit(1),
  ]);
  return Boolean(client ?? account);
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (ch) => `\\${ch}`);

export type ClientListFilter = {
  q?: string;
  status: ClientStatus | 'all' | 'current';
  tag?: string;
  sort: 'name' | 'lastActive' | 'joined';
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
};

export async function listClientRows(db: DbOrTx, filter: ClientListFilter) {
  const conditions: (SQL | undefined)[] = [];
  if (filter.status === 'current') conditions.push(ne(clientProfiles.status, 'archived'));
  else if (filter.status !== 'all') conditions.push(eq(clientProfiles.status, filter.status));
  if (filter.tag) conditions.push(arrayContains(clientProfiles.tags, [filter.tag.toLowerCase()]));
  if (filter.q) {
    const pattern = `%${escapeLike(filter.q)}%`;
    conditions.push(or(ilike(clientProfiles.name, pattern), ilike(clientProfiles.email, pattern)));
  }
  const where = and(...conditions);
  const direction = filter.order === 'asc' ? asc : desc;
  const orderBy =
    filter.sort === 'name'
      ? [direction(sql`lower(${clientProfiles.name})`), asc(clientProfiles.id)]
      : filter.sort === 'joined'
        ? [direction(clientProfiles.createdAt), asc(clientProfiles.id)]
        : [
            filter.order === 'asc'
              ? sql`${clientProfiles.lastActiveAt} asc nulls first`
              : sql`${clientProfiles.lastActiveAt} desc nulls last`,
            asc(clientProfiles.id),
          ];
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(clientProfiles)
      .where(where)
      .orderBy(...orderBy)
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ value: count() }).from(clientProfiles).where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}

export async function listTags(db: DbOrTx): Promise<string[]> {
  const tag = sql<string>`unnest(${clientProfiles.tags})`;
  const rows = await db
    .selectDistinct({ tag })
    .from(clientProfiles)
    .orderBy(sql`1`);
  return rows.map((row) => row.tag);
}

/* ---------- invitations ---------- */

/** Each client's newest invitation (exported so the query plan can be checked in tests). */
export const latestInvitationsQuery = (db: DbOrTx, clientIds: string[]) =>
  db
    .selectDistinctOn([invitations.clientId])
    .from(invitations)
    .where(inArray(invitations.clientId, clientIds))
    .orderBy(invitations.clientId, desc(invitations.createdAt));

export async function latestInvitations(db: DbOrTx, clientIds: string[]): Promise<Map<string, InvitationRow>> {
  if (clientIds.length === 0) return new Map();
  const rows = await latestInvitationsQuery(db, clientIds);
  return new Map(rows.map((row) => [row.clientId, row]));
}

export async function insertInvitation(db: DbOrTx, values: { clientId: string; tokenHash: string; expiresAt: Date; at: Date }) {
  await db.insert(invitations).values({
    clientId: values.clientId,
    tokenHash: values.tokenHash,
    expiresAt: values.expiresAt,
    createdAt: values.at,
  });
}

export async function revokeOpenInvitations(db: DbOrTx, clientId: string, at: Date): Promise<number> {
  const rows = await db
    .update(invitations)
    .set({ revokedAt: at })
    .where(and(eq(invitations.clientId, clientId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
    .returning({ id: invitations.id });
  return rows.length;
}

export async function findInvitationByHash(db: DbOrTx, tokenHash: string) {
  const [row] = await db
    .select({ invitation: invitations, client: clientProfiles })
    .from(invitations)
    .innerJoin(clientProfiles, eq(clientProfiles.id, invitations.clientId))
    .where(eq(invitations.tokenHash, tokenHash));
  return row ?? null;
}

/** Marks the invitation used; false if someone else used or revoked it first. */
export async function claimInvitation(db: DbOrTx, invitationId: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(invitations)
    .set({ acceptedAt: at })
    .where(and(eq(invitations.id, invitationId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
    .returning({ id: invitations.id });
  return rows.length === 1;
}

/** Paused clients whose "back on" date has come, in their own time zone. */
export async function findEndedPauses(db: DbOrTx, now: Date): Promise<{ id: string; pauseUntil: string | null }[]> {
  return db
    .select({ id: clientProfiles.id, pauseUntil: clientProfiles.pauseUntil })
    .from(clientProfiles)
    .where(
      and(
        eq(clientProfiles.status, 'paused'),
        sql`${clientProfiles.pauseUntil} <= (${now.toISOString()}::timestamptz at time zone ${clientProfiles.timeZone})::date`,
      ),
    );
}

/** Resumes only if still paused (a job may run twice; the trainer may have resumed already). */
export async function resumeIfPaused(db: DbOrTx, id: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(clientProfiles)
    .set({ status: 'active', pauseReason: null, pauseNote: null, pauseUntil: null, pausedAt: null, updatedAt: at })
    .where(and(eq(clientProfiles.id, id), eq(clientProfiles.status, 'paused')))
    .returning({ id: clientProfiles.id });
  return rows.length === 1;
}

export type Compliance = { d7: number | null; d30: number | null; d90: number | null };
const NO_COMPLIANCE: Compliance = { d7: null, d30: null, d90: null };

/**
 * Completed ÷ scheduled workouts per client over the last 7, 30 and 90 days, counted on each
 * client's own calendar day. Today's workouts count once done (not before the day is over);
 * skipped ones count as not done; days of the current pause are left out.
 */
export async function complianceFor(db: DbOrTx, clientIds: string[], now: Date): Promise<Map<string, Compliance>> {
  const out = new Map<string, Compliance>(clientIds.map((id) => [id, NO_COMPLIANCE]));
  if (clientIds.length === 0) return out;
  const ids = sql.join(
    clientIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const rows = await db.execute(sql`
    with days as (
      select c.id as client_id, (${now.toISOString()}::timestamptz at time zone c.time_zone)::date as today,
             case when c.status = 'paused' and c.paused_at is not null then (c.paused_at at time zone c.time_zone)::date end as paused_from
        from client_profiles c where c.id in (${ids})
    ),
    counted as (
      select d.client_id, d.today - sw.date as age, sw.status = 'completed' as done
        from days d join scheduled_workouts sw on sw.client_id = d.client_id
       where sw.date > d.today - 90 and sw.date <= d.today
         and (sw.date < d.today or sw.status = 'completed')
         and (d.paused_from is null or sw.date < d.paused_from)
    )
    select client_id,
           count(*) filter (where age < 7) as planned7, count(*) filter (where age < 7 and done) as done7,
           count(*) filter (where age < 30) as planned30, count(*) filter (where age < 30 and done) as done30,
           count(*) as planned90, count(*) filter (where done) as done90
      from counted group by client_id`);
  const ratio = (done: unknown, planned: unknown) => (Number(planned) > 0 ? Math.round((Number(done) / Number(planned)) * 100) : null);
  for (const row of (rows as { rows: Record<string, unknown>[] }).rows) {
    out.set(String(row.client_id), {
      d7: ratio(row.done7, row.planned7),
      d30: ratio(row.done30, row.planned30),
      d90: ratio(row.done90, row.planned90),
    });
  }
  return out;
}
