// `npm run bench:messages`: live delivery under load on loopback. The real server (Hono on Node,
// embedded PGlite) with 200 open event streams (50 clients × 3 devices + 50 trainer tabs) while
// 20 messages a second are sent for a minute, half by clients and half by the trainer.
// Prints delivery latency (send → event on each stream) p50/p95/max, memory, and checks that every
// message reached every open stream of its conversation exactly once and no other stream.
// BENCH_SECONDS, BENCH_RATE, BENCH_CLIENTS shorten or scale it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from '../src/server/app';
import { openPglite } from '../src/server/db/pglite';
import { createMailer } from '../src/server/features/emails/mailer';
import { createHub } from '../src/server/features/realtime/hub';
import { createLocalStorage } from '../src/server/features/uploads/storage';
import { systemClock } from '../src/server/lib/clock';
import { parseEnv } from '../src/server/lib/env';
import { createLogger } from '../src/server/lib/logger';
import { createJoinedClient, createTrainer } from '../tests/factories/clients';
import type { Agent } from '../tests/setup/agent';
import { sseReader } from '../tests/setup/sse';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const RATE = Number(process.env.BENCH_RATE ?? 20);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const DEVICES_PER_CLIENT = 3;
const TRAINER_TABS = 50;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const memory = (label: string) => {
  const m = process.memoryUsage();
  console.log(`${label.padEnd(28)} rss ${mb(m.rss)} · heap used ${mb(m.heapUsed)}`);
  return m;
};

const database = openPglite();
await database.migrate();
const port = 39_000 + Math.floor(Math.random() * 1000);
const baseUrl = `http://127.0.0.1:${port}`;
const env = parseEnv({ NODE_ENV: 'test', APP_URL: baseUrl });
const hub = createHub();
const app = createApp({
  db: database.db,
  env,
  clock: systemClock,
  logger: createLogger('silent'),
  mailer: createMailer({ from: env.mailFrom }),
  authSecret: 'bench-secret-bench-secret-bench-secret-00',
  storage: createLocalStorage(mkdtempSync(join(tmpdir(), 'onecoach-bench-'))),
  hub,
});
const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' });
const http = { request: (input: string, init?: RequestInit) => fetch(input, init) };

console.log(`Setting up ${CLIENTS} clients (through the API)…`);
const trainer = (await createTrainer(http, {}, baseUrl)).agent;
const clients: Array<{ id: string; agent: Agent }> = [];
for (let i = 0; i < CLIENTS; i++) {
  const joined = await createJoinedClient(http, trainer, { baseUrl, onboarding: false });
  clients.push({ id: joined.client.id as string, agent: joined.agent });
}
const before = memory('before streams');

type Stream = { owner: string; seen: Map<string, number>; foreign: number };
const streams: Stream[] = [];
const sentAt = new Map<string, { at: number; clientId: string }>();
const latencies: number[] = [];
const early = new Map<string, number[]>(); // events that beat the POST's answer (id not known yet)
let stop = false;

async function listen(agent: Agent, owner: string) {
  const res = await agent.openStream('/api/events');
  if (res.status !== 200) throw new Error(`stream refused: ${res.status}`);
  const reader = sseReader(res);
  const stream: Stream = { owner, seen: new Map(), foreign: 0 };
  streams.push(stream);
  void (async () => {
    while (!stop) {
      const event = await reader.next(1000);
      if (!event || event.event !== 'message') continue;
      const arrived = performance.now();
      const { message } = JSON.parse(event.data) as { message: { id: string; clientId: string } };
      if (owner !== 'trainer' && message.clientId !== owner) stream.foreign += 1;
      stream.seen.set(message.id, (stream.seen.get(message.id) ?? 0) + 1);
      const sent = sentAt.get(message.id);
      if (sent) latencies.push(arrived - sent.at);
      else early.set(message.id, [...(early.get(message.id) ?? []), arrived]);
    }
    await reader.close();
  })();
}

for (const client of clients) for (let d = 0; d < DEVICES_PER_CLIENT; d++) await listen(client.agent, client.id);
for (let t = 0; t < TRAINER_TABS; t++) await listen(trainer, 'trainer');
console.log(`${streams.length} event streams open (server hub: ${hub.size()} subscribers)`);
const open = memory('with streams open');

console.log(`Sending ${RATE} messages/s for ${SECONDS} s…`);
const total = SECONDS * RATE;
const postMs: number[] = [];
let failed = 0;
const started = performance.now();
const inflight: Promise<void>[] = [];
for (let i = 0; i < total; i++) {
  const due = started + (i * 1000) / RATE;
  const wait = due - performance.now();
  if (wait > 0) await new Promise((done) => setTimeout(done, wait));
  const client = clients[i % clients.length]!;
  const byClient = i % 2 === 0;
  const sender = byClient ? client.agent : trainer;
  inflight.push(
    (async () => {
      const at = performance.now();
      const res = await sender.post(`/api/clients/${client.id}/messages`, { body: `Load message ${i}` });
      postMs.push(performance.now() - at);
      if (res.status !== 201) {
        failed += 1;
        return;
      }
      const id = res.body.id as string;
      sentAt.set(id, { at, clientId: client.id });
      for (const arrived of early.get(id) ?? []) latencies.push(arrived - at);
      early.delete(id);
    })(),
  );
}
await Promise.all(inflight);
const sendSeconds = (performance.now() - started) / 1000;
await new Promise((done) => setTimeout(done, 2000)); // let the last deliveries land
stop = true;
const during = memory('after sending');

// Exactly once, to exactly the right streams.
let missing = 0;
let duplicates = 0;
let foreign = 0;
for (const stream of streams) {
  foreign += stream.foreign;
  for (const [id, { clientId }] of sentAt) {
    const expected = stream.owner === 'trainer' || stream.owner === clientId;
    const count = stream.seen.get(id) ?? 0;
    if (expected && count === 0) missing += 1;
    if (count > 1) duplicates += 1;
    if (!expected && count > 0) foreign += 1;
  }
}
const expectedDeliveries = [...sentAt.values()].reduce(
  (sum, sent) => sum + TRAINER_TABS + (clients.some((c) => c.id === sent.clientId) ? DEVICES_PER_CLIENT : 0),
  0,
);

const pct = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};
console.log('');
console.log(`messages sent         ${sentAt.size} of ${total} in ${sendSeconds.toFixed(1)} s (${failed} failed)`);
console.log(`send (POST) latency   p50 ${pct(postMs, 0.5).toFixed(1)} ms · p95 ${pct(postMs, 0.95).toFixed(1)} ms`);
console.log(
  `delivery latency      p50 ${pct(latencies, 0.5).toFixed(1)} ms · p95 ${pct(latencies, 0.95).toFixed(1)} ms · max ${Math.max(...latencies).toFixed(1)} ms (n=${latencies.length})`,
);
console.log(
  `deliveries            ${latencies.length} of ${expectedDeliveries} expected · missing ${missing} · duplicated ${duplicates} · to a wrong stream ${foreign}`,
);
console.log(`memory growth         rss +${mb(during.rss - before.rss)} (streams alone +${mb(open.rss - before.rss)})`);
const ok = failed === 0 && missing === 0 && duplicates === 0 && foreign === 0 && latencies.length === expectedDeliveries;
console.log(ok ? 'OK: every message reached every open stream of its conversation exactly once.' : 'FAILED: see the counts above.');

server.close();
if ('closeAllConnections' in server) server.closeAllConnections();
await database.close();
process.exit(ok ? 0 : 1);
