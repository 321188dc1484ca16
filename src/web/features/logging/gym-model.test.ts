import { describe, expect, it } from 'vitest';
import type { LoggedSet, SessionDetail } from '../../../shared/logging';
import type { Block, PrescribedSet } from '../../../shared/programs';
import type { OutboxOp } from '../../lib/outbox';
import { buildGymModel, doingOrder, mergeSets, nextUp, summarise } from './gym-model';
import { suggestedValues } from './set-values';
import type { SessionLayout } from './session-layout';

const SQUAT = '00000000-0000-4000-8000-000000000001';
const BENCH = '00000000-0000-4000-8000-000000000002';
const ROW = '00000000-0000-4000-8000-000000000003';
const CURL = '00000000-0000-4000-8000-000000000004';
const SESSION = 'aaaaaaaa-0000-4000-8000-000000000000';

const set = (over: Partial<PrescribedSet> = {}): PrescribedSet => ({
  id: `s${Math.random()}`,
  type: 'working',
  target: { kind: 'reps', min: 8, max: 12 },
  load: { kind: 'weight', value: 60, unit: 'kg' },
  effort: null,
  tempo: null,
  restSeconds: 120,
  note: '',
  ...over,
});

const blocks: Block[] = [
  {
    id: 'b1',
    kind: 'single',
    section: 'main',
    rounds: 1,
    restSeconds: null,
    exercises: [{ id: 'p-squat', exerciseId: SQUAT, sets: [set(), set(), set()], note: '', progression: null }],
  },
  {
    id: 'b2',
    kind: 'superset',
    section: 'main',
    rounds: 1,
    restSeconds: 90,
    exercises: [
      { id: 'p-bench', exerciseId: BENCH, sets: [set({ restSeconds: null }), set({ restSeconds: null })], note: '', progression: null },
      { id: 'p-row', exerciseId: ROW, sets: [set({ restSeconds: null }), set({ restSeconds: null })], note: '', progression: null },
    ],
  },
];

const logged = (over: Partial<LoggedSet>): LoggedSet => ({
  id: 'x',
  sessionId: SESSION,
  exerciseId: SQUAT,
  prescriptionId: 'p-squat',
  position: 0,
  setNumber: 1,
  weight: 60,
  unit: 'kg',
  weightKg: 60,
  reps: 10,
  durationSeconds: null,
  distanceMeters: null,
  rpe: null,
  notes: '',
  loggedAt: '2026-12-07T09:10:00.000Z',
  ...over,
});

const detail = (over: Partial<SessionDetail> = {}): SessionDetail => ({
  id: SESSION,
  clientId: 'c',
  scheduledWorkoutId: null,
  name: 'Upper',
  status: 'in_progress',
  plan: { id: 'w', week: 1, order: 1, name: 'Upper', notes: '', blocks },
  startedAt: '2026-12-07T09:00:00.000Z',
  finishedAt: null,
  rating: null,
  comment: '',
  notes: '',
  sets: [],
  summary: null,
  exercises: [],
  lastTime: {},
  ...over,
});

const layout = (over: Partial<SessionLayout> = {}): SessionLayout => ({
  swaps: {},
  added: [],
  skipped: [],
  setDelta: {},
  exercises: [],
  records: {},
  notes: '',
  rest: null,
  pastMinutes: null,
  ...over,
});

const op = (over: Partial<OutboxOp>): OutboxOp => ({
  id: 'op',
  method: 'PUT',
  path: '',
  kind: 'set',
  createdAt: '2026-12-07T09:20:00.000Z',
  ...over,
});
const setOp = (setId: string, body: object, createdAt = '2026-12-07T09:20:00.000Z'): OutboxOp =>
  op({ id: setId, path: `/api/me/sessions/${SESSION}/sets/${setId}`, body, createdAt });

describe('mergeSets', () => {
  it('applies waiting saves and deletes on top of the server’s sets, marking what has not synced', () => {
    const server = [logged({ id: 'a', setNumber: 1 }), logged({ id: 'b', setNumber: 2 })];
    const ops = [
      setOp('c', { exerciseId: SQUAT, position: 0, setNumber: 3, weight: 135, unit: 'lb', reps: 8, loggedAt: '2026-12-07T09:30:00.000Z' }),
      setOp('a', { exerciseId: SQUAT, position: 0, setNumber: 1, weight: 62.5, unit: 'kg', reps: 9, loggedAt: '2026-12-07T09:10:00.000Z' }),
      op({ id: 'b', method: 'DELETE', path: `/api/me/sessions/${SESSION}/sets/b` }),
    ];
    const merged = mergeSets(SESSION, server, ops);
    expect(merged.map((s) => [s.id, s.weight, s.reps, s.pending])).toEqual([
      ['a', 62.5, 9, true],
      ['c', 135, 8, true],
    ]);
    expect(merged.find((s) => s.id === 'c')?.weightKg).toBeCloseTo(61.235, 2);
  });
});

describe('buildGymModel', () => {
  it('labels blocks, groups a superset and rests only after its round', () => {
    const model = buildGymModel({ detail: detail(), ops: [], layout: layout(), exercises: new Map() });
    expect(model.slots.map((slot) => [slot.label, slot.position, slot.rows.length])).toEqual([
      ['A', 0, 3],
      ['B1', 1, 2],
      ['B2', 2, 2],
    ]);
    expect(model.groups.map((group) => group.kind)).toEqual(['single', 'superset']);
    expect(model.slots.map((slot) => slot.rows[0]!.restSeconds)).toEqual([120, null, 90]);
    expect(model.setsPlanned).toBe(7);
    // Through a superset round by round: B1 set 1, B2 set 1, B1 set 2…
    expect(doingOrder(model).map(({ row }) => row.key)).toEqual(['0:1', '0:2', '0:3', '1:1', '2:1', '1:2', '2:2']);
  });

  it('knows the next set, swaps, skips, added exercises and extra sets', () => {
    const model = buildGymModel({
      detail: detail({
        sets: [logged({ id: 'a' }), logged({ id: 'd', exerciseId: CURL, prescriptionId: null, position: 5, setNumber: 1 })],
      }),
      ops: [],
      layout: layout({ swaps: { 'p-bench': CURL }, skipped: ['p-row'], setDelta: { 'p-squat': 1 } }),
      exercises: new Map(),
    });
    const [squat, bench, row, added] = model.slots;
    expect(squat!.rows).toHaveLength(4);
    expect(bench!.exerciseId).toBe(CURL);
    expect(bench!.swappedFrom).toBe(BENCH);
    expect(row!.skipped).toBe(true);
    // Logged past the plan on another phone: it comes back as an added exercise, with its own rows.
    expect(added).toMatchObject({ key: 'added:5', position: 5, exerciseId: CURL, label: 'C' });
    expect(added!.rows.length).toBe(3);
    expect(nextUp(model)?.row.key).toBe('0:2');
    expect(nextUp(model, '0:4')?.row.key).toBe('1:1');
  });

  it('sums the finish numbers on the device the way the server does', () => {
    const model = buildGymModel({
      detail: detail({ sets: [logged({ id: 'a', weightKg: 60, reps: 10 }), logged({ id: 'b', setNumber: 2, weightKg: 62.5, reps: 8 })] }),
      ops: [],
      layout: layout(),
      exercises: new Map(),
    });
    expect(summarise(model, '2026-12-07T09:00:00.000Z', Date.parse('2026-12-07T09:45:00.000Z'))).toEqual({
      durationSeconds: 2700,
      volumeKg: 1100,
      setsDone: 2,
      setsPlanned: 7,
    });
  });
});

describe('suggestedValues', () => {
  it('offers the coach’s load in the client’s unit and last time’s reps when they fit today’s range', () => {
    const model = buildGymModel({
      detail: detail({
        lastTime: { [SQUAT]: [logged({ setNumber: 1, reps: 11, weight: 55, weightKg: 55 }), logged({ setNumber: 2, reps: 14 })] },
      }),
      ops: [],
      layout: layout(),
      exercises: new Map(),
    });
    const [first, second] = model.slots[0]!.rows;
    expect(suggestedValues(first!, 'kg')).toMatchObject({ weight: 60, reps: 11 });
    expect(suggestedValues(second!, 'kg')).toMatchObject({ weight: 60, reps: 8 });
    expect(suggestedValues(first!, 'lb').weight).toBe(132.5);
  });
});
