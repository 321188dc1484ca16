import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOnboarding, createJoinedClient, createTrainer } from '../../../../tests/factories/clients';
import { buildSet, builtInExerciseIds, scheduleOneOff, STAPLES } from '../../../../tests/factories/programs';
import type { Agent } from '../../../../tests/setup/agent';
import { createTestApp, type TestApp } from '../../../../tests/setup/test-app';
import { runAutomations } from '../automations/automations.service';
import { runDueJobs } from '../jobs/jobs.runner';
import { jobRegistry } from '../jobs/registry';

let t: TestApp;
let trainer: Agent;
let squat: string;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-12-07T09:00:00Z'));
  trainer = (await createTrainer(t.app)).agent;
  squat = (await builtInExerciseIds(t.db, STAPLES.slice(0, 1)))[0]!;
});
afterAll(() => t.close());

const at = (minutes: number) => new Date(Date.UTC(2026, 11, 7, 9, minutes)).toISOString();
const setBody = (exerciseId: string, setNumber: number, weight: number, reps: number, minutes: number, unit: 'kg' | 'lb' = 'kg') => ({
  exerciseId,
  position: 0,
  setNumber,
  weight,
  unit,
  reps,
  loggedAt: at(minutes),
});

describe('workout logging', () => {
  it('logs a scheduled workout: idempotent starts and sets, records, summary, the calendar entry done, the comment to the coach', async () => {
    const { client, agent } = await createJoinedClient(t.app, trainer);
    const entry = await scheduleOneOff(t.db, trainer, client.id, '2026-12-07', 'Lower body');
    await scheduleOneOff(t.db, trainer, client.id, '2026-12-06', 'Upper body'); // yesterday: missed
    await scheduleOneOff(t.db, trainer, client.id, '2026-12-09', 'Upper body'); // still ahead: not counted
    expect((await trainer.get(`/api/clients/${client.id}`)).body.compliance).toEqual({ d7: 0, d30: 0, d90: 0 });
    const sessionId = randomUUID();
    const started = await agent.put(`/api/me/sessions/${sessionId}`, { scheduledWorkoutId: entry.id, startedAt: at(0) });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ name: 'Lower body', status: 'in_progress', plan: { name: 'Lower body' } });
    expect((await agent.put(`/api/me/sessions/${sessionId}`, { scheduledWorkoutId: entry.id, startedAt: at(0) })).status).toBe(200);
    expect((await agent.get('/api/me/sessions/active')).body.session.id).toBe(sessionId);

    const first = randomUUID();
    await agent.put(`/api/me/sessions/${sessionId}/sets/${first}`, setBody(squat, 1, 100, 5, 5));
    // The same set synced again (offline retry): stored once.
    const again = await agent.put(`/api/me/sessions/${sessionId}/sets/${first}`, setBody(squat, 1, 100, 5, 5));
    expect(again.body).toMatchObject({ set: { id: first, weight: 100, weightKg: 100 }, records: [] });
    const heavier = await agent.put(`/api/me/sessions/${sessionId}/sets/${randomUUID()}`, setBody(squat, 2, 225, 5, 8, 'lb'));
    expect(heavier.body.set).toMatchObject({ weight: 225, unit: 'lb' });
    expect(heavier.body.set.weightKg).toBeCloseTo(102.06, 2);
    expect(heavier.body.records.map((r: { kind: string }) => r.kind).sort()).toEqual(['e1rm', 'heaviest', 'set_volume']);

    const detail = (await agent.get(`/api/sessions/${sessionId}`)).body;
    expect(detail.sets).toHaveLength(2);
    expect(detail.exercises.map((e: { id: string }) => e.id)).toContain(squat);

    t.clock.set(new Date(at(50)));
    const finished = await agent.post(`/api/me/sessions/${sessionId}/finish`, {
      finishedAt: at(45),
      rating: 4,
      comment: 'Squats felt strong',
    });
    expect(finished.body).toMatchObject({ status: 'completed', rating: 4 });
    expect(finished.body.summary).toMatchObject({ durationSeconds: 45 * 60, setsDone: 2, setsPlanned: 3 });
    expect(finished.body.summary.volumeKg).toBeCloseTo(500 + 510.3, 0);
    expect(finished.body.summary.records).toHaveLength(3);
    // Finishing twice answers the same, and sends the comment once.
    await agent.post(`/api/me/sessions/${sessionId}/finish`, { finishedAt: at(46) });
    const messages = (await trainer.get(`/api/clients/${client.id}/messages`)).body.items;
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      sender: 'client',
      body: 'Squats felt strong',
      subject: { type: 'workout_session', id: sessionId },
      subjectLabel: 'Mon 7 Dec — Lower body',
    });
    const calendar = (await trainer.get(`/api/clients/${client.id}/calendar?from=2026-12-07&to=2026-12-07`)).body;
    expect(JSON.stringify(calendar)).toContain('"status":"completed"');
    // One of the two workouts due so far is done.
    const listed = (await trainer.get('/api/clients?limit=100')).body.items.find((c: { id: string }) => c.id === client.id);
    expect(listed.compliance).toEqual({ d7: 50, d30: 50, d90: 50 });

    // The trainer comments on the workout: the client gets a "workout comment" notification.
    await trainer.post(`/api/clients/${client.id}/messages`, {
      body: 'Great depth today!',
      subject: { type: 'workout_session', id: sessionId },
    });
    const notes = (await agent.get('/api/notifications')).body.items;
    expect(notes[0]).toMatchObject({ type: 'workout_comment', title: expect.stringContaining('commented on Mon 7 Dec — Lower body') });

    // History, last time's numbers in the next session, records after a deletion.
    const history = (await trainer.get(`/api/clients/${client.id}/sessions`)).body.items;
    expect(history[0]).toMatchObject({ id: sessionId, setsDone: 2, recordCount: 3 });
    const next = randomUUID();
    await agent.put(`/api/me/sessions/${next}`, { name: 'Extra squats', startedAt: at(48) });
    await agent.put(`/api/me/sessions/${next}/sets/${randomUUID()}`, { ...setBody(squat, 1, 50, 5, 49) });
    const nextDetail = (await agent.get(`/api/sessions/${next}`)).body;
    expect(nextDetail.lastTime[squat].map((s: { setNumber: number }) => s.setNumber)).toEqual([1, 2]);
    const exerciseHistory = (await agent.get(`/api/clients/${client.id}/exercises/${squat}/history`)).body;
    expect(exerciseHistory.sets).toHaveLength(3);
    expect(exerciseHistory.records.find((r: { kind: string }) => r.kind === 'heaviest').value).toBeCloseTo(102.06, 2);
    await agent.delete(`/api/me/sessions/${sessionId}/sets/${heavier.body.set.id}`);
    const records = (await agent.get(`/api/clients/${client.id}/records`)).body.items;
    expect(records.find((r: { kind: string }) => r.kind === 'heaviest').value).toBe(100);
    expect((await agent.get(`/api/exercises/${squat}/alternatives`)).body.items.length).toBeGreaterThan(0);
    // A client with dumbbells only is offered no barbell or machine swaps.
    await agent.put('/api/me/onboarding', buildOnboarding({ equipment: ['dumbbells'] }));
    const swaps = (await agent.get(`/api/exercises/${squat}/alternatives`)).body.items as Array<{ equipment: string | null }>;
    expect(swaps.length).toBeGreaterThan(0);
    expect(swaps.every((e) => e.equipment === null || ['dumbbell', 'body only'].includes(e.equipment))).toBe(true);
    const trainerSwaps = (await trainer.get(`/api/exercises/${squat}/alternatives`)).body.items as Array<{ equipment: string | null }>;
    expect(trainerSwaps.some((e) => e.equipment === 'barbell' || e.equipment === 'machine')).toBe(true);
  });

  it('prepares the next session from the last one: load goes up once every set reached the top of the range', async () => {
    const { client, agent } = await createJoinedClient(t.app, trainer);
    const prescriptionId = randomUUID();
    const workout = (setsAt: number) => ({
      id: randomUUID(),
      week: 1,
      order: 1,
      name: 'Squat day',
      notes: '',
      blocks: [
        {
          id: randomUUID(),
          kind: 'single',
          section: 'main',
          rounds: 1,
          restSeconds: null,
          exercises: [
            {
              id: prescriptionId,
              exerciseId: squat,
              note: '',
              progression: { kind: 'load_at_top_of_range', increment: { value: 2.5, unit: 'kg' } },
              sets: [
                buildSet({ type: 'warmup', load: { kind: 'weight', value: 40, unit: 'kg' } }),
                ...[1, 2].map(() =>
                  buildSet({ target: { kind: 'reps', min: 6, max: 8 }, load: { kind: 'weight', value: setsAt, unit: 'kg' } }),
                ),
              ],
            },
          ],
        },
      ],
    });
    const first = (await trainer.post(`/api/clients/${client.id}/calendar`, { date: '2026-12-07', workout: workout(100) })).body;
    const second = (await trainer.post(`/api/clients/${client.id}/calendar`, { date: '2026-12-09', workout: workout(100) })).body;
    const one = randomUUID();
    await agent.put(`/api/me/sessions/${one}`, { scheduledWorkoutId: first.id, startedAt: at(0) });
    const log = (setNumber: number, weight: number, reps: number) =>
      agent.put(`/api/me/sessions/${one}/sets/${randomUUID()}`, { ...setBody(squat, setNumber, weight, reps, setNumber), prescriptionId });
    await log(1, 40, 5); // warm-up: its few reps do not hold progression back
    await log(2, 100, 8);
    await log(3, 100, 8);
    await agent.post(`/api/me/sessions/${one}/finish`, { finishedAt: at(30) });

    const two = randomUUID();
    const next = await agent.put(`/api/me/sessions/${two}`, { scheduledWorkoutId: second.id, startedAt: at(40) });
    const sets = next.body.plan.blocks[0].exercises[0].sets;
    expect(sets.map((set: { load: { value: number } }) => set.load.value)).toEqual([40, 102.5, 102.5]);
  });

  it('congratulates a personal record once, after the workout is finished, when the trainer turned it on', async () => {
    await trainer.put('/api/automations/personal_record', { enabled: true, template: 'PR on {exerciseName}: {record}!', params: {} });
    const { client, agent } = await createJoinedClient(t.app, trainer);
    t.clock.set(new Date(at(60)));
    const sessions = [randomUUID(), randomUUID()];
    for (const [index, id] of sessions.entries()) {
      await agent.put(`/api/me/sessions/${id}`, { name: `Day ${index + 1}`, startedAt: at(60 + index * 10) });
      await agent.put(`/api/me/sessions/${id}/sets/${randomUUID()}`, setBody(squat, 1, 100 + index * 10, 5, 61 + index * 10));
      await agent.post(`/api/me/sessions/${id}/finish`, { finishedAt: at(65 + index * 10) });
      t.clock.set(new Date(at(66 + index * 10)));
      await runDueJobs(t.jobDeps, { ...jobRegistry, schedules: [] }, 5_000);
    }
    await runAutomations(t.jobDeps);
    const automated = (await trainer.get(`/api/clients/${client.id}/messages`)).body.items.filter(
      (m: { automated: boolean }) => m.automated,
    );
    expect(automated.map((m: { body: string }) => m.body)).toEqual([`PR on ${'Barbell Squat'}: 110 kg heaviest lift!`]);
    await trainer.put('/api/automations/personal_record', { enabled: false, template: 'x', params: {} });
  });

  it('refuses bad input and other clients’ workouts, storing nothing', async () => {
    const a = await createJoinedClient(t.app, trainer);
    const b = await createJoinedClient(t.app, trainer);
    const sessionId = randomUUID();
    await a.agent.put(`/api/me/sessions/${sessionId}`, { name: 'Push', startedAt: at(0) });
    const path = `/api/me/sessions/${sessionId}/sets/${randomUUID()}`;
    const bad = async (body: object) => (await a.agent.put(path, { ...setBody(squat, 1, 50, 5, 1), ...body })).body.error.details.fields[0];
    expect(await bad({ weight: -5 })).toMatchObject({ path: 'weight', message: 'Load cannot be negative' });
    expect(await bad({ reps: 10_000 })).toMatchObject({ path: 'reps' });
    expect(await bad({ rpe: 11 })).toMatchObject({ path: 'rpe' });
    expect(await bad({ exerciseId: randomUUID() })).toMatchObject({ path: 'exerciseId' });
    // Client B cannot log into A's session, read it, or take over A's set id.
    expect((await b.agent.put(path, setBody(squat, 1, 50, 5, 1))).status).toBe(404);
    expect((await b.agent.get(`/api/sessions/${sessionId}`)).status).toBe(404);
    const mine = randomUUID();
    await a.agent.put(`/api/me/sessions/${sessionId}/sets/${mine}`, setBody(squat, 1, 60, 5, 2));
    const theirSession = randomUUID();
    await b.agent.put(`/api/me/sessions/${theirSession}`, { name: 'Mine', startedAt: at(0) });
    expect((await b.agent.put(`/api/me/sessions/${theirSession}/sets/${mine}`, setBody(squat, 1, 999, 5, 2))).status).toBe(404);
    expect((await b.agent.put(`/api/me/sessions/${sessionId}`, { name: 'Hijack', startedAt: at(0) })).status).toBe(404);
    expect((await a.agent.get(`/api/sessions/${sessionId}`)).body.sets).toHaveLength(1);
    expect((await a.agent.get(`/api/sessions/${sessionId}`)).body.sets[0].weight).toBe(60);
    expect((await b.agent.get(`/api/clients/${a.client.id}/sessions`)).status).toBe(404);
    expect((await a.agent.put(`/api/me/sessions/${randomUUID()}`, { name: 'Later', startedAt: '2027-01-01T00:00:00Z' })).status).toBe(400);
  });
});
