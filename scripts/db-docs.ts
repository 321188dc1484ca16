// `npm run db:docs`: regenerate docs/DATABASE.md from a freshly migrated in-memory database.
import { writeFileSync } from 'node:fs';
import { openPglite } from '../src/server/db/pglite';
import { renderDatabaseDoc } from './db-docs-lib';

const database = openPglite();
await database.migrate();
writeFileSync('docs/DATABASE.md', await renderDatabaseDoc(database.db));
await database.close();
console.log('docs/DATABASE.md written');
