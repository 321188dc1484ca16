import { defineConfig } from 'drizzle-kit';

// `npm run db:generate` needs no database. `npm run db:studio` opens DATABASE_URL when set,
// otherwise the embedded database in DATA_DIR (stop `npm start` first: PGlite has one user).
const url = process.env.DATABASE_URL;

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/server/db/schema/index.ts',
  out: './src/server/db/migrations',
  casing: 'snake_case',
  ...(url ? { dbCredentials: { url } } : { driver: 'pglite', dbCredentials: { url: `${process.env.DATA_DIR ?? './data'}/pglite` } }),
});
