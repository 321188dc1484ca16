// `npm run seed:demo`: fills an EMPTY database with a demo trainer and 12 clients in varied,
// realistic states, through the same factories the tests use (so through the real API rules).
import { openDatabase } from '../src/server/db/client';
import { resolveAuthSecret } from '../src/server/features/auth/auth-secret';
import { createStorageFor } from '../src/server/features/uploads/storage';
import { findTrainer } from '../src/server/features/auth/auth.repo';
import { createMailer } from '../src/server/features/emails/mailer';
import { loadEnv } from '../src/server/lib/env';
import { createLogger } from '../src/server/lib/logger';
import { seedDemo } from '../tests/factories/seed-demo';

const env = loadEnv();
const database = await openDatabase({ databaseUrl: env.databaseUrl, dataDir: env.dataDir });
await database.migrate();
if (await findTrainer(database.db)) {
  console.error(
    'This database already has a trainer: seed:demo only fills an empty one. Try another data directory:\n' +
      '  DATA_DIR=./data-demo npm run seed:demo && DATA_DIR=./data-demo npm start',
  );
  await database.close();
  process.exit(1);
}
const { trainer, clients, programs } = await seedDemo({
  db: database.db,
  env,
  logger: createLogger('warn'),
  mailer: createMailer({ from: env.mailFrom }), // never email made-up people, even with SMTP set
  authSecret: resolveAuthSecret(env),
  storage: createStorageFor(env),
  hub: null,
});
console.log(`
Demo data is ready: ${clients} clients, ${programs} program templates (assigned to six clients).
  Trainer sign-in: ${trainer.email} / ${trainer.password}
  Every demo client's password: squat-day-every-day
Start the app with the same DATA_DIR/DATABASE_URL (npm start) and sign in at ${env.appUrl}/sign-in
`);
await database.close();
