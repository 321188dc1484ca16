import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { MIGRATIONS_DIR, type Database, type Db } from './client';
import * as schema from './schema';

/** Any PostgreSQL server (DATABASE_URL, or Netlify Database's NETLIFY_DB_URL), pooled. */
export function openPostgres(connectionString: string, options: { max?: number } = {}): Database {
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10, idleTimeoutMillis: 30_000 });
  // An idle connection the server closed (restart, failover) must not crash the process:
  // pg drops that client from the pool and the next query opens a new one.
  pool.on('error', () => {});
  const db = drizzle({ client: pool, schema }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    migrate: async () => {
      await migrate(db as never, { migrationsFolder: MIGRATIONS_DIR });
    },
    close: () => pool.end(),
  };
}
