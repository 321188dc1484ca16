import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJoinedClient, createTrainer } from '../../../../tests/factories/clients';
import type { Agent } from '../../../../tests/setup/agent';
import { createTestApp, type TestApp } from '../../../../tests/setup/test-app';

let t: TestApp;
let trainer: Agent;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-03-31T10:00:00Z'));
  trainer = (await createTrainer(t.app)).agent;
});
afterAll(() => t.close());

describe('body measurements', () => {
  it('saves a day of measurements as typed and in base units, corrects a day on re-entry, edits and deletes', async () => {
    const { client, agent } = await createJoinedClient(t.app, trainer);
    const path = `/api/clients/${client.id}/measurements`;
    const saved = await agent.post(path, {
      date: '2026-03-30',
      entries: [
        { metric: 'weight', value: 180, unit: 'lb' },
        { metric: 'waist', value: 32, unit: 'in' },
        { metric: 'body_fat', value: 18.5, unit: '%' },
      ],
    });
    expect(saved.status).toBe(201);
    const byMetric = Object.fromEntries(saved.body.items.map((m: { metric: string }) => [m.metric, m]));
    expect(byMetric.weight).toMatchObject({ value: 180, unit: 'lb' });
    expect(byMetric.weight.baseValue).toBeCloseTo(81.647, 2);
    expect(byMetric.waist.baseValue).toBeCloseTo(81.28, 2);

    await agent.post(path, { date: '2026-03-30', entries: [{ metric: 'weight', value: 179, unit: 'lb' }] });
    const weights = (await agent.get(`${path}?metric=weight`)).body.items;
    expect(weights).toHaveLength(1);
    expect(weights[0].value).toBe(179);

    const edited = await trainer.put(`/api/measurements/${byMetric.waist.id}`, { value: 81, unit: 'cm', date: '2026-03-29' });
    expect(edited.body).toMatchObject({ value: 81, unit: 'cm', date: '2026-03-29' });
    expect((await agent.delete(`/api/measurements/${byMetric.body_fat.id}`)).status).toBe(200);
    expect((await agent.get(path)).body.items.map((m: { metric: string }) => m.metric).sort()).toEqual(['waist', 'weight']);
  });

  it('refuses wrong units, implausible values, future days, unknown metrics, and other clients', async () => {
    const a = await createJoinedClient(t.app, trainer);
    const b = await createJoinedClient(t.app, trainer);
    const path = `/api/clients/${a.client.id}/measurements`;
    const field = async (entries: unknown[], date = '2026-03-30') =>
      (await a.agent.post(path, { date, entries })).body.error.details.fields[0];
    expect(await field([{ metric: 'weight', value: 80, unit: 'cm' }])).toMatchObject({ path: 'entries.0.unit' });
    expect(await field([{ metric: 'weight', value: 800, unit: 'kg' }])).toMatchObject({ path: 'entries.0.value' });
    expect(await field([{ metric: 'weight', value: -1, unit: 'kg' }])).toMatchObject({ path: 'entries.0.value' });
    expect(await field([{ metric: 'shoe_size', value: 42, unit: 'eu' }])).toMatchObject({ path: 'entries.0.metric' });
    expect(await field([{ metric: 'weight', value: 80, unit: 'kg' }], '2026-04-02')).toMatchObject({ path: 'date' });
    expect((await b.agent.post(path, { date: '2026-03-30', entries: [{ metric: 'weight', value: 80, unit: 'kg' }] })).status).toBe(404);
    const mine = (await a.agent.post(path, { date: '2026-03-30', entries: [{ metric: 'weight', value: 80, unit: 'kg' }] })).body.items[0];
    expect((await b.agent.delete(`/api/measurements/${mine.id}`)).status).toBe(404);
    expect((await a.agent.get(path)).body.items).toHaveLength(1);
  });

  it('tracks custom metrics the trainer defines', async () => {
    const { client, agent } = await createJoinedClient(t.app, trainer);
    const metric = (await trainer.post('/api/metrics', { name: 'Resting heart rate', unit: 'bpm', higherIsBetter: false })).body;
    expect((await agent.post('/api/metrics', { name: 'x', unit: 'y' })).status).toBe(403);
    expect((await agent.get('/api/metrics')).body.items.map((m: { id: string }) => m.id)).toContain(metric.id);
    const saved = await agent.post(`/api/clients/${client.id}/measurements`, {
      date: '2026-03-31',
      entries: [{ metric: metric.id, value: 58, unit: 'whatever' }],
    });
    expect(saved.body.items[0]).toMatchObject({ metric: metric.id, value: 58, unit: 'bpm' });
    await trainer.put(`/api/metrics/${metric.id}`, { name: 'Resting heart rate', unit: 'bpm', higherIsBetter: false, archived: true });
    expect((await agent.get('/api/metrics')).body.items.map((m: { id: string }) => m.id)).not.toContain(metric.id);
    expect((await trainer.get('/api/metrics')).body.items.find((m: { id: string }) => m.id === metric.id).archived).toBe(true);
  });

  it('charts a metric with its 7-day moving average, computed in SQL, within the range', async () => {
    const { client, agent } = await createJoinedClient(t.app, trainer);
    const path = `/api/clients/${client.id}/measurements`;
    // 80, 81, …, 89 kg on the ten days up to today (31 March).
    for (let i = 0; i < 10; i++) {
      const date = `2026-03-${String(22 + i).padStart(2, '0')}`;
      await agent.post(path, { date, entries: [{ metric: 'weight', value: 80 + i, unit: 'kg' }] });
    }
    const chart = (await agent.get(`/api/clients/${client.id}/charts/metric?metric=weight&range=all`)).body;
    expect(chart.unit).toBe('kg');
    expect(chart.points).toHaveLength(10);
    expect(chart.points[0]).toMatchObject({ date: '2026-03-22', value: 80, movingAverage: 80 });
    expect(chart.points[9]).toMatchObject({ date: '2026-03-31', value: 89, movingAverage: 86 }); // mean of 83…89
    const month = (await agent.get(`/api/clients/${client.id}/charts/metric?metric=weight&range=4w`)).body;
    expect(month.points).toHaveLength(10);
    expect((await agent.get(`/api/clients/${client.id}/charts/metric?metric=nope`)).body.error.details.fields[0].path).toBe('query.metric');
  });

  it('averages over calendar days: a gap in weigh-ins does not stretch the window, and a range still sees the days before it', async () => {
    const { client, agent } = await createJoinedClient(t.app, trainer);
    const path = `/api/clients/${client.id}/measurements`;
    // Across the clock change of 29 March (Europe): dates are calendar days, so nothing shifts.
    for (const [date, value] of [
      ['2026-03-01', 90],
      ['2026-03-02', 88],
      ['2026-03-08', 86],
      ['2026-03-20', 84],
      ['2026-03-28', 82],
      ['2026-03-30', 80],
    ] as const)
      await agent.post(path, { date, entries: [{ metric: 'weight', value, unit: 'kg' }] });
    const all = (await agent.get(`/api/clients/${client.id}/charts/metric?metric=weight&range=all`)).body.points;
    const average = Object.fromEntries(all.map((p: { date: string; movingAverage: number }) => [p.date, p.movingAverage]));
    expect(average['2026-03-08']).toBe(87); // 2 March is within 6 days before the 8th; 1 March is not
    expect(average['2026-03-20']).toBe(84); // 12 days after the last one: alone, not averaged with old days
    expect(average['2026-03-30']).toBe(81);
    // The 4-week range starts on 4 March but the 8th still averages with the 2nd, which lies outside it.
    const month = (await agent.get(`/api/clients/${client.id}/charts/metric?metric=weight&range=4w`)).body.points;
    expect(month.map((p: { date: string }) => p.date)).toEqual(['2026-03-08', '2026-03-20', '2026-03-28', '2026-03-30']);
    expect(month[0].movingAverage).toBe(87);
  });
});
