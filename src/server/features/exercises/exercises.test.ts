import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJoinedClient, createTrainer } from '../../../../tests/factories/clients';
import { buildCustomExercise, createCustomExercise, findExerciseId } from '../../../../tests/factories/exercises';
import type { Agent } from '../../../../tests/setup/agent';
import { createTestApp, type TestApp } from '../../../../tests/setup/test-app';
import type { Exercise } from '../../../shared/exercises';
import { DAY_MS } from '../../lib/clock';

let t: TestApp;
let trainer: Agent;
let client: Agent;
beforeAll(async () => {
  t = await createTestApp();
  trainer = (await createTrainer(t.app)).agent;
  client = (await createJoinedClient(t.app, trainer)).agent;
});
afterAll(() => t.close());

type Page = { items: Exercise[]; total: number; limit: number; offset: number };
const search = async (agent: Agent, query: string) => (await agent.get<Page>(`/api/exercises?${query}`)).body;
const names = (page: Page) => page.items.map((item) => item.name);
const fieldPaths = (res: { body: { error: { details: { fields: { path: string }[] } } } }) =>
  res.body.error.details.fields.map((field) => field.path).sort();
const auditOf = (id: string) => t.db.query.auditLog.findMany({ where: (row, { eq }) => eq(row.subjectId, id) });

describe('reading the library', () => {
  it('lists the 873 built-in exercises alphabetically, a page at a time', async () => {
    const first = await search(client, 'limit=5');
    expect(first.total).toBe(873);
    expect(names(first)).toEqual(['3/4 Sit-Up', '90/90 Hamstring', 'Ab Crunch Machine', 'Ab Roller', 'Adductor']);
    const next = await search(client, 'limit=5&offset=5');
    expect(next.items[0]!.name).toBe('Adductor/Groin');
    const pastTheEnd = await search(client, 'limit=5&offset=2000');
    expect(pastTheEnd).toMatchObject({ items: [], total: 873, offset: 2000 });
  });

  it('ranks what a trainer means first, where trigram similarity alone does not', async () => {
    expect(names(await search(trainer, 'q=db%20curl'))[0]).toBe('Dumbbell Bicep Curl');
    const bench = names(await search(trainer, 'q=bench%20press&limit=3'));
    expect(bench[0]).toBe('Barbell Bench Press - Medium Grip');
    expect(bench).not.toContain('Bent Press');
    expect(names(await search(client, 'q=benchpress'))[0]).toBe('Barbell Bench Press - Medium Grip');
    expect(names(await search(client, 'q=Deadlfit'))[0]).toBe('Barbell Deadlift');
    expect((await search(client, 'q=zzzzqqq')).total).toBe(0);
  });

  it('combines the query with muscle, equipment, level and category filters', async () => {
    const page = await search(trainer, 'q=curl&muscle=biceps&equipment=dumbbell&level=beginner&category=strength&limit=100');
    expect(page.total).toBeGreaterThan(5);
    expect(page.total).toBe(page.items.length);
    for (const item of page.items) {
      expect(item).toMatchObject({ equipment: 'dumbbell', level: 'beginner', category: 'strength' });
      expect(item.primaryMuscles).toContain('biceps');
      expect(item.name.toLowerCase()).toContain('curl');
    }
    expect(names(page)).toEqual(expect.arrayContaining(['Dumbbell Bicep Curl', 'Hammer Curls', 'Concentration Curls']));
    expect(names(page)).not.toContain('Barbell Curl');
  });

  it('matches the muscle as a main mover by default, or as any mover with muscleScope=any', async () => {
    const primary = await search(trainer, 'muscle=triceps&limit=100');
    const any = await search(trainer, 'muscle=triceps&muscleScope=any&limit=100');
    expect(primary.items.every((item) => item.primaryMuscles.includes('triceps'))).toBe(true);
    expect(any.total).toBeGreaterThan(primary.total);
    expect(any.items.some((item) => !item.primaryMuscles.includes('triceps') && item.secondaryMuscles.includes('triceps'))).toBe(true);
    const stretches = await search(trainer, 'category=stretching&equipment=foam%20roll');
    expect(stretches.total).toBeGreaterThan(0);
    expect(stretches.items.every((item) => item.category === 'stretching' && item.equipment === 'foam roll')).toBe(true);
  });

  it('reads one exercise; an unknown id is 404 and a malformed one 400', async () => {
    const id = await findExerciseId(client, 'Goblet Squat');
    const res = await client.get<Exercise>(`/api/exercises/${id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ sourceId: 'Goblet_Squat', isCustom: false, archived: false, equipment: 'kettlebells' });
    expect(res.body.instructions.length).toBeGreaterThan(0);
    expect((await client.get('/api/exercises/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const malformed = await client.get('/api/exercises/not-an-id');
    expect(malformed.status).toBe(400);
    expect(fieldPaths(malformed)).toEqual(['param.id']);
  });
});

describe("the trainer's own exercises", () => {
  it('creates one (isCustom, audited at clock time) that search finds', async () => {
    const res = await trainer.post<Exercise>('/api/exercises', {
      name: '  Landmine Meadows Row ',
      primaryMuscles: ['middle back', 'lats', 'middle back'],
      secondaryMuscles: ['lats', 'biceps'],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'Landmine Meadows Row',
      sourceId: null,
      alias: null,
      isCustom: true,
      archived: false,
      category: 'strength',
      level: null,
      primaryMuscles: ['middle back', 'lats'],
      secondaryMuscles: ['biceps'],
      cues: '',
      videoUrl: null,
    });
    expect(names(await search(client, 'q=meadows%20row'))[0]).toBe('Landmine Meadows Row');
    expect((await search(trainer, 'source=custom')).items.map((item) => item.id)).toContain(res.body.id);
    expect((await search(trainer, 'source=builtin&limit=1')).total).toBe(873);
    const [entry] = await auditOf(res.body.id);
    expect(entry).toMatchObject({ action: 'exercise.create', actorRole: 'trainer', subjectType: 'exercise' });
    expect(Math.abs(entry!.createdAt.getTime() - t.clock.now().getTime())).toBeLessThan(5000);
  });

  it('edits every field of its own exercise, and a partial edit leaves the rest alone', async () => {
    const mine = await createCustomExercise(trainer, { level: 'expert', cues: 'Slow negative' });
    const partial = await trainer.patch<Exercise>(`/api/exercises/${mine.id}`, { videoUrl: 'https://youtu.be/abc123' });
    expect(partial.status).toBe(200);
    expect(partial.body).toMatchObject({
      level: 'expert',
      cues: 'Slow negative',
      category: 'strength',
      videoUrl: 'https://youtu.be/abc123',
    });
    expect(partial.body.instructions).toEqual(mine.instructions);

    const full = await trainer.patch<Exercise>(`/api/exercises/${mine.id}`, {
      name: 'Half-Kneeling Landmine Press',
      category: 'strength',
      level: 'beginner',
      equipment: 'barbell',
      primaryMuscles: ['shoulders'],
      secondaryMuscles: ['shoulders', 'abdominals'],
      instructions: ['Kneel.', 'Press.'],
      cues: '',
    });
    expect(full.status).toBe(200);
    expect(full.body).toMatchObject({
      name: 'Half-Kneeling Landmine Press',
      level: 'beginner',
      secondaryMuscles: ['abdominals'],
      cues: '',
    });
    expect((await auditOf(mine.id)).map((entry) => entry.action)).toEqual(['exercise.create', 'exercise.update', 'exercise.update']);
  });
});

describe('customising a built-in exercise', () => {
  it('takes an alias, cues and a video; the alias is searchable', async () => {
    const id = await findExerciseId(trainer, 'Hyperextensions_Back_Extensions');
    const res = await trainer.patch<Exercise>(`/api/exercises/${id}`, {
      alias: '45° Back Raise',
      cues: 'Squeeze glutes at the top',
      videoUrl: 'https://www.youtube.com/watch?v=abc',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'Hyperextensions (Back Extensions)', alias: '45° Back Raise', isCustom: false });
    expect(names(await search(client, 'q=back%20raise'))[0]).toBe('Hyperextensions (Back Extensions)');
    expect(names(await search(client, 'q=45%20back%20raise'))[0]).toBe('Hyperextensions (Back Extensions)');

    const cleared = await trainer.patch<Exercise>(`/api/exercises/${id}`, { alias: null });
    expect(cleared.body).toMatchObject({ alias: null, cues: 'Squeeze glutes at the top' });
    expect(names(await search(client, 'q=45%20back%20raise'))).not.toContain('Hyperextensions (Back Extensions)');
  });

  it('refuses every shipped field, naming each, and changes nothing', async () => {
    const id = await findExerciseId(t, 'Barbell_Squat');
    const before = (await trainer.get<Exercise>(`/api/exercises/${id}`)).body;
    const res = await trainer.patch(`/api/exercises/${id}`, {
      name: 'Back Squat',
      primaryMuscles: ['glutes'],
      level: 'expert',
      cues: 'Brace',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(fieldPaths(res)).toEqual(['level', 'name', 'primaryMuscles']);
    expect((await trainer.get<Exercise>(`/api/exercises/${id}`)).body).toEqual(before);
    expect(await auditOf(id)).toEqual([]);
  });
});

describe('archiving', () => {
  it('hides an exercise from search but keeps it readable by the trainer, until restored', async () => {
    const mine = await createCustomExercise(trainer, { name: 'Zebra Carry Archive Test' });
    t.clock.advance(DAY_MS);
    const archived = await trainer.post<Exercise>(`/api/exercises/${mine.id}/archive`);
    expect(archived.status).toBe(200);
    expect(archived.body.archived).toBe(true);
    expect((await trainer.post(`/api/exercises/${mine.id}/archive`)).status).toBe(409);

    expect(names(await search(trainer, 'q=zebra%20carry'))).not.toContain(mine.name);
    expect(names(await search(trainer, 'q=zebra%20carry&archived=include'))).toContain(mine.name);
    expect(names(await search(trainer, 'archived=only'))).toEqual([mine.name]);
    expect((await trainer.get(`/api/exercises/${mine.id}`)).body.archived).toBe(true);

    // A client never sees it, whatever they ask for.
    expect((await client.get(`/api/exercises/${mine.id}`)).status).toBe(404);
    expect((await search(client, 'archived=only')).total).toBe(0);
    expect(names(await search(client, 'q=zebra%20carry&archived=include'))).not.toContain(mine.name);

    const restored = await trainer.post<Exercise>(`/api/exercises/${mine.id}/restore`);
    expect(restored.body.archived).toBe(false);
    expect((await trainer.post(`/api/exercises/${mine.id}/restore`)).status).toBe(409);
    expect(names(await search(client, 'q=zebra%20carry'))).toContain(mine.name);
    const actions = (await auditOf(mine.id)).map((entry) => entry.action);
    expect(actions).toEqual(['exercise.create', 'exercise.archive', 'exercise.restore']);
  });

  it('archives a built-in exercise too', async () => {
    const id = await findExerciseId(trainer, 'Bent Press');
    expect((await trainer.post(`/api/exercises/${id}/archive`)).status).toBe(200);
    expect(names(await search(trainer, 'q=bent%20press'))).not.toContain('Bent Press');
    expect((await trainer.post(`/api/exercises/${id}/restore`)).status).toBe(200);
  });
});

describe('clients read, never write', () => {
  it('answers 403 to every change a client tries', async () => {
    const id = await findExerciseId(client, 'Plank');
    expect((await client.post('/api/exercises', buildCustomExercise())).status).toBe(403);
    expect((await client.patch(`/api/exercises/${id}`, { cues: 'Mine now' })).status).toBe(403);
    expect((await client.post(`/api/exercises/${id}/archive`)).status).toBe(403);
    expect((await client.get<Exercise>(`/api/exercises/${id}`)).body.cues).toBe('');
  });
});

describe('bad input', () => {
  it('names the bad query parameter', async () => {
    const cases: [string, string][] = [
      ['muscle=wings', 'query.muscle'],
      ['equipment=spaceship', 'query.equipment'],
      ['limit=1000', 'query.limit'],
      [`q=${'a'.repeat(101)}`, 'query.q'],
      ['archived=maybe', 'query.archived'],
    ];
    for (const [query, path] of cases) {
      const res = await client.get(`/api/exercises?${query}`);
      expect(res.status, query).toBe(400);
      expect(fieldPaths(res), query).toEqual([path]);
    }
  });

  it('names each bad field of a new exercise', async () => {
    const huge = await trainer.post('/api/exercises', buildCustomExercise({ name: 'x'.repeat(10_000) }));
    expect(huge.status).toBe(400);
    expect(fieldPaths(huge)).toEqual(['name']);

    const res = await trainer.post('/api/exercises', {
      name: 'Bad\u0000Name',
      category: 'yoga',
      primaryMuscles: [],
      secondaryMuscles: ['wings'],
      videoUrl: 'javascript:alert(1)',
      instructions: [''],
    });
    expect(res.status).toBe(400);
    expect(fieldPaths(res)).toEqual(['category', 'instructions.0', 'name', 'primaryMuscles', 'secondaryMuscles.0', 'videoUrl']);
    expect((await trainer.patch('/api/exercises/00000000-0000-4000-8000-000000000000', { cues: 'x' })).status).toBe(404);
  });

  it('treats a query of only symbols as no query, and SQL-looking text as text', async () => {
    const everything = (await search(client, 'limit=1')).total;
    expect((await search(client, `q=${encodeURIComponent('%_*(')}`)).total).toBe(everything);
    const injection = await client.get(`/api/exercises?q=${encodeURIComponent("squat'); drop table exercises; --")}`);
    expect(injection.status).toBe(200);
    expect((await search(client, 'limit=1')).total).toBe(everything);
  });
});
