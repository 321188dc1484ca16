import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJoinedClient, createTrainer } from '../../../../tests/factories/clients';
import { buildContent, builtInExerciseIds, singleBlock, STAPLES, supersetBlock } from '../../../../tests/factories/programs';
import type { Agent } from '../../../../tests/setup/agent';
import { createTestApp, type TestApp } from '../../../../tests/setup/test-app';

let t: TestApp;
let trainer: Agent;
let ex: string[];
beforeAll(async () => {
  t = await createTestApp();
  trainer = (await createTrainer(t.app)).agent;
  ex = await builtInExerciseIds(t.db, STAPLES);
});
afterAll(() => t.close());

async function newTemplate(name = 'Strength Base', weeks = 2) {
  const created = await trainer.post('/api/programs', { name, weeks, tags: ['Strength'] });
  expect(created.status).toBe(201);
  return created.body;
}

async function save(program: { id: string; name: string; description: string; tags: string[]; version: number }, content: unknown) {
  return trainer.put(`/api/programs/${program.id}`, {
    name: program.name,
    description: program.description,
    tags: program.tags,
    version: program.version,
    content,
  });
}

describe('program templates', () => {
  it('creates a template, autosaves the whole program, and refuses a stale save', async () => {
    const program = await newTemplate();
    expect(program).toMatchObject({ weeks: 2, version: 1, clientId: null, tags: ['strength'] });
    expect(program.content.workouts).toHaveLength(1);

    const content = buildContent(ex, { weeks: 2, perWeek: 2 });
    content.workouts[0]!.blocks.push(supersetBlock([ex[4]!, ex[7]!]));
    const saved = await save(program, content);
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(2);
    expect((await trainer.get(`/api/programs/${program.id}`)).body.content).toEqual(saved.body.content);
    // The exercises it uses come along, so the builder names them without one request each.
    const used = new Set(content.workouts.flatMap((w) => w.blocks.flatMap((b) => b.exercises.map((e) => e.exerciseId))));
    expect(saved.body.exercises.map((e: { id: string }) => e.id).sort()).toEqual([...used].sort());
    expect(saved.body.exercises.find((e: { id: string }) => e.id === ex[1]).name).toBe('Barbell Bench Press - Medium Grip');

    const stale = await save(program, content); // still version 1
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.currentVersion).toBe(2);
  });

  it('names the exact problem in bad programs', async () => {
    const program = await newTemplate('Bad input');
    const content = buildContent(ex, { weeks: 1, perWeek: 1, exercisesPer: 1 });
    const first = content.workouts[0]!.blocks[0]!.exercises[0]!;

    const backwards = structuredClone(content);
    backwards.workouts[0]!.blocks[0]!.exercises[0]!.sets[1]!.target = { kind: 'reps', min: 12, max: 8 };
    const res1 = await save(program, backwards);
    expect(res1.status).toBe(400);
    expect(res1.body.error.details.fields).toContainEqual({
      path: 'content.workouts.0.blocks.0.exercises.0.sets.1.target.max',
      message: expect.stringMatching(/low to high/),
    });

    const tooMany = structuredClone(content);
    tooMany.workouts[0]!.blocks[0]!.exercises[0]!.sets = Array.from({ length: 500 }, () => first.sets[0]!);
    expect((await save(program, tooMany)).body.error.details.fields[0]).toMatchObject({
      path: 'content.workouts.0.blocks.0.exercises.0.sets',
      message: 'At most 20 sets',
    });

    const negative = structuredClone(content);
    (negative.workouts[0]!.blocks[0] as { rounds: number }).rounds = -3;
    expect((await save(program, negative)).body.error.details.fields[0].path).toBe('content.workouts.0.blocks.0.rounds');

    const unknown = structuredClone(content);
    unknown.workouts[0]!.blocks[0]!.exercises[0]!.exerciseId = '00000000-0000-4000-8000-000000000000';
    const res4 = await save(program, unknown);
    expect(res4.status).toBe(400);
    expect(res4.body.error.details.fields).toEqual([
      { path: 'content.workouts.0.blocks.0.exercises.0.exerciseId', message: 'This exercise is not in the library' },
    ]);

    const empty = structuredClone(content);
    empty.workouts[0]!.blocks[0]!.exercises = [];
    expect((await save(program, empty)).body.error.details.fields[0]).toMatchObject({
      path: 'content.workouts.0.blocks.0.exercises',
      message: 'A block needs an exercise',
    });

    const lonelySuperset = structuredClone(content);
    lonelySuperset.workouts[0]!.blocks[0]!.kind = 'superset';
    expect((await save(program, lonelySuperset)).body.error.details.fields[0].message).toBe('A superset needs at least two exercises');

    expect((await trainer.get(`/api/programs/${program.id}`)).body.version).toBe(1); // nothing bad was stored
  });

  it('lists, searches, tags, duplicates and archives templates', async () => {
    const hyper = await newTemplate('Hypertrophy 12', 12);
    const copy = await trainer.post(`/api/programs/${hyper.id}/duplicate`);
    expect(copy.status).toBe(201);
    expect(copy.body).toMatchObject({ name: 'Hypertrophy 12 (copy)', sourceProgramId: hyper.id, weeks: 12 });
    expect((await trainer.get('/api/programs?q=hypertrophy')).body.items.map((p: { name: string }) => p.name).sort()).toEqual([
      'Hypertrophy 12',
      'Hypertrophy 12 (copy)',
    ]);
    await trainer.post(`/api/programs/${copy.body.id}/archive`);
    expect((await trainer.get('/api/programs?q=hypertrophy')).body.total).toBe(1);
    expect((await trainer.get('/api/programs?archived=only')).body.items[0].id).toBe(copy.body.id);
    expect((await trainer.get('/api/programs?tag=strength')).body.total).toBeGreaterThan(1);
    await trainer.post(`/api/programs/${copy.body.id}/restore`);
    expect((await trainer.get('/api/programs?q=hypertrophy')).body.total).toBe(2);
  });
});

describe('assigning and the calendar', () => {
  it('gives each client their own copy on their weekdays, leaving the template untouched', async () => {
    const template = await newTemplate('Full Body 3x', 2);
    const content = buildContent(ex, { weeks: 2, perWeek: 3 });
    await save(template, content);
    const a = await createJoinedClient(t.app, trainer, { onboarding: { timeZone: 'America/Los_Angeles' } });
    const b = await createJoinedClient(t.app, trainer);

    const tooFewDays = await trainer.post(`/api/programs/${template.id}/assign`, {
      clientIds: [a.client.id],
      startDate: '2026-11-30',
      weekdays: [1, 3],
    });
    expect(tooFewDays.status).toBe(400);
    expect(tooFewDays.body.error.details.fields[0].path).toBe('weekdays');

    const res = await trainer.post(`/api/programs/${template.id}/assign`, {
      clientIds: [a.client.id, b.client.id],
      startDate: '2026-11-30',
      weekdays: [1, 3, 5],
    });
    expect(res.status).toBe(200);
    expect(res.body.assigned).toHaveLength(2);
    expect(res.body.assigned[0].scheduled).toBe(6);
    const copyId = res.body.assigned[0].programId;

    // The client's copy is theirs to change; the template and the other client's copy stay.
    const copy = (await trainer.get(`/api/programs/${copyId}`)).body;
    expect(copy).toMatchObject({ clientId: a.client.id, sourceProgramId: template.id });
    const renamed = structuredClone(copy.content);
    renamed.workouts[0].name = 'Lower body (Ana)';
    expect((await save(copy, renamed)).status).toBe(200);
    expect((await trainer.get(`/api/programs/${template.id}`)).body.content.workouts[0].name).toBe('Week 1 · Day 1');

    const calendar = await a.agent.get(`/api/clients/${a.client.id}/calendar?from=2026-11-23&to=2026-12-13`);
    expect(calendar.status).toBe(200);
    expect(calendar.body.items.map((i: { date: string; name: string }) => `${i.date} ${i.name}`)).toEqual([
      '2026-11-30 Lower body (Ana)',
      '2026-12-02 Week 1 · Day 2',
      '2026-12-04 Week 1 · Day 3',
      '2026-12-07 Week 2 · Day 1',
      '2026-12-09 Week 2 · Day 2',
      '2026-12-11 Week 2 · Day 3',
    ]);
    expect(calendar.body.items[0]).toMatchObject({
      status: expect.any(String),
      exerciseCount: 3,
      estimatedMinutes: expect.any(Number),
      programName: 'Full Body 3x',
    });
    expect(calendar.body.items[0].estimatedMinutes).toBeGreaterThan(10);
    expect((await a.agent.get(`/api/clients/${b.client.id}/calendar?from=2026-11-23&to=2026-12-13`)).status).toBe(404);
    expect((await a.agent.get(`/api/clients/${a.client.id}/programs`)).body.items.map((p: { id: string }) => p.id)).toEqual([copyId]);
    expect((await a.agent.get(`/api/programs/${template.id}`)).status).toBe(404);
  });

  it('moves, skips, customises one day, adds and removes workouts; shows missed ones', async () => {
    const template = await newTemplate('Calendar test', 1);
    await save(template, buildContent(ex, { weeks: 1, perWeek: 2 }));
    const { client, agent } = await createJoinedClient(t.app, trainer, { onboarding: { timeZone: 'Europe/Madrid' } });
    t.clock.set(new Date('2026-12-02T10:00:00Z')); // Wednesday
    await trainer.post(`/api/programs/${template.id}/assign`, { clientIds: [client.id], startDate: '2026-11-30', weekdays: [1, 4] });
    const range = `/api/clients/${client.id}/calendar?from=2026-11-30&to=2026-12-06`;
    const [monday, thursday] = (await trainer.get(range)).body.items;
    expect(monday).toMatchObject({ date: '2026-11-30', status: 'missed' });
    expect(thursday).toMatchObject({ date: '2026-12-03', status: 'scheduled' });

    // The client may not move workouts until the trainer allows it.
    const refused = await agent.patch(`/api/scheduled-workouts/${thursday.id}`, { date: '2026-12-05' });
    expect(refused.status).toBe(403);
    await trainer.patch(`/api/clients/${client.id}`, { canMoveWorkouts: true });
    const moved = await agent.patch(`/api/scheduled-workouts/${thursday.id}`, { date: '2026-12-05' });
    expect(moved.body).toMatchObject({ date: '2026-12-05', originalDate: '2026-12-03', status: 'scheduled' });
    expect((await agent.patch(`/api/scheduled-workouts/${thursday.id}`, { date: '2026-12-03' })).body.originalDate).toBeNull();
    await agent.patch(`/api/scheduled-workouts/${thursday.id}`, { date: '2026-12-05' });
    expect((await agent.patch(`/api/scheduled-workouts/${thursday.id}`, { status: 'skipped' })).status).toBe(403);

    const skipped = await trainer.patch(`/api/scheduled-workouts/${monday.id}`, { status: 'skipped' });
    expect(skipped.body.status).toBe('skipped');

    // Edit Saturday's workout only: the program keeps its version.
    const detail = (await trainer.get(`/api/scheduled-workouts/${thursday.id}`)).body;
    const edited = { ...detail.workout, name: 'Short session', blocks: detail.workout.blocks.slice(0, 1) };
    const customised = await trainer.put(`/api/scheduled-workouts/${thursday.id}/workout`, { workout: edited });
    expect(customised.body).toMatchObject({ name: 'Short session', customised: true, exerciseCount: 1 });
    const clientProgram = (await trainer.get(`/api/clients/${client.id}/programs`)).body.items[0];
    expect((await trainer.get(`/api/programs/${clientProgram.id}`)).body.content.workouts[1].blocks).toHaveLength(3);
    const reverted = await trainer.delete(`/api/scheduled-workouts/${thursday.id}/workout`);
    expect(reverted.body).toMatchObject({ customised: false, exerciseCount: 3 });

    // A one-off workout on Sunday, then removed.
    const oneOff = { id: 'one-off-1', week: 1, order: 1, name: 'Easy mobility', notes: '', blocks: [singleBlock(ex[5]!, 2)] };
    const added = await trainer.post(`/api/clients/${client.id}/calendar`, { date: '2026-12-06', workout: oneOff });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ name: 'Easy mobility', programId: null, date: '2026-12-06' });
    const badAdd = await trainer.post(`/api/clients/${client.id}/calendar`, { date: '2026-12-06', programId: template.id, workoutId: 'x' });
    expect(badAdd.status).toBe(400);
    expect((await trainer.delete(`/api/scheduled-workouts/${added.body.id}`)).status).toBe(200);
    expect((await trainer.get(range)).body.items.map((i: { date: string; status: string }) => `${i.date}:${i.status}`)).toEqual([
      '2026-11-30:skipped',
      '2026-12-05:scheduled',
    ]);

    // The client's Today: today and the week ahead, in their time zone.
    const schedule = await agent.get('/api/me/schedule');
    expect(schedule.body).toMatchObject({ today: '2026-12-02', clientCanMove: true });
    expect(schedule.body.items.map((i: { date: string }) => i.date)).toEqual(['2026-12-05']);
    t.clock.set(new Date());
  });

  it("follows the trainer's week start", async () => {
    const { client } = await createJoinedClient(t.app, trainer);
    expect((await trainer.get(`/api/clients/${client.id}/calendar?from=2026-11-01&to=2026-11-30`)).body.weekStartsOn).toBe(1);
    expect((await trainer.put('/api/settings', { weekStartsOn: 7 })).body.weekStartsOn).toBe(7);
    expect((await trainer.get(`/api/clients/${client.id}/calendar?from=2026-11-01&to=2026-11-30`)).body.weekStartsOn).toBe(7);
    expect((await trainer.get(`/api/clients/${client.id}/calendar?from=2026-11-01&to=2027-03-01`)).status).toBe(400);
  });
});
