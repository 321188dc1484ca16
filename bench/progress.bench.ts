// `npm run bench:progress`: 500 clients × 2 years of daily weigh-ins and 3 workouts a week
// (5 exercises × 3 sets each, a schedule they mostly kept) seeded with SQL (generate_series), then
// every chart endpoint is asked for random clients over HTTP against the real server (Hono on
// Node, embedded PGlite, trainer's session) on loopback. Prints median and p95 per endpoint.
// Target: p95 under 100 ms. BENCH_CLIENTS, BENCH_REQUESTS scale it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { sql } from 'drizzle-orm';
import { createApp } from '../src/server/app';
import { queryRows } from '../src/server/db/client';
import { openPglite } from '../src/server/db/pglite';
import { createMailer } from '../src/server/features/emails/mailer';
import { createHub } from '../src/server/features/realtime/hub';
import { createLocalStorage } from '../src/server/features/uploads/storage';
import { createTestClock } from '../src/server/lib/clock';
import { parseEnv } from '../src/server/lib/env';
import { createLogger } from '../src/server/lib/logger';
import { createTrainer } from '../tests/factories/clients';
import { builtInExerciseIds, STAPLES } from '../tests/factories/programs';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 500);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const DAYS = 730;
const TODAY = '2026-11-25';

const database = openPglite();
await database.migrate();
const clock = createTestClock();
clock.set(new Date(`${TODAY}T12:00:00Z`));
const port = 40_000 + Math.floor(Math.random() * 1000);
const baseUrl = `http://127.0.0.1:${port}`;
const env = parseEnv({ NODE_ENV: 'test', APP_URL: baseUrl });
const app = createApp({
  db: database.db,
  env,
  clock,
  logger: createLogger('silent'),
  mailer: createMailer({ from: env.mailFrom }),
  authSecret: 'bench-secret-bench-secret-bench-secret-00',
  storage: createLocalStorage(mkdtempSync(join(tmpdir(), 'onecoach-bench-'))),
  hub: createHub(),
});
const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' });
const http = { request: (input: string, init?: RequestInit) => fetch(input, init) };
const trainer = (await createTrainer(http, {}, baseUrl)).agent;
const exerciseIds = await builtInExerciseIds(database.db, STAPLES.slice(0, 5));
const db = database.db;

const timed = async (label: string, work: () => Promise<unknown>) => {
  const at = performance.now();
  await work();
  console.log(`  ${label.padEnd(44)} ${((performance.now() - at) / 1000).toFixed(1)} s`);
};

console.log(`Seeding ${CLIENTS} clients × 2 years (SQL, generate_series)…`);
await timed('clients', () =>
  db.execute(sql`insert into client_profiles (name, email, status, time_zone, units)
    select 'Bench client ' || n, 'bench' || n || '@example.com', 'active',
           (array['Europe/London', 'America/New_York', 'Australia/Sydney', 'UTC'])[1 + n % 4], 'kg'
      from generate_series(1, ${CLIENTS}) n`),
);
await timed('daily weights', () =>
  db.execute(sql`insert into body_measurements (client_id, metric, value, unit, base_value, date)
    select c.id, 'weight', w, 'kg', w, ${TODAY}::date - d::int
      from client_profiles c, generate_series(0, ${DAYS - 1}::int) d,
           lateral (select round((85 - d * -0.01 + sin(d / 9.0) * 0.8)::numeric, 1) as w) v`),
);
await timed('scheduled workouts (Mon/Wed/Fri)', () =>
  db.execute(sql`insert into scheduled_workouts (client_id, date, status, completed_at)
    select c.id, day,
           case when day >= ${TODAY}::date then 'scheduled' when random() < 0.85 then 'completed' else 'scheduled' end,
           null
      from client_profiles c,
           generate_series((${TODAY}::date - ${DAYS}::int)::timestamp, (${TODAY}::date + 14)::timestamp, interval '1 day') as g(day_ts),
           lateral (select g.day_ts::date as day) dd
     where extract(isodow from day) in (1, 3, 5)`),
);
await timed('workout sessions (the completed ones)', () =>
  db.execute(sql`insert into workout_sessions (id, client_id, scheduled_workout_id, name, status, started_at, finished_at)
    select gen_random_uuid(), s.client_id, s.id, 'Full body', 'completed',
           (s.date + time '07:30') at time zone 'UTC', (s.date + time '08:30') at time zone 'UTC'
      from scheduled_workouts s where s.status = 'completed'`),
);
await timed('sets (5 exercises × 3 sets per workout)', () =>
  db.execute(sql`insert into set_logs (id, session_id, client_id, exercise_id, position, set_number, weight, unit, weight_kg, reps, logged_at)
    select gen_random_uuid(), w.id, w.client_id, (${sql.raw(`array[${exerciseIds.map((id) => `'${id}'::uuid`).join(',')}]`)})[e],
           e - 1, k, load, 'kg', load, 5 + k, w.started_at + (e * 10 + k) * interval '1 minute'
      from workout_sessions w, generate_series(1, 5) e, generate_series(1, 3) k,
           lateral (select round((40 + e * 10 + extract(epoch from w.started_at - (timestamp '2024-11-25')) / 86400 * 0.05)::numeric / 2.5) * 2.5 as load) l`),
);
await timed('analyze', () => db.execute(sql`analyze`));
const counts = await queryRows<{ clients: number; weights: number; sessions: number; sets: number }>(
  db,
  sql`select (select count(*) from client_profiles)::int as clients, (select count(*) from body_measurements)::int as weights,
             (select count(*) from workout_sessions)::int as sessions, (select count(*) from set_logs)::int as sets`,
);
console.log(`  seeded: ${JSON.stringify(counts[0])}`);

const clientIds = (await queryRows<{ id: string }>(db, sql`select id from client_profiles`)).map((row) => row.id);
// Each client gets a weight goal and a lift goal, so the goals endpoint has work to do.
await db.execute(sql`insert into goals (client_id, kind, metric, start_value, target_value, unit, start_date)
  select id, 'weight', 'weight', 90, 75, 'kg', ${TODAY}::date - 200 from client_profiles`);
await db.execute(sql`insert into goals (client_id, kind, exercise_id, start_value, target_value, unit, start_date)
  select id, 'lift', ${exerciseIds[0]}::uuid, 80, 400, 'kg', ${TODAY}::date - 200 from client_profiles`);

const pick = () => clientIds[Math.floor(Math.random() * clientIds.length)]!;
const endpoints: Array<[string, (id: string) => string]> = [
  ['weight chart, 12 weeks', (id) => `/api/clients/${id}/charts/metric?metric=weight&range=12w`],
  ['weight chart, 1 year', (id) => `/api/clients/${id}/charts/metric?metric=weight&range=1y`],
  ['weight chart, all (2 years)', (id) => `/api/clients/${id}/charts/metric?metric=weight&range=all`],
  ['exercise e1RM/top set, 1 year', (id) => `/api/clients/${id}/charts/exercise?exerciseId=${exerciseIds[0]}&range=1y`],
  ['exercise e1RM/top set, all', (id) => `/api/clients/${id}/charts/exercise?exerciseId=${exerciseIds[0]}&range=all`],
  ['weekly volume by muscle, 12 weeks', (id) => `/api/clients/${id}/charts/volume?range=12w`],
  ['weekly volume by muscle, all', (id) => `/api/clients/${id}/charts/volume?range=all`],
  ['completed vs scheduled, 6 months', (id) => `/api/clients/${id}/charts/adherence?range=6m`],
  ['completed vs scheduled, all', (id) => `/api/clients/${id}/charts/adherence?range=all`],
  ['activity heat-map, 1 year', (id) => `/api/clients/${id}/charts/activity?range=1y`],
  ['goals (current values, progress)', (id) => `/api/clients/${id}/goals`],
  ['badges and streak', (id) => `/api/clients/${id}/achievements`],
];

console.log(`\n${REQUESTS} requests per endpoint, random clients, one at a time (PGlite has one connection):`);
console.log(`  ${'endpoint'.padEnd(36)} ${'median'.padStart(9)} ${'p95'.padStart(9)} ${'max'.padStart(9)}  status`);
let worstP95 = 0;
let failures = 0;
for (const [label, path] of endpoints) {
  for (let i = 0; i < 5; i++) await trainer.get(path(pick())); // warm-up
  const latencies: number[] = [];
  const statuses = new Set<number>();
  for (let i = 0; i < REQUESTS; i++) {
    const at = performance.now();
    const res = await trainer.get(path(pick()));
    latencies.push(performance.now() - at);
    statuses.add(res.status);
    if (res.status !== 200) failures += 1;
  }
  latencies.sort((a, b) => a - b);
  const pct = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  worstP95 = Math.max(worstP95, pct(0.95));
  console.log(
    `  ${label.padEnd(36)} ${pct(0.5).toFixed(1).padStart(6)} ms ${pct(0.95).toFixed(1).padStart(6)} ms ${latencies.at(-1)!.toFixed(1).padStart(6)} ms  ${[...statuses].join(',')}`,
  );
}
const ok = failures === 0 && worstP95 < 100;
console.log(`\nworst p95 ${worstP95.toFixed(1)} ms (target < 100 ms) · non-200 answers: ${failures}`);
console.log(ok ? 'OK' : 'FAILED: see above.');
server.close();
await database.close();
process.exit(ok ? 0 : 1);
