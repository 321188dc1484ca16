import { describe, expect, it } from 'vitest';
import type { LoggedSet, PersonalRecord } from '../../../shared/logging';
import type { Block, PrescribedSet, Workout } from '../../../shared/programs';
import { compareSession } from './session-compare';

const SQUAT = '00000000-0000-4000-8000-000000000001';
const BENCH = '00000000-0000-4000-8000-000000000002';
const ROW = '00000000-0000-4000-8000-000000000003';
const CURL = '00000000-0000-4000-8000-000000000004';
const DIP = '00000000-0000-4000-8000-000000000005';

const prescribed = (id: string, over: Partial<PrescribedSet> = {}): PrescribedSet => ({
  id,
  type: 'working',
  target: { kind: 'reps', min: 8, max: 12 },
  load: { kind: 'weight', value: 60, unit: 'kg' },
  effort: null,
  tempo: null,
  restSeconds: 120,
  note: '',
  ...over,
});

let sequence = 0;
const logged = (over: Partial<LoggedSet>): LoggedSet => ({
  id: `set-${++sequence}`,
  sessionId: 'session',
  exerciseId: SQUAT,
  prescriptionId: null,
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
  loggedAt: `2026-12-07T10:${String(sequence).padStart(2, '0')}:00Z`,
  ...over,
});

const blocks: Block[] = [
  {
    id: 'b1',
    kind: 'single',
    section: 'main',
    rounds: 1,
    restSeconds: null,
    exercises: [
      {
        id: 'p-squat',
        exerciseId: SQUAT,
        sets: [prescribed('s1'), prescribed('s2'), prescribed('s3')],
        note: 'Chest up',
        progression: null,
      },
    ],
  },
  {
    id: 'b2',
    kind: 'circuit',
    section: 'main',
    rounds: 2,
    restSeconds: 60,
    exercises: [
      { id: 'p-bench', exerciseId: BENCH, sets: [prescribed('s4')], note: '', progression: null },
      { id: 'p-row', exerciseId: ROW, sets: [prescribed('s5', { target: { kind: 'time', seconds: 60 } })], note: '', progression: null },
    ],
  },
];
const plan: Workout = { id: 'w', week: 1, order: 1, name: 'Full body', notes: '', blocks };

describe('compareSession', () => {
  it('puts each logged set beside the set the plan asked for, marking what fell short, what was missed and the records', () => {
    const heavy = logged({ prescriptionId: 'p-squat', setNumber: 2, weight: 100, weightKg: 100, reps: 6 });
    const record: PersonalRecord = {
      exerciseId: SQUAT,
      kind: 'heaviest',
      value: 100,
      loadKg: null,
      setId: heavy.id,
      sessionId: 'session',
      achievedAt: heavy.loggedAt,
    };
    const sets = [
      logged({ prescriptionId: 'p-squat', setNumber: 1 }),
      heavy,
      logged({
        prescriptionId: 'p-row',
        exerciseId: ROW,
        position: 2,
        setNumber: 1,
        weight: null,
        weightKg: null,
        reps: null,
        durationSeconds: 45,
      }),
      logged({
        prescriptionId: 'p-row',
        exerciseId: ROW,
        position: 2,
        setNumber: 2,
        weight: null,
        weightKg: null,
        reps: null,
        durationSeconds: 60,
      }),
    ];
    const summary = { durationSeconds: 3000, volumeKg: 1200, setsDone: 4, setsPlanned: 7, records: [record] };
    const [squat, bench, row] = compareSession({ plan, sets, summary });

    expect(squat!.label).toBe('A');
    expect(squat!.note).toBe('Chest up');
    expect(squat!.rows.map((r) => [r.setNumber, r.logged?.reps ?? null, r.short])).toEqual([
      [1, 10, false],
      [2, 6, true],
      [3, null, false],
    ]);
    expect(squat!.rows[1]!.records).toEqual([record]);
    expect(squat!.rows[2]!.prescribed?.id).toBe('s3');

    // A circuit of 2 rounds asks for each exercise twice.
    expect(bench!.label).toBe('B1');
    expect(bench!.rows).toHaveLength(2);
    expect(bench!.rows.every((r) => r.logged === null)).toBe(true);
    expect(row!.label).toBe('B2');
    expect(row!.rows.map((r) => r.short)).toEqual([true, false]);
  });

  it('shows a swap as the exercise done, and exercises added in the gym after the plan', () => {
    const sets = [
      logged({ prescriptionId: 'p-bench', exerciseId: DIP, position: 1, setNumber: 1 }),
      logged({ exerciseId: CURL, position: 3, setNumber: 1, weight: 12, weightKg: 12 }),
      logged({ exerciseId: CURL, position: 3, setNumber: 2, weight: 12, weightKg: 12 }),
      logged({ exerciseId: CURL, position: 3, setNumber: 2, weight: 14, weightKg: 14 }),
    ];
    const out = compareSession({ plan, sets, summary: null });
    const bench = out.find((entry) => entry.key === 'p-bench')!;
    expect(bench.exerciseId).toBe(DIP);
    expect(bench.swappedFrom).toBe(BENCH);
    const curl = out[out.length - 1]!;
    expect(curl).toMatchObject({ label: 'C', exerciseId: CURL, blockKind: 'added', swappedFrom: null });
    // Two sets saved under one number (two devices) both show; nothing planned beside them.
    expect(curl.rows.map((r) => [r.setNumber, r.logged?.weight, r.prescribed])).toEqual([
      [1, 12, null],
      [2, 12, null],
      [2, 14, null],
    ]);
  });

  it('lists an empty workout’s exercises in the order they were done', () => {
    const sets = [logged({ exerciseId: BENCH, position: 1, setNumber: 1 }), logged({ exerciseId: SQUAT, position: 0, setNumber: 1 })];
    const out = compareSession({ plan: null, sets, summary: null });
    expect(out.map((entry) => [entry.label, entry.exerciseId])).toEqual([
      ['A', SQUAT],
      ['B', BENCH],
    ]);
  });
});
