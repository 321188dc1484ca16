import { fileURLToPath } from 'node:url';
import { sql, type ExtractTablesWithRelations, type SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type * as schema from './schema';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Repo functions take either the database or an open transaction as their first argument. */
export type DbOrTx = Db | Tx;

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** PGlite only: a tarball of the whole data directory (tests clone a migrated database from it). */
  dumpDataDir?: () => Promise<Blob>;
};

export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations', import.meta.url));

/**
 * PostgreSQL when a connection string is given, else embedded PGlite in the data directory.
 * Each driver is imported only when used, so the Netlify bundle never carries PGlite.
 */
export async function openDatabase(config: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  if (config.databaseUrl) return (await import('./postgres')).openPostgres(config.databaseUrl);
  const { openPglite } = await import('./pglite');
  return openPglite({ dataDir: `${config.dataDir}/pglite` });
}

/** Rows of a raw SQL query (catalog, EXPLAIN): both drivers answer `{ rows }`. */
export async function queryRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (result as { rows: T[] }).rows;
}

/**
 * A list as one Postgres array parameter (`${list}` alone would expand to `($1, $2)`): written as
 * an array literal, which node-postgres and PGlite pass alike.
 */
export function arrayParam(values: readonly string[], type: 'text' | 'uuid' = 'text'): SQL {
  const literal = `{${values.map((value) => `"${value.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
  return type === 'uuid' ? sql`${literal}::uuid[]` : sql`${literal}::text[]`;
}
