import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../src/server/db/client';
import { renderDatabaseDoc } from '../scripts/db-docs-lib';
import { openTestDatabase } from './setup/test-app';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

it('docs/DATABASE.md matches the migrated schema (run `npm run db:docs` after a schema change)', async () => {
  const expected = await renderDatabaseDoc(database.db);
  expect(readFileSync('docs/DATABASE.md', 'utf8')).toBe(expected);
});
