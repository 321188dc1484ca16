import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalStorage } from '../src/server/features/uploads/storage';
// `npm run bench:programs`: how long saving a big program and assigning it take, in-process on
// embedded PGlite (HTTP routing, validation, auth and SQL included; no network).
// The program: 12 weeks × 4 workouts × 6 exercises × 4 sets = 1,152 sets.
import { performance } from 'node:perf_hooks';
import { createApp } from '../src/server/app';
import { openPglite } from '../src/server/db/pglite';
import { createMailer } from '../src/server/features/emails/mailer';
import { systemClock } from '../src/server/lib/clock';
import { parseEnv } from '../src/server/lib/env';
import { createLogger } from '../src/server/lib/logger';
import { createJoinedClient, createTrainer } from '../tests/factories/clients';
import { buildContent, builtInExerciseIds, STAPLES } from '../tests/factories/programs';

const RUNS = 15;
const database = openPglite();
await database.migrate();
const env = parseEnv({ NODE_ENV: 'test', APP_URL: 'http://localhost:3000' });
const app = createApp({
  db: database.db,
  env,
  clock: systemClock,
  logger: createLogger('silent'),
  mailer: createMailer({ from: env.mailFrom }),
  authSecret: 'bench-secret-bench-secret-bench-secret-00',
  storage: createLocalStorage(mkdtempSync(join(tmpdir(), 'onecoach-bench-'))),
  hub: null,
});
const trainer = (await createTrainer(app)).agent;
const exerciseIds = await builtInExerciseIds(database.db, STAPLES);
const content = buildContent(exerciseIds, { weeks: 12, perWeek: 4, exercisesPer: 6, setsPer: 4 });
const program = (await trainer.post('/api/programs', { name: 'Bench 12 weeks', weeks: 12 })).body;
const clients: string[] = [];
for (let i = 0; i < RUNS + 2; i++)
  clients.push((await createJoinedClient(app, trainer, { onboarding: { timeZone: 'Europe/Madrid' } })).client.id);

const time = async (run: () => Promise<{ status: number }>, ok: number) => {
  const started = performance.now();
  const res = await run();
  const ms = performance.now() - started;
  if (res.status !== ok) throw new Error(`unexpected status ${res.status}`);
  return ms;
};
const stats = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `median ${at(0.5).toFixed(1)} ms · p95 ${at(0.95).toFixed(1)} ms · min ${sorted[0]!.toFixed(1)} ms (n=${ms.length})`;
};

let version = program.version as number;
const saves: number[] = [];
const assigns: number[] = [];
// Two warm-up rounds (JIT, query plans), then measured runs.
for (let i = 0; i < RUNS + 2; i++) {
  const save = await time(async () => {
    const res = await trainer.put(`/api/programs/${program.id}`, { name: 'Bench 12 weeks', description: '', tags: [], version, content });
    version = res.body.version;
    return res;
  }, 200);
  const assign = await time(
    () => trainer.post(`/api/programs/${program.id}/assign`, { clientIds: [clients[i]], startDate: '2026-12-07', weekdays: [1, 2, 4, 5] }),
    200,
  );
  if (i >= 2) {
    saves.push(save);
    assigns.push(assign);
  }
}
const bytes = JSON.stringify(content).length;
console.log(
  `Program: 12 weeks × 4 workouts × 6 exercises × 4 sets (${(bytes / 1024).toFixed(0)} kB of JSON), PGlite in memory, Node ${process.version}`,
);
console.log(`save program (PUT /api/programs/:id):        ${stats(saves)}`);
console.log(`assign to a client (POST …/assign, 48 days):  ${stats(assigns)}`);
console.log(`target: each under 300 ms`);
await database.close();
