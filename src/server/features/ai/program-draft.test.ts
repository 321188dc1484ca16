import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJoinedClient, createTrainer } from '../../../../tests/factories/clients';
import { startOpenAiStandIn, textOf, type ChatRequest } from '../../../../tests/stand-ins/openai';
import type { Agent } from '../../../../tests/setup/agent';
import { createTestApp, type TestApp } from '../../../../tests/setup/test-app';
import type { Program } from '../../../shared/programs';

/** Program drafts: structured output through the real SDK, library exercises only, retried once, never assigned. */
let openai: Awaited<ReturnType<typeof startOpenAiStandIn>>;
let t: TestApp;
let trainer: Agent;
let client: Agent;
let clientId = '';
beforeAll(async () => {
  openai = await startOpenAiStandIn();
  t = await createTestApp({ env: { OPENAI_BASE_URL: openai.url, OPENAI_API_KEY: openai.apiKey } });
  trainer = (await createTrainer(t.app)).agent;
  const joined = await createJoinedClient(t.app, trainer, {
    onboarding: { equipment: ['dumbbells'], injuries: 'Sore left knee: no jumping' },
  });
  [client, clientId] = [joined.agent, joined.client.id];
});
afterAll(async () => {
  await t.close();
  await openai.close();
});

/** The exercises the request offered (the model may only use these). */
const offered = (request: ChatRequest) =>
  (JSON.parse(textOf(request.messages[1]!.content)) as { exercises: { id: string; name: string; equipment: string | null }[] }).exercises;

const draftFrom = (ids: string[], workouts = 3) =>
  JSON.stringify({
    name: 'Dumbbell strength',
    description: 'Three full-body sessions.',
    workouts: Array.from({ length: workouts }, (_, i) => ({
      name: `Day ${String.fromCharCode(65 + i)}`,
      exercises: ids
        .slice(i, i + 3)
        .map((exerciseId) => ({ exerciseId, sets: 3, repsMin: 8, repsMax: 12, restSeconds: 90, note: 'Controlled tempo' })),
    })),
  });

describe('program drafts', () => {
  it('drafts from the client’s answers with library exercises only, saved for the trainer to edit', async () => {
    openai.reset();
    openai.respond((request) => ({ content: draftFrom(offered(request).map((exercise) => exercise.id)) }));
    const res = await trainer.post(`/api/clients/${clientId}/ai/program-draft`, {
      weeks: 4,
      workoutsPerWeek: 3,
      brief: 'Build strength, keep it short',
    });
    expect(res.status).toBe(201);
    const program = res.body as Program;
    expect(program.name).toMatch(/^Dumbbell strength — draft for /);
    expect(program.tags).toEqual(['ai-draft']);
    expect(program.content.weeks).toBe(4);
    expect(program.content.workouts).toHaveLength(12);
    expect(program.content.workouts[0]!.blocks[0]!.exercises[0]!.sets).toHaveLength(3);
    // What was asked: structured output, the client's equipment and limitations, dumbbell or body-weight exercises only.
    const request = openai.received[0]!;
    expect(request.response_format).toMatchObject({ type: 'json_schema', json_schema: { name: 'program_draft' } });
    expect(textOf(request.messages[1]!.content)).toContain('Sore left knee');
    expect(new Set(offered(request).map((exercise) => exercise.equipment))).toEqual(new Set(['dumbbell', 'body only']));
    // Not assigned: the client's calendar is empty.
    expect((await trainer.get(`/api/clients/${clientId}/programs`)).body.items ?? []).toEqual([]);
  });

  it('retries a draft naming an unknown exercise once, then reports it and saves nothing', async () => {
    openai.reset();
    let calls = 0;
    openai.respond((request) => {
      calls += 1;
      const ids = offered(request).map((exercise) => exercise.id);
      return { content: draftFrom(calls === 1 ? ['not-an-exercise', ...ids] : ids) };
    });
    const retried = await trainer.post(`/api/clients/${clientId}/ai/program-draft`, { weeks: 2, workoutsPerWeek: 3 });
    expect(retried.status).toBe(201);
    expect(textOf(openai.received[1]!.messages.at(-1)!.content)).toMatch(/"not-an-exercise" is not in the exercise list/);

    openai.reset();
    const before = (await trainer.get('/api/programs')).body.total as number;
    openai.respond(() => ({ content: draftFrom(['made-up-1', 'made-up-2', 'made-up-3', 'made-up-4', 'made-up-5']) }));
    const bad = await trainer.post(`/api/clients/${clientId}/ai/program-draft`, { weeks: 2, workoutsPerWeek: 3 });
    expect(bad.status).toBe(502);
    expect(bad.body.error.details.problems[0]).toMatch(/not in the exercise list/);
    expect(openai.received).toHaveLength(2);
    expect((await trainer.get('/api/programs')).body.total).toBe(before);
  });

  it('says so when the provider is down, and refuses clients and bad input', async () => {
    openai.reset();
    openai.failNext(2);
    const down = await trainer.post(`/api/clients/${clientId}/ai/program-draft`, {});
    expect([down.status, down.body.error.code]).toEqual([502, 'UPSTREAM_FAILED']);
    expect((await client.post(`/api/clients/${clientId}/ai/program-draft`, {})).status).toBe(403);
    const invalid = await trainer.post(`/api/clients/${clientId}/ai/program-draft`, { weeks: 40, workoutsPerWeek: 0 });
    expect(invalid.body.error.details.fields.map((f: { path: string }) => f.path).sort()).toEqual(['weeks', 'workoutsPerWeek']);
  });
});
