// `npm run bench:logging`: 20 clients log 50 sets each, all at once, over HTTP against the real
// server (Hono on Node, embedded PGlite) on loopback. Prints latency p50/p95, throughput and
// errors, and checks that every set is stored exactly once (each set is also re-sent once, as an
// offline retry would). Target: p95 under 50 ms, zero errors. BENCH_CLIENTS and BENCH_SETS scale it.
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { count, eq } from 'drizzle-orm';
import { createApp } from '../src/server/app';
import { openPglite } from '../src/server/db/pglite';
import { setLogs } from '../src/server/db/schema';
import { createMailer } from '../src/server/features/emails/mailer';
import { createHub } from '../src/server/features/realtime/hub';
import { createLocalStorage } from '../src/server/features/uploads/storage';
import { systemClock } from '../src/server/lib/clock';
import { parseEnv } from '../src/server/lib/env';
import { createLogger } from '../src/server/lib/logger';
import { createJoinedClient, createTrainer } from '../tests/factories/clients';
import { builtInExerciseIds, STAPLES } from '../tests/factories/programs';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 20);
const SETS = Number(process.env.BENCH_SETS ?? 50);

const database = openPglite();
await database.migrate();
const port = 40_000 + Math.floor(Math.random() * 1000);
const baseUrl = `http://127.0.0.1:${port}`;
const env = parseEnv({ NODE_ENV: 'test', APP_URL: baseUrl });
const app = createApp({
  db: database.db,
  env,
  clock: systemClock,
  logger: createLogger('silent'),
  mailer: createMailer({ from: env.mailFrom }),
  authSecret: 'bench-secret-bench-secret-bench-secret-00',
  storage: createLocalStorage(mkdtempSync(join(tmpdir(), 'onecoach-bench-'))),
  hub: createHub(),
});
const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' });
const http = { request: (input: string, init?: RequestInit) => fetch(input, init) };

console.log(`Setting up ${CLIENTS} clients (through the API)…`);
const trainer = (await createTrainer(http, {}, baseUrl)).agent;
const exerciseIds = await builtInExerciseIds(database.db, STAPLES);
const clients = [];
for (let i = 0; i < CLIENTS; i++) {
  const { agent } = await createJoinedClient(http, trainer, { baseUrl, onboarding: false });
  const sessionId = randomUUID();
  const started = await agent.put(`/api/me/sessions/${sessionId}`, { name: 'Bench workout', startedAt: new Date().toISOString() });
  if (started.status !== 201) throw new Error(`could not start: ${started.status}`);
  clients.push({ agent, sessionId });
}

const latencies: number[] = [];
let errors = 0;
const expected = new Set<string>();
console.log(`Logging ${SETS} sets per client, ${CLIENTS} clients at once (plus one re-send of each set)…`);
const started = performance.now();
await Promise.all(
  clients.map(async ({ agent, sessionId }) => {
    for (let n = 0; n < SETS; n++) {
      const id = randomUUID();
      expected.add(id);
      const body = {
        exerciseId: exerciseIds[n % exerciseIds.length],
        position: n % exerciseIds.length,
        setNumber: Math.floor(n / exerciseIds.length) + 1,
        weight: 40 + (n % 10) * 2.5,
        unit: n % 2 ? 'lb' : 'kg',
        reps: 5 + (n % 6),
        rpe: 8,
        loggedAt: new Date().toISOString(),
      };
      for (let attempt = 0; attempt < 2; attempt++) {
        const at = performance.now();
        const res = await agent.put(`/api/me/sessions/${sessionId}/sets/${id}`, body);
        latencies.push(performance.now() - at);
        if (res.status !== 200) errors += 1;
      }
    }
  }),
);
const seconds = (performance.now() - started) / 1000;

const [stored] = await database.db.select({ n: count() }).from(setLogs);
let perSession = 0;
for (const { sessionId } of clients) {
  const [row] = await database.db.select({ n: count() }).from(setLogs).where(eq(setLogs.sessionId, sessionId));
  if (row?.n === SETS) perSession += 1;
}
const sorted = [...latencies].sort((a, b) => a - b);
const pct = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
console.log('');
console.log(`requests        ${latencies.length} in ${seconds.toFixed(1)} s → ${(latencies.length / seconds).toFixed(0)} sets/s`);
console.log(
  `latency         p50 ${pct(0.5).toFixed(1)} ms · p95 ${pct(0.95).toFixed(1)} ms · max ${sorted[sorted.length - 1]!.toFixed(1)} ms`,
);
console.log(`errors          ${errors}`);
console.log(
  `stored          ${stored?.n ?? 0} sets for ${expected.size} distinct ids · sessions with exactly ${SETS}: ${perSession}/${CLIENTS}`,
);
const ok = errors === 0 && stored?.n === expected.size && perSession === CLIENTS;
console.log(ok ? 'OK: every set stored exactly once.' : 'FAILED: see the counts above.');
server.close();
await database.close();
process.exit(ok ? 0 : 1);
