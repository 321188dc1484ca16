import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { epley1rm } from '../../../shared/logging';
import { createJoinedClient, createTrainer } from '../../../../tests/factories/clients';
import { builtInExerciseIds, scheduleOneOff } from '../../../../tests/factories/programs';
import type { Agent } from '../../../../tests/setup/agent';
import { createTestApp, type TestApp } from '../../../../tests/setup/test-app';
import { addDays, localDate, startOfWeek } from '../programs/schedule-rules';

let t: TestApp;
let trainer: Agent;
let squat: string;
let bench: string;
let plank: string;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-12-01T12:00:00Z'));
  trainer = (await createTrainer(t.app)).agent;
  [squat, bench, plank] = (await builtInExerciseIds(t.db, ['Barbell_Squat', 'Barbell_Bench_Press_-_Medium_Grip', 'Plank'])) as [
    string,
    string,
    string,
  ];
});
afterAll(() => t.close());

type LoggedSet = { exerciseId: string; weight?: number; unit?: 'kg' | 'lb'; reps?: number; durationSeconds?: number };

/** A workout logged through the API as the app does it: start, sets, finish (unless told not to). */
async function logWorkout(
  agent: Agent,
  startedAt: string,
  sets: LoggedSet[],
  options: { scheduledWorkoutId?: string; finish?: boolean } = {},
) {
  const id = randomUUID();
  const start = Date.parse(startedAt);
  const started = await agent.put(`/api/me/sessions/${id}`, {
    name: 'Workout',
    startedAt,
    scheduledWorkoutId: options.scheduledWorkoutId ?? null,
  });
  expect(started.status).toBe(201);
  for (const [index, set] of sets.entries()) {
    const saved = await agent.put(`/api/me/sessions/${id}/sets/${randomUUID()}`, {
      position: 0,
      setNumber: index + 1,
      ...set,
      loggedAt: new Date(start + (index + 1) * 60_000).toISOString(),
    });
    expect(saved.status).toBe(200);
  }
  if (options.finish !== false)
    expect((await agent.post(`/api/me/sessions/${id}/finish`, { finishedAt: new Date(start + 3_600_000).toISOString() })).status).toBe(200);
  return id;
}

/** The instant a wall-clock time ('2026-03-29T23:30') happens in a time zone. */
function atLocal(wallClock: string, timeZone: string): string {
  const offset = (instant: number) => {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      ...{ year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' },
    }).formatToParts(instant);
    const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
    return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute')) - instant;
  };
  const asUtc = Date.parse(`${wallClock}:00Z`);
  return new Date(asUtc - offset(asUtc - offset(asUtc))).toISOString();
}

const setWeekStart = async (weekStartsOn: 1 | 7) => expect((await trainer.put('/api/settings', { weekStartsOn })).status).toBe(200);
const e1rm = (load: number, reps: number) => Math.round(epley1rm(load, reps)! * 100) / 100;

describe('exercise chart', () => {
  it('gives e1RM, top set, volume per finished workout, with records against all earlier workouts (not only the range)', async () => {
    t.clock.set(new Date('2026-02-20T12:00:00Z'));
    await setWeekStart(1);
    const { client, agent } = await createJoinedClient(t.app, trainer); // Europe/Madrid
    const squats = (...sets: [number, number][]) => sets.map(([weight, reps]) => ({ exerciseId: squat, weight, reps }));
    const w1 = await logWorkout(agent, '2026-01-05T10:00:00Z', [
      ...squats([100, 5], [100, 5]),
      { exerciseId: bench, weight: 60, reps: 10 },
    ]);
    // An empty-bar warm-up (no load) and a plank are not charted.
    const w2 = await logWorkout(agent, '2026-01-12T10:00:00Z', [
      ...squats([0, 10], [105, 5], [110, 3]),
      { exerciseId: plank, durationSeconds: 60 },
    ]);
    const w3 = await logWorkout(agent, '2026-01-19T10:00:00Z', [
      ...squats([90, 8]),
      { exerciseId: squat, weight: 200, unit: 'lb', reps: 3 },
      { exerciseId: squat, weight: 200, unit: 'lb', reps: 4 },
    ]);
    const w4 = await logWorkout(agent, '2026-01-26T10:00:00Z', squats([100, 10], [110, 2]));
    const records = (await agent.get(`/api/clients/${client.id}/records`)).body.items as {
      exerciseId: string;
      kind: string;
      value: number;
    }[];
    const bestE1rm = records.find((r) => r.exerciseId === squat && r.kind === 'e1rm')!.value;
    await logWorkout(agent, '2026-01-28T10:00:00Z', squats([200, 1]), { finish: false });
    const w6 = await logWorkout(agent, '2026-02-02T10:00:00Z', squats([120, 15]));
    const w7 = await logWorkout(agent, '2026-02-09T10:00:00Z', squats([100, 10]));

    const path = `/api/clients/${client.id}/charts/exercise?exerciseId=${squat}`;
    const all = (await trainer.get(`${path}&range=all`)).body;
    expect(all.exerciseId).toBe(squat);
    const point = (sessionId: string, date: string, e1rmKg: number | null, top: [number, number], volumeKg: number, sets: number) => ({
      sessionId,
      date,
      e1rmKg,
      topSetKg: top[0],
      topSetReps: top[1],
      volumeKg,
      sets,
    });
    expect(all.points).toEqual([
      // The first workout is the baseline, not a record.
      { ...point(w1, '2026-01-05', 116.67, [100, 5], 1000, 2), e1rmRecord: false, topSetRecord: false },
      { ...point(w2, '2026-01-12', e1rm(105, 5), [110, 3], 855, 2), e1rmRecord: true, topSetRecord: true },
      // Lighter: 200 lb is 90.72 kg (the top set, its best reps), 90 × 8 the best e1RM.
      { ...point(w3, '2026-01-19', e1rm(90, 8), [90.72, 4], 1355.03, 3), e1rmRecord: false, topSetRecord: false },
      // A better e1RM; 110 kg only equals the earlier top set.
      { ...point(w4, '2026-01-26', e1rm(100, 10), [110, 2], 1220, 2), e1rmRecord: true, topSetRecord: false },
      // 15 reps: beyond Epley's 12, no e1RM (as personal records count it), but the heaviest top set yet.
      { ...point(w6, '2026-02-02', null, [120, 15], 1800, 1), e1rmRecord: false, topSetRecord: true },
      // Equalling the best e1RM is not beating it.
      { ...point(w7, '2026-02-09', e1rm(100, 10), [100, 10], 1000, 1), e1rmRecord: false, topSetRecord: false },
    ]);
    // The same number personal records gave for the best e1RM so far.
    expect(all.points[3].e1rmKg).toBe(bestE1rm);

    // Four weeks back from 20 February: from 26 January on, still records against the earlier workouts.
    const month = (await agent.get(`${path}&range=4w`)).body.points;
    expect(
      month.map((p: { sessionId: string; e1rmRecord: boolean; topSetRecord: boolean }) => [p.sessionId, p.e1rmRecord, p.topSetRecord]),
    ).toEqual([
      [w4, true, false],
      [w6, false, true],
      [w7, false, false],
    ]);
  });
});

describe('weekly volume', () => {
  it('counts hard sets and tonnage per week and first primary muscle, weeks without training as zero', async () => {
    t.clock.set(new Date('2026-02-20T12:00:00Z'));
    await setWeekStart(1);
    const { client, agent } = await createJoinedClient(t.app, trainer);
    await logWorkout(agent, '2026-01-05T10:00:00Z', [
      { exerciseId: squat, weight: 100, reps: 5 },
      { exerciseId: squat, weight: 100, reps: 5 },
      { exerciseId: bench, weight: 60, reps: 10 },
    ]);
    await logWorkout(agent, '2026-01-08T10:00:00Z', [
      { exerciseId: squat, weight: 0, reps: 10 },
      { exerciseId: squat, weight: 105, reps: 5 },
      { exerciseId: plank, durationSeconds: 60 },
      { exerciseId: plank }, // nothing entered: not a set
    ]);
    await logWorkout(agent, '2026-01-14T10:00:00Z', [{ exerciseId: squat, weight: 200, reps: 1 }], { finish: false });

    const chart = (await agent.get(`/api/clients/${client.id}/charts/volume`)).body; // 12 weeks
    expect(chart.weekStartsOn).toBe(1);
    expect(chart.weeks).toHaveLength(13); // 29 Nov (84 days back) is in the week of 24 Nov; this week begins 16 Feb
    expect(chart.weeks[0].week).toBe('2025-11-24');
    expect(chart.weeks.at(-1).week).toBe('2026-02-16');
    const byWeek = Object.fromEntries(chart.weeks.map((w: { week: string }) => [w.week, w]));
    expect(byWeek['2026-01-05']).toEqual({
      week: '2026-01-05',
      sets: 6,
      tonnageKg: 1000 + 600 + 525,
      muscles: [
        { muscle: 'quadriceps', sets: 4, tonnageKg: 1525 },
        { muscle: 'abdominals', sets: 1, tonnageKg: 0 },
        { muscle: 'chest', sets: 1, tonnageKg: 600 },
      ],
    });
    // The unfinished workout does not count.
    expect(byWeek['2026-01-12']).toEqual({ week: '2026-01-12', sets: 0, tonnageKg: 0, muscles: [] });

    const all = (await agent.get(`/api/clients/${client.id}/charts/volume?range=all`)).body.weeks;
    expect(all[0].week).toBe('2026-01-05');
    expect(all.map((w: { week: string }) => w.week)).toEqual(chart.weeks.slice(6).map((w: { week: string }) => w.week));
  });
});

describe('weeks and days across daylight-saving changes', () => {
  // Saturday, Sunday (the switch night) and Monday of each change in 2026.
  const weekends: [string, [string, string, string][]][] = [
    [
      'Europe/London',
      [
        ['2026-03-28', '2026-03-29', '2026-03-30'],
        ['2026-10-24', '2026-10-25', '2026-10-26'],
      ],
    ],
    [
      'America/New_York',
      [
        ['2026-03-07', '2026-03-08', '2026-03-09'],
        ['2026-10-31', '2026-11-01', '2026-11-02'],
      ],
    ],
  ];

  it.each(weekends)('puts 23:30 and 00:30 workouts in the client’s own day and week (%s)', async (timeZone, [spring, autumn]) => {
    t.clock.set(new Date('2026-11-20T12:00:00Z'));
    const { client, agent } = await createJoinedClient(t.app, trainer, { onboarding: { timeZone } });
    // Saturday 23:30, Sunday 00:30 and 23:30, Monday 00:30; each its own load, so a week's tonnage tells which are in it.
    const wallClocks = [spring!, autumn!].flatMap(([sat, sun, mon]) => [`${sat}T23:30`, `${sun}T00:30`, `${sun}T23:30`, `${mon}T00:30`]);
    const workouts = wallClocks.map((wallClock, i) => ({
      startedAt: atLocal(wallClock, timeZone),
      day: wallClock.slice(0, 10),
      load: 2 ** i,
    }));
    for (const w of workouts) {
      expect(localDate(new Date(w.startedAt), timeZone)).toBe(w.day);
      await logWorkout(agent, w.startedAt, [{ exerciseId: squat, weight: w.load, reps: 1 }]);
    }
    if (timeZone === 'Europe/London') expect(atLocal('2026-03-30T00:30', timeZone)).toBe('2026-03-29T23:30:00.000Z');

    const activity = (await agent.get(`/api/clients/${client.id}/charts/activity?range=all`)).body;
    const perDay = new Map<string, number>();
    for (const w of workouts) perDay.set(w.day, (perDay.get(w.day) ?? 0) + 1);
    expect(activity.days.map((d: { date: string; workouts: number }) => [d.date, d.workouts])).toEqual([...perDay]);

    const [sat1, sun1, mon1] = spring!;
    const [sat2, sun2, mon2] = autumn!;
    // A Sunday 23:30 workout is in that Sunday's week: the one it ends (Monday weeks) or starts (Sunday weeks).
    const literal = {
      1: [
        [addDays(sun1, -6), 1 + 2 + 4],
        [mon1, 8],
        [addDays(sun2, -6), 16 + 32 + 64],
        [mon2, 128],
      ],
      7: [
        [addDays(sat1, -6), 1],
        [sun1, 2 + 4 + 8],
        [addDays(sat2, -6), 16],
        [sun2, 32 + 64 + 128],
      ],
    };
    for (const weekStartsOn of [1, 7] as const) {
      await setWeekStart(weekStartsOn);
      const perWeek = new Map<string, { tonnage: number; count: number }>();
      for (const w of workouts) {
        const week = perWeek.get(startOfWeek(w.day, weekStartsOn)) ?? { tonnage: 0, count: 0 };
        perWeek.set(startOfWeek(w.day, weekStartsOn), { tonnage: week.tonnage + w.load, count: week.count + 1 });
      }
      const volume = (await agent.get(`/api/clients/${client.id}/charts/volume?range=all`)).body;
      expect(volume.weekStartsOn).toBe(weekStartsOn % 7);
      const trained = volume.weeks
        .filter((w: { tonnageKg: number }) => w.tonnageKg > 0)
        .map((w: { week: string; tonnageKg: number }) => [w.week, w.tonnageKg]);
      expect(trained).toEqual([...perWeek].map(([week, { tonnage }]) => [week, tonnage]));
      expect(trained).toEqual(literal[weekStartsOn]);
      for (const w of volume.weeks) expect(startOfWeek(w.week, weekStartsOn)).toBe(w.week);

      const adherence = (await agent.get(`/api/clients/${client.id}/charts/adherence?range=all`)).body.weeks;
      const extras = adherence.filter((w: { extra: number }) => w.extra > 0).map((w: { week: string; extra: number }) => [w.week, w.extra]);
      expect(extras).toEqual([...perWeek].map(([week, { count }]) => [week, count]));
    }
    await setWeekStart(1);
  });
});

describe('adherence', () => {
  it('counts scheduled, completed, skipped, missed and extra workouts per week; a pause and the days ahead are never missed', async () => {
    await setWeekStart(1);
    t.clock.set(new Date('2026-06-18T15:00:00Z')); // Thursday 18 June in New York
    const { client, agent } = await createJoinedClient(t.app, trainer, { onboarding: { timeZone: 'America/New_York' } });
    const on = async (date: string) => (await scheduleOneOff(t.db, trainer, client.id, date)).id;
    const done = await on('2026-06-01');
    const skipped = await on('2026-06-03');
    for (const date of ['2026-06-05', '2026-06-08', '2026-06-10', '2026-06-15', '2026-06-19']) await on(date);
    await logWorkout(agent, '2026-06-01T14:00:00Z', [{ exerciseId: squat, weight: 60, reps: 8 }], { scheduledWorkoutId: done });
    expect((await trainer.patch(`/api/scheduled-workouts/${skipped}`, { status: 'skipped' })).status).toBe(200);
    await logWorkout(agent, '2026-06-06T14:00:00Z', [{ exerciseId: squat, weight: 60, reps: 8 }]); // off the calendar
    await logWorkout(agent, '2026-06-07T14:00:00Z', [], { finish: false }); // never finished: not extra
    // Paused on 9 June (New York), still paused today.
    t.clock.set(new Date('2026-06-09T16:00:00Z'));
    expect((await trainer.post(`/api/clients/${client.id}/pause`, { reason: 'vacation' })).status).toBe(200);
    t.clock.set(new Date('2026-06-18T15:00:00Z'));

    const chart = (await trainer.get(`/api/clients/${client.id}/charts/adherence?range=4w`)).body;
    expect(chart.weekStartsOn).toBe(1);
    const zero = { scheduled: 0, completed: 0, skipped: 0, missed: 0, extra: 0 };
    expect(chart.weeks).toEqual([
      { week: '2026-05-18', ...zero },
      { week: '2026-05-25', ...zero },
      { week: '2026-06-01', scheduled: 3, completed: 1, skipped: 1, missed: 1, extra: 1 },
      { week: '2026-06-08', ...zero, scheduled: 2, missed: 1 }, // 8 June missed; 10 June in the pause
      { week: '2026-06-15', ...zero, scheduled: 2 }, // 15 June in the pause, 19 June ahead
    ]);
    // The calendar agrees on what was missed.
    const calendar = (await trainer.get(`/api/clients/${client.id}/calendar?from=2026-06-01&to=2026-06-08`)).body.items;
    expect(calendar.filter((i: { status: string }) => i.status === 'missed').map((i: { date: string }) => i.date)).toEqual([
      '2026-06-05',
      '2026-06-08',
    ]);
  });
});

describe('activity', () => {
  it('has one entry per client day with a finished workout, opening the day’s first workout', async () => {
    await setWeekStart(1);
    t.clock.set(new Date('2026-06-18T20:00:00Z')); // 18 June, 13:00 in Los Angeles
    const { client, agent } = await createJoinedClient(t.app, trainer, { onboarding: { timeZone: 'America/Los_Angeles' } });
    const evening = await logWorkout(agent, '2026-06-10T02:00:00Z', [
      { exerciseId: squat, weight: 100, reps: 5 },
      { exerciseId: squat, weight: 100, reps: 5 },
    ]); // 9 June, 19:00 local
    await logWorkout(agent, '2026-06-10T05:00:00Z', [
      { exerciseId: plank, durationSeconds: 60 },
      { exerciseId: bench, weight: 50, reps: 10 },
    ]); // 9 June, 22:00 local
    const morning = await logWorkout(agent, '2026-06-10T16:00:00Z', [{ exerciseId: squat, weight: 80, reps: 5 }]);
    await logWorkout(agent, '2026-06-12T16:00:00Z', [{ exerciseId: squat, weight: 80, reps: 5 }], { finish: false });
    const old = await logWorkout(agent, '2025-03-01T20:00:00Z', [{ exerciseId: squat, weight: 80, reps: 5 }]);

    const year = (await trainer.get(`/api/clients/${client.id}/charts/activity`)).body;
    expect(year).toEqual({
      from: '2025-06-19',
      to: '2026-06-18',
      weekStartsOn: 1,
      days: [
        { date: '2026-06-09', workouts: 2, sets: 4, volumeKg: 1500, sessionId: evening },
        { date: '2026-06-10', workouts: 1, sets: 1, volumeKg: 400, sessionId: morning },
      ],
    });
    expect((await agent.get(`/api/sessions/${evening}`)).body).toMatchObject({ id: evening, status: 'completed' });
    expect((await trainer.get(`/api/sessions/${evening}`)).status).toBe(200);
    const all = (await agent.get(`/api/clients/${client.id}/charts/activity?range=all`)).body;
    expect(all).toMatchObject({ from: '2025-03-01', to: '2026-06-18' });
    expect(all.days[0].sessionId).toBe(old);
    expect((await agent.get(`/api/clients/${client.id}/charts/activity?range=4w`)).body.from).toBe('2026-05-22');
  });
});

describe('chart requests', () => {
  it('names the bad field, and answers 404 for another client', async () => {
    const a = await createJoinedClient(t.app, trainer);
    const b = await createJoinedClient(t.app, trainer);
    const base = `/api/clients/${a.client.id}/charts`;
    const field = async (path: string) => {
      const res = await a.agent.get(path);
      expect(res.status).toBe(400);
      return res.body.error.details.fields.map((f: { path: string }) => f.path);
    };
    expect(await field(`${base}/exercise?exerciseId=squat`)).toEqual(['query.exerciseId']);
    expect(await field(`${base}/exercise`)).toEqual(['query.exerciseId']);
    expect(await field(`${base}/exercise?exerciseId=${randomUUID()}`)).toEqual(['query.exerciseId']);
    expect(await field(`${base}/exercise?exerciseId=${squat}&range=forever`)).toEqual(['query.range']);
    for (const chart of ['volume', 'adherence', 'activity']) expect(await field(`${base}/${chart}?range=2y`)).toEqual(['query.range']);
    for (const chart of [`exercise?exerciseId=${squat}`, 'volume', 'adherence', 'activity']) {
      const theirs = await b.agent.get(`${base}/${chart}`);
      expect(theirs.status).toBe(404);
      expect(theirs.body).toEqual((await b.agent.get(`/api/clients/${randomUUID()}/charts/${chart}`)).body);
      expect((await a.agent.get(`${base}/${chart}`)).status).toBe(200);
    }
  });
});
