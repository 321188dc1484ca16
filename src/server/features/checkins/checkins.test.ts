import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOnboarding, createJoinedClient, createTrainer } from '../../../../tests/factories/clients';
import type { Agent } from '../../../../tests/setup/agent';
import { createTestApp, type TestApp } from '../../../../tests/setup/test-app';
import type { SaveFormInput } from '../../../shared/checkins';

let t: TestApp;
let trainer: Agent;
// Tuesday 31 March 2026, 10:00 UTC (London is on summer time since Sunday).
const NOW = new Date('2026-03-31T10:00:00Z');
beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(NOW);
  trainer = (await createTrainer(t.app)).agent;
});
afterAll(() => t.close());

const weeklyForm: SaveFormInput = {
  name: 'Weekly check-in',
  description: 'Sunday review of your week',
  questions: [
    { id: 'energy', type: 'scale_10', prompt: 'Energy this week?', lowLabel: 'Drained', highLabel: 'Buzzing', required: true },
    { id: 'wins', type: 'long_text', prompt: 'Wins and struggles', required: true },
    { id: 'sleep', type: 'number', prompt: 'Average sleep', unit: 'hours' },
    { id: 'diet', type: 'single_choice', prompt: 'Nutrition', options: ['On plan', 'Mostly', 'Off plan'] },
    { id: 'pain', type: 'yes_no', prompt: 'Any pain?' },
    { id: 'front', type: 'photo', prompt: 'Front photo', pose: 'front' },
    { id: 'body', type: 'body_metrics', prompt: 'Weigh-in', metrics: ['weight', 'waist'] },
  ],
};

async function onboardedClient(timeZone = 'Europe/London') {
  const joined = await createJoinedClient(t.app, trainer);
  await joined.agent.put('/api/me/onboarding', buildOnboarding({ timeZone, units: 'kg' }));
  return joined;
}

async function schedule(clientId: string | null, over: Record<string, unknown> = {}) {
  const form = await trainer.post('/api/checkin-forms', weeklyForm);
  expect(form.status).toBe(201);
  const res = await trainer.post('/api/checkin-schedules', {
    formId: form.body.id,
    clientId,
    kind: 'weekly',
    weekday: 7,
    startDate: '2026-03-01',
    graceHours: 48,
    ...over,
  });
  expect(res.status).toBe(201);
  return { form: form.body, schedule: res.body };
}

const jpeg = async () =>
  new Uint8Array(
    await sharp({ create: { width: 300, height: 400, channels: 3, background: '#aa8866' } })
      .jpeg()
      .toBuffer(),
  );

describe('check-in forms', () => {
  it('refuses a form with a choice question without choices, a duplicate id or no questions, naming each', async () => {
    const bad = await trainer.post('/api/checkin-forms', {
      name: 'Broken',
      questions: [
        { id: 'a', type: 'single_choice', prompt: 'Pick', options: ['Only one'] },
        { id: 'a', type: 'yes_no', prompt: 'Again' },
        { id: 'm', type: 'body_metrics', prompt: 'Numbers' },
      ],
    });
    expect(bad.status).toBe(400);
    const paths = bad.body.error.details.fields.map((f: { path: string }) => f.path).sort();
    expect(paths).toEqual(['questions.0.options', 'questions.1.id', 'questions.2.metrics']);
    expect((await trainer.post('/api/checkin-forms', { name: 'Empty', questions: [] })).body.error.details.fields[0].path).toBe(
      'questions',
    );
  });
});

describe('the coach reply time', () => {
  it("shows the previous week's answers beside this week's, and the coach's median reply time once there are enough", async () => {
    const { client, agent } = await onboardedClient();
    const { schedule: weekly } = await schedule(client.id, { kind: 'every_n_days', weekday: null, everyDays: 7, startDate: '2026-03-10' });
    const answer = (dueDate: string, energy: number) =>
      agent.post('/api/me/checkins', { scheduleId: weekly.id, dueDate, answers: { energy, wins: `Week of ${dueDate}` } });
    const first = await answer('2026-03-17', 5);
    expect(first.status).toBe(201);
    const second = await answer('2026-03-24', 8);
    expect(second.status).toBe(201);
    const detail = (await agent.get(`/api/checkins/${second.body.id}`)).body;
    expect(detail.previous.answers.find((a: { questionId: string }) => a.questionId === 'energy').value).toBe(5);
    expect((await agent.get('/api/me/checkins')).body.coachReplyHours).toBeNull(); // fewer than 3 reviews so far
    const third = await answer('2026-03-31', 9);
    // Reviewed 1, 2 and 10 hours after they were sent: the typical reply time is 2 hours.
    for (const [id, hours] of [
      [first.body.id, 1],
      [second.body.id, 2],
      [third.body.id, 10],
    ] as const) {
      t.clock.set(new Date(NOW.getTime() + hours * 3_600_000));
      expect((await trainer.post(`/api/checkins/${id}/review`, { reply: '' })).status).toBe(200);
    }
    t.clock.set(NOW);
    expect((await agent.get('/api/me/checkins')).body.coachReplyHours).toBe(2);
  });
});

describe('the check-in loop', () => {
  it('is due on the weekday, overdue after the grace period, sent with every answer checked, reviewed with a reply the client sees', async () => {
    const { client, agent } = await onboardedClient();
    const { form, schedule: weekly } = await schedule(client.id);
    expect((await trainer.get(`/api/checkin-forms/${form.id}`)).body.schedules).toBe(1);

    // Tuesday: Sunday's check-in (29 March) is past its 48-hour grace (London midnight + 48 h = 31 March 00:00 BST).
    let mine = (await agent.get('/api/me/checkins')).body;
    expect(mine.current).toHaveLength(1);
    expect(mine.current[0]).toMatchObject({ dueDate: '2026-03-29', state: 'overdue', formName: 'Weekly check-in', id: null });
    expect(mine.current[0].questions).toHaveLength(7);

    // Bad answers: each named by its question.
    const bad = await agent.post('/api/me/checkins', {
      scheduleId: weekly.id,
      dueDate: '2026-03-29',
      answers: { energy: 11, sleep: 'lots', diet: 'Pizza', pain: 'maybe', nope: 1 },
    });
    expect(bad.status).toBe(400);
    const paths = bad.body.error.details.fields.map((f: { path: string }) => f.path).sort();
    expect(paths).toEqual(['answers.diet', 'answers.energy', 'answers.nope', 'answers.pain', 'answers.sleep', 'answers.wins']);
    const notDue = await agent.post('/api/me/checkins', { scheduleId: weekly.id, dueDate: '2026-03-30', answers: {} });
    expect(notDue.body.error.details.fields[0].path).toBe('dueDate');
    const heavy = await agent.post('/api/me/checkins', {
      scheduleId: weekly.id,
      dueDate: '2026-03-29',
      answers: { energy: 7, wins: 'ok', body: { weight: { value: 900, unit: 'kg' } } },
    });
    expect(heavy.body.error.details.fields[0].path).toBe('answers.body.weight');

    // A photo answer is an upload of the client's own, made first.
    const upload = await agent.upload('/api/uploads', { file: new File([await jpeg()], 'front.jpg'), purpose: 'checkin' });
    expect(upload.status).toBe(201);
    const sent = await agent.post('/api/me/checkins', {
      scheduleId: weekly.id,
      dueDate: '2026-03-29',
      answers: {
        energy: 7,
        wins: '  Hit every session, slept badly on Thursday.  ',
        sleep: 6.5,
        diet: 'Mostly',
        pain: false,
        front: upload.body.id,
        body: { weight: { value: 81.4, unit: 'kg' }, waist: { value: 84, unit: 'cm' } },
      },
    });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ state: 'submitted', dueDate: '2026-03-29' });
    expect(sent.body.answers.find((a: { questionId: string }) => a.questionId === 'wins').value).toBe(
      'Hit every session, slept badly on Thursday.',
    );
    expect(
      (await agent.post('/api/me/checkins', { scheduleId: weekly.id, dueDate: '2026-03-29', answers: { energy: 5, wins: 'x' } })).status,
    ).toBe(409);

    // The body block landed in progress data, the posed photo among progress photos.
    const weights = (await agent.get(`/api/clients/${client.id}/measurements?metric=weight`)).body.items;
    expect(weights[0]).toMatchObject({ value: 81.4, date: '2026-03-31' });
    const photos = (await agent.get(`/api/clients/${client.id}/photos`)).body.items;
    expect(photos).toHaveLength(1);
    expect(photos[0].pose).toBe('front');

    // The trainer's inbox, oldest first, then the review with context and a reply.
    const queue = (await trainer.get('/api/checkins/review-queue')).body.items;
    const mineInQueue = queue.find((item: { id: string }) => item.id === sent.body.id);
    expect(mineInQueue).toMatchObject({ clientId: client.id, formName: 'Weekly check-in', waitingHours: 0 });
    const detail = (await trainer.get(`/api/checkins/${sent.body.id}`)).body;
    expect(detail.previous).toBeNull();
    expect(detail.context.weight.at(-1)).toMatchObject({ date: '2026-03-31', kg: 81.4 });
    const attention = (await trainer.get('/api/attention')).body.items;
    expect(
      attention.some((item: { rule: string; clientId: string }) => item.rule === 'checkin_waiting' && item.clientId === client.id),
    ).toBe(true);

    t.clock.set(new Date('2026-03-31T13:00:00Z'));
    try {
      const reviewed = await trainer.post(`/api/checkins/${sent.body.id}/review`, { reply: 'Great week! Let’s get that sleep up.' });
      expect(reviewed.status).toBe(200);
      expect(reviewed.body).toMatchObject({ state: 'reviewed', reply: { body: 'Great week! Let’s get that sleep up.' } });
      expect((await trainer.post(`/api/checkins/${sent.body.id}/review`, { reply: 'again' })).status).toBe(409);

      mine = (await agent.get('/api/me/checkins')).body;
      expect(mine.current[0]).toMatchObject({ state: 'reviewed', reply: { body: 'Great week! Let’s get that sleep up.' } });
      const messages = (await agent.get(`/api/clients/${client.id}/messages`)).body.items;
      expect(messages.at(-1)).toMatchObject({
        subject: { type: 'checkin', id: sent.body.id },
        subjectLabel: 'Sun 29 Mar — Weekly check-in',
      });
      const notes = (await agent.get('/api/notifications')).body.items;
      expect(
        notes.some((n: { type: string; link: string }) => n.type === 'checkin_reviewed' && n.link === `/checkins/${sent.body.id}`),
      ).toBe(true);
      expect((await trainer.get('/api/checkins/review-queue')).body.items.some((i: { id: string }) => i.id === sent.body.id)).toBe(false);
    } finally {
      t.clock.set(NOW);
    }
  });

  it('never shows one client another’s check-ins or answers', async () => {
    const a = await onboardedClient();
    const b = await onboardedClient();
    const { schedule: everyone } = await schedule(null, { kind: 'once', weekday: null, startDate: '2026-03-30' });
    const sent = await a.agent.post('/api/me/checkins', {
      scheduleId: everyone.id,
      dueDate: '2026-03-30',
      answers: { energy: 6, wins: 'private' },
    });
    expect(sent.status).toBe(201);
    expect((await b.agent.get(`/api/checkins/${sent.body.id}`)).status).toBe(404);
    expect((await b.agent.get(`/api/clients/${a.client.id}/checkins`)).status).toBe(404);
    const theirs = (await b.agent.get('/api/me/checkins')).body.current.find((c: { scheduleId: string }) => c.scheduleId === everyone.id);
    expect(theirs).toMatchObject({ state: 'due', id: null, answers: [] });
    // A's photo upload cannot be used in B's answers.
    const upload = await a.agent.upload('/api/uploads', { file: new File([await jpeg()], 'a.jpg'), purpose: 'checkin' });
    const { schedule: photoOnce } = await schedule(null, { kind: 'once', weekday: null, startDate: '2026-03-31' });
    const stolen = await b.agent.post('/api/me/checkins', {
      scheduleId: photoOnce.id,
      dueDate: '2026-03-31',
      answers: { energy: 5, wins: 'x', front: upload.body.id },
    });
    expect(stolen.status).toBe(400);
    expect(stolen.body.error.details.fields[0].path).toBe('answers.front');
  });
});

describe('due reminders', () => {
  it('tells the client on the due day once, not during their night, not once sent', async () => {
    const { client, agent } = await onboardedClient('Europe/London');
    const { schedule: weekly } = await schedule(client.id, { weekday: 2, startDate: '2026-03-01' }); // Tuesdays
    const { remindDueCheckins } = await import('./checkins.jobs');
    const dueNotes = async () =>
      (await agent.get('/api/notifications')).body.items.filter(
        (n: { type: string; link: string }) => n.type === 'checkin_due' && n.link.includes(weekly.id),
      );
    try {
      t.clock.set(new Date('2026-03-31T05:30:00Z')); // 06:30 in London: still night
      await remindDueCheckins(t.jobDeps);
      expect(await dueNotes()).toHaveLength(0);
      t.clock.set(new Date('2026-03-31T08:30:00Z'));
      await remindDueCheckins(t.jobDeps);
      await remindDueCheckins(t.jobDeps);
      const notes = await dueNotes();
      expect(notes).toHaveLength(1);
      expect(notes[0]).toMatchObject({ count: 1, link: `/checkins/fill/${weekly.id}/2026-03-31` });
      // Sent before the reminder ran: nothing to remind.
      const { schedule: daily } = await schedule(client.id, { kind: 'every_n_days', weekday: null, everyDays: 1, startDate: '2026-03-30' });
      expect(
        (await agent.post('/api/me/checkins', { scheduleId: daily.id, dueDate: '2026-03-31', answers: { energy: 6, wins: 'early' } }))
          .status,
      ).toBe(201);
      await remindDueCheckins(t.jobDeps);
      const all = (await agent.get('/api/notifications')).body.items as Array<{ type: string; link: string }>;
      expect(all.filter((n) => n.type === 'checkin_due' && n.link.includes(daily.id))).toHaveLength(0);
    } finally {
      t.clock.set(NOW);
    }
  });
});

describe('habits', () => {
  it('the trainer assigns, the client ticks and enters numbers; streaks and compliance for both', async () => {
    const { client, agent } = await onboardedClient();
    const mobility = await trainer.post(`/api/clients/${client.id}/habits`, {
      name: '10 minutes of mobility',
      kind: 'yes_no',
      startDate: '2026-03-25',
    });
    expect(mobility.status).toBe(201);
    const water = await trainer.post(`/api/clients/${client.id}/habits`, {
      name: 'Water',
      kind: 'numeric',
      target: 2.5,
      unit: 'l',
      startDate: '2026-03-25',
    });
    expect(
      (await trainer.post(`/api/clients/${client.id}/habits`, { name: 'Steps', kind: 'numeric', startDate: '2026-03-25' })).body.error
        .details.fields[0].path,
    ).toBe('target');

    for (const day of ['2026-03-28', '2026-03-29', '2026-03-30', '2026-03-31'])
      expect((await agent.put(`/api/me/habits/${mobility.body.id}/days/${day}`, { value: 1 })).status).toBe(200);
    await agent.put(`/api/me/habits/${water.body.id}/days/2026-03-30`, { value: 2 });
    const ticked = await agent.put(`/api/me/habits/${water.body.id}/days/2026-03-31`, { value: 3 });
    expect(ticked.body).toMatchObject({ current: 3, streak: 1 });

    const seen = (await trainer.get(`/api/clients/${client.id}/habits`)).body.items;
    const m = seen.find((h: { id: string }) => h.id === mobility.body.id);
    expect(m).toMatchObject({ streak: 4, current: 1 });
    expect(m.compliance7).toBe(57); // 4 of the 7 days since 25 March
    expect((await agent.put(`/api/me/habits/${mobility.body.id}/days/2026-04-01`, { value: 1 })).body.error.details.fields[0].path).toBe(
      'date',
    );
    const cleared = await agent.delete(`/api/me/habits/${mobility.body.id}/days/2026-03-31`);
    expect(cleared.body).toMatchObject({ streak: 3, current: null });

    const other = await onboardedClient();
    expect((await other.agent.put(`/api/me/habits/${mobility.body.id}/days/2026-03-31`, { value: 1 })).status).toBe(404);
    expect((await other.agent.get(`/api/clients/${client.id}/habits`)).status).toBe(404);
  });
});
