// Netlify applies the SQL files in netlify/database/migrations at deploy. They are drizzle-kit's
// migrations, copied byte for byte (a test fails if the two folders ever differ).
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const from = 'src/server/db/migrations';
const to = 'netlify/database/migrations';
mkdirSync(to, { recursive: true });
const sources = readdirSync(from).filter((name) => name.endsWith('.sql'));
for (const name of readdirSync(to)) if (name.endsWith('.sql') && !sources.includes(name)) rmSync(join(to, name));
for (const name of sources) copyFileSync(join(from, name), join(to, name));
console.log(`netlify/database/migrations: ${sources.length} migration(s) in sync`);
