import { createApp, type AppDeps } from '../../src/server/app';
import { sendFormCheck } from './form-checks';
import { createTestClock, DAY_MS } from '../../src/server/lib/clock';
import { addDays, localDate, startOfWeek } from '../../src/server/features/programs/schedule-rules';
import type { Agent } from '../setup/agent';
import { createInvitedClient, createJoinedClient, createTrainer } from './clients';
import { DEMO_CLIENTS, DEMO_TRAINER } from './demo';
import { demoSourceIds, DEMO_TEMPLATES, templateContent } from './demo-programs';
import { builtInExerciseIds } from './programs';
import { seedNutritionHistory } from './nutrition-history';
import { seedProgressHistory, type HistoryOptions } from './progress-history';

/**
 * Builds the demo business through the real API, with the clock moved back so joins and last
 * activity spread over the past months. Used by `npm run seed:demo` and by its test.
 */
export async function seedDemo(deps: Omit<AppDeps, 'clock'>, now = Date.now()) {
  const clock = createTestClock(new Date(now - 120 * DAY_MS));
  const app = createApp({ ...deps, clock });
  const baseUrl = deps.env.appUrl;
  const trainer = await createTrainer(app, DEMO_TRAINER, baseUrl);
  const clientIds = new Map<string, string>();
  const agents = new Map<string, Agent>();
  for (const demo of DEMO_CLIENTS) {
    clock.set(new Date(now - demo.joinedDaysAgo * DAY_MS));
    const client = { name: demo.name, email: demo.email, tags: demo.tags, note: demo.note };
    let id: string;
    if (demo.state === 'invited' || demo.state === 'invitation-expired') {
      id = (await createInvitedClient(trainer.agent, client)).client.id;
    } else {
      const joined = await createJoinedClient(app, trainer.agent, {
        client,
        onboarding: demo.state === 'joined-not-onboarded' ? false : demo.onboarding,
        baseUrl,
      });
      id = joined.client.id;
      agents.set(demo.name, joined.agent);
      if (demo.lastActiveDaysAgo !== undefined) {
        clock.set(new Date(now - demo.lastActiveDaysAgo * DAY_MS));
        await joined.agent.get('/api/me/client');
      }
    }
    clientIds.set(demo.name, id);
    clock.set(new Date(now));
    if (demo.state === 'paused') await trainer.agent.post(`/api/clients/${id}/pause`, demo.pause);
    if (demo.state === 'archived') await trainer.agent.post(`/api/clients/${id}/archive`);
  }
  await trainer.agent.put('/api/settings', {
    businessName: 'Jordan Blake Coaching',
    timeZone: 'Europe/London',
    weekStartsOn: 1,
    units: 'kg',
  });
  const programs = await seedPrograms(deps.db, trainer.agent, clientIds, now);
  const workouts = await seedHistories(deps.db, agents, clientIds, now);
  // Two form-check videos: Liam's answered at a moment, Maya's waiting (it shows on needs-attention).
  const [squat, deadlift] = await builtInExerciseIds(deps.db, ['Barbell_Squat', 'Barbell_Deadlift']);
  for (const [name, exerciseId, note, comment] of [
    [
      "Liam O'Connor",
      squat!,
      'Is my depth OK on the last rep?',
      { body: 'Depth is great — keep the chest up as you drive out.', atMs: 1500 },
    ],
    ['Maya Thompson', deadlift!, 'Lower back felt rounded on this one', null],
  ] as const) {
    const agent = agents.get(name);
    const clientId = clientIds.get(name);
    if (agent && clientId)
      await sendFormCheck(deps.db, { client: agent, clientId, exerciseId, note, trainer: trainer.agent, ...(comment ? { comment } : {}) });
  }
  // Three weeks of food logs against targets for two of them.
  for (const [name, inputs] of [
    ['Maya Thompson', { sex: 'female', ageYears: 31, heightCm: 168, weightKg: 67, goal: { direction: 'cut', mode: 'kcal', amount: 300 } }],
    [
      "Liam O'Connor",
      { sex: 'male', ageYears: 38, heightCm: 183, weightKg: 91, goal: { direction: 'cut', mode: 'percent_bw', amount: 0.5 } },
    ],
  ] as const) {
    const agent = agents.get(name);
    const clientId = clientIds.get(name);
    const demo = DEMO_CLIENTS.find((candidate) => candidate.name === name)!;
    if (!agent || !clientId || !demo.onboarding) continue;
    const today = localDate(new Date(now), demo.onboarding.timeZone ?? 'UTC');
    clock.set(new Date(now - 22 * DAY_MS));
    await seedNutritionHistory({
      trainer: trainer.agent,
      client: agent,
      clientId,
      today,
      days: 21,
      inputs: { ...inputs, goal: { ...inputs.goal } },
      afterTargets: () => clock.set(new Date(now)),
      seed: name.length,
    });
    clock.set(new Date(now));
  }
  return { trainer: DEMO_TRAINER, clients: DEMO_CLIENTS.length, programs, workouts };
}

/** Weeks of weigh-ins, workouts, goals and photos for three of the gym-going clients. */
async function seedHistories(db: AppDeps['db'], agents: Map<string, Agent>, clientIds: Map<string, string>, now: number) {
  const exercises = (await builtInExerciseIds(db, [
    'Barbell_Squat',
    'Barbell_Bench_Press_-_Medium_Grip',
    'Seated_Cable_Rows',
    'Barbell_Deadlift',
    'Dumbbell_Bicep_Curl',
  ])) as [string, string, string, string, string];
  const people: Array<[string, { startKg: number; lossPerWeek: number; loads: HistoryOptions['loads']; seed: number }]> = [
    ['Maya Thompson', { startKg: 68, lossPerWeek: 0.08, loads: [70, 45, 40, 90, 10], seed: 11 }],
    ["Liam O'Connor", { startKg: 92, lossPerWeek: 0.45, loads: [100, 80, 65, 130, 16], seed: 23 }],
    ['Aisha Rahman', { startKg: 61, lossPerWeek: -0.12, loads: [50, 32.5, 35, 65, 8], seed: 37 }],
  ];
  let workouts = 0;
  for (const [name, person] of people) {
    const demo = DEMO_CLIENTS.find((candidate) => candidate.name === name)!;
    const agent = agents.get(name);
    const clientId = clientIds.get(name);
    if (!agent || !clientId || !demo.onboarding) continue;
    const result = await seedProgressHistory({
      client: agent,
      clientId,
      today: localDate(new Date(now), demo.onboarding.timeZone ?? 'UTC'),
      weeks: Math.min(12, Math.floor(demo.joinedDaysAgo / 7) - 1),
      units: demo.onboarding.units ?? 'kg',
      exercises,
      photos: true,
      ...person,
    });
    workouts += result.sessions;
  }
  return workouts;
}

/** The program library, and who follows what (started a couple of weeks ago, so calendars have history). */
async function seedPrograms(db: AppDeps['db'], trainer: Agent, clientIds: Map<string, string>, now: number) {
  const sourceIds = demoSourceIds();
  const ids = await builtInExerciseIds(db, sourceIds);
  const idOf = (sourceId: string) => ids[sourceIds.indexOf(sourceId)]!;
  const templates = new Map<string, string>();
  for (const template of DEMO_TEMPLATES) {
    const created = (
      await trainer.post('/api/programs', {
        name: template.name,
        description: template.description,
        tags: template.tags,
        weeks: template.weeks,
      })
    ).body;
    await trainer.put(`/api/programs/${created.id}`, {
      name: template.name,
      description: template.description,
      tags: template.tags,
      version: created.version,
      content: templateContent(template, idOf),
    });
    templates.set(template.name, created.id);
  }
  const thisMonday = startOfWeek(new Date(now).toISOString().slice(0, 10), 1);
  const assignments: [string, string[], number, number[]][] = [
    ['Strength Foundations', ['Maya Thompson', "Liam O'Connor"], -14, [1, 3, 5]],
    ['Home Dumbbell Full Body', ['Diego Fernández', 'Sofia Rossi'], -7, [2, 4, 6]],
    ['Hypertrophy Upper / Lower', ['Kenji Watanabe', 'Aisha Rahman'], 0, [1, 2, 4, 5]],
  ];
  for (const [name, clients, offset, weekdays] of assignments) {
    await trainer.post(`/api/programs/${templates.get(name)}/assign`, {
      clientIds: clients.map((client) => clientIds.get(client)),
      startDate: addDays(thisMonday, offset),
      weekdays,
    });
  }
  return templates.size;
}
