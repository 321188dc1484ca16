import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { queryRows, type Database } from '../src/server/db/client';
import { latestInvitationsQuery } from '../src/server/features/clients/clients.repo';
import { openTestDatabase } from './setup/test-app';

/**
 * Tables that grow per client must be read by index on the list screens. Data is made with SQL
 * (generate_series), as the benchmark note in CROSS_CUTTING says, then the real query is EXPLAINed.
 */
let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
  await database.db.execute(sql`
    insert into client_profiles (name, email, status)
    select 'Client ' || n, 'client' || n || '@example.com', 'invited' from generate_series(1, 2000) n`);
  await database.db.execute(sql`
    insert into invitations (client_id, token_hash, expires_at, created_at)
    select c.id, md5(c.id::text || k), now() + interval '14 days', now() - (k || ' days')::interval
    from client_profiles c, generate_series(1, 5) k`);
  await database.db.execute(sql`analyze`);
});
afterAll(() => database.close());

async function plan(query: { toSQL(): { sql: string; params: unknown[] } }): Promise<string> {
  const { sql: text, params } = query.toSQL();
  const inlined = text.replace(/\$(\d+)/g, (_m, i: string) => `'${String(params[Number(i) - 1]).replace(/'/g, "''")}'`);
  const rows = await queryRows<Record<string, string>>(database.db, sql.raw(`explain ${inlined}`));
  return rows.map((row) => Object.values(row)[0]).join('\n');
}

it("reads a page of clients' invitations by index, not by scanning every invitation", async () => {
  const page = await queryRows<{ id: string }>(database.db, sql`select id from client_profiles order by lower(name) limit 50`);
  const text = await plan(
    latestInvitationsQuery(
      database.db,
      page.map((r) => r.id),
    ),
  );
  expect(text).toMatch(/Index (Only )?Scan.*invitations/);
  expect(text).not.toMatch(/Seq Scan on invitations/);
});
