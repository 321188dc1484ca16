import { describe, expect, it } from 'vitest';
import type { PrescribedSet, Prescription } from '../../../shared/programs';
import { convertWeight, prepareSets, roundLoad, type PerformedSet } from './progression';

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
const prescription = (sets: PrescribedSet[], progression: Prescription['progression']): Prescription => ({
  id: 'p1',
  exerciseId: '00000000-0000-4000-8000-000000000001',
  sets,
  note: '',
  progression,
});
const did = (reps: number[], value = 60, unit: 'kg' | 'lb' = 'kg'): PerformedSet[] =>
  reps.map((r) => ({ type: 'working', reps: r, weight: { value, unit } }));
const loads = (sets: PrescribedSet[]) => sets.map((s) => (s.load.kind === 'weight' ? `${s.load.value}${s.load.unit}` : s.load.kind));
const reps = (sets: PrescribedSet[]) => sets.map((s) => (s.target.kind === 'reps' ? `${s.target.min}-${s.target.max}` : s.target.kind));

describe('add load at the top of the rep range', () => {
  const rule = { kind: 'load_at_top_of_range' as const, increment: { value: 2.5, unit: 'kg' as const } };
  const sets = [set({ type: 'warmup', load: { kind: 'weight', value: 30, unit: 'kg' } }), set(), set(), set()];

  it('adds the increment when every working set reached the top of its range', () => {
    expect(loads(prepareSets({ prescription: prescription(sets, rule), lastSession: did([12, 12, 12]) }))).toEqual([
      '30kg',
      '62.5kg',
      '62.5kg',
      '62.5kg',
    ]);
  });
  it("keeps last time's load when one set fell short", () => {
    expect(loads(prepareSets({ prescription: prescription(sets, rule), lastSession: did([12, 12, 10], 62.5) }))).toEqual([
      '30kg',
      '62.5kg',
      '62.5kg',
      '62.5kg',
    ]);
  });
  it('leaves the sets as written the first time', () => {
    expect(prepareSets({ prescription: prescription(sets, rule), lastSession: null })).toEqual(sets);
  });
  it('converts a kg increment for a client who lifts in lb, rounded to a loadable 1 lb', () => {
    const lbSets = [set({ load: { kind: 'weight', value: 135, unit: 'lb' } })];
    expect(loads(prepareSets({ prescription: prescription(lbSets, rule), lastSession: did([12], 135, 'lb') }))).toEqual(['141lb']);
  });
});

describe('add reps each week, then load', () => {
  const rule = { kind: 'reps_then_load' as const, repsPerWeek: 1, upTo: 10, increment: { value: 5, unit: 'kg' as const } };
  const sets = [set({ target: { kind: 'reps', min: 6, max: 6 } }), set({ target: { kind: 'reps', min: 6, max: 6 } })];

  it('adds the weekly reps at the same load', () => {
    const next = prepareSets({ prescription: prescription(sets, rule), lastSession: did([6, 6]) });
    expect(reps(next)).toEqual(['7-7', '7-7']);
    expect(loads(next)).toEqual(['60kg', '60kg']);
  });
  it('goes by the set that did fewest reps', () => {
    expect(reps(prepareSets({ prescription: prescription(sets, rule), lastSession: did([8, 7]) }))).toEqual(['8-8', '8-8']);
  });
  it('past the ceiling, adds load and goes back to the starting reps', () => {
    const next = prepareSets({ prescription: prescription(sets, rule), lastSession: did([10, 10]) });
    expect(reps(next)).toEqual(['6-6', '6-6']);
    expect(loads(next)).toEqual(['65kg', '65kg']);
  });
});

describe('deload', () => {
  it("repeats the chosen week's sets with less load, rounded to loadable steps", () => {
    const week1 = prescription(
      [set({ load: { kind: 'weight', value: 100, unit: 'kg' } }), set({ load: { kind: 'percent_1rm', percent: 75 } })],
      null,
    );
    const thisWeek = prescription([set({ load: { kind: 'weight', value: 120, unit: 'kg' } })], {
      kind: 'deload',
      repeatWeek: 1,
      reducePercent: 15,
    });
    const next = prepareSets({ prescription: thisWeek, lastSession: did([12]), deloadSource: week1 });
    expect(next).toHaveLength(2);
    expect(next[0]!.load).toEqual({ kind: 'weight', value: 85, unit: 'kg' });
    expect(next[1]!.load).toEqual({ kind: 'percent_1rm', percent: 63.8 });
  });
});

describe('units', () => {
  it('converts and rounds weights', () => {
    expect(convertWeight(100, 'kg', 'lb')).toBeCloseTo(220.46, 2);
    expect(convertWeight(225, 'lb', 'kg')).toBeCloseTo(102.06, 2);
    expect(roundLoad(62.3, 'kg')).toBe(62.5);
    expect(roundLoad(137.4, 'lb')).toBe(137);
  });
});
