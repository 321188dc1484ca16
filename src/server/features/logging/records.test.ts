import { describe, expect, it } from 'vitest';
import { epley1rm } from '../../../shared/logging';
import { detectRecords, recordsAgainst, type RecordSet } from './records';

let n = 0;
const set = (weightKg: number | null, reps: number | null, exerciseId = 'squat'): RecordSet => {
  n += 1;
  return { id: `s${n}`, sessionId: `w${Math.ceil(n / 3)}`, exerciseId, weightKg, reps, loggedAt: new Date(Date.UTC(2026, 0, 1, 0, n)) };
};

describe('personal records', () => {
  it('uses Epley for the estimated 1RM, only for 1–12 reps', () => {
    expect(epley1rm(100, 1)).toBe(100);
    expect(epley1rm(100, 5)).toBeCloseTo(116.67, 2);
    expect(epley1rm(100, 13)).toBeNull();
    expect(epley1rm(0, 5)).toBeNull();
  });

  it('takes the first set as the baseline, then flags each kind when an earlier best is beaten', () => {
    const sets = [set(100, 5), set(100, 6), set(105, 3), set(90, 10), set(100, 6)];
    const { bySet, current } = detectRecords(sets);
    expect(bySet.get(sets[0]!.id)).toBeUndefined();
    expect(
      bySet
        .get(sets[1]!.id)!
        .map((r) => r.kind)
        .sort(),
    ).toEqual(['e1rm', 'reps_at_load', 'set_volume']);
    expect(bySet.get(sets[2]!.id)!.map((r) => r.kind)).toEqual(['heaviest']);
    // 90 × 10 = 900 kg beats 600 kg; 10 reps at 90 kg beats every set at ≥ 90 kg.
    expect(
      bySet
        .get(sets[3]!.id)!
        .map((r) => r.kind)
        .sort(),
    ).toEqual(['reps_at_load', 'set_volume']);
    expect(bySet.get(sets[4]!.id)).toBeUndefined(); // equal is not a record
    expect(current.find((r) => r.kind === 'heaviest')).toMatchObject({ value: 105, setId: sets[2]!.id });
  });

  it('ignores sets without load or reps, and keeps exercises apart', () => {
    const sets = [set(null, 30, 'plank'), set(60, 8, 'bench'), set(100, 5, 'squat'), set(70, 8, 'bench')];
    const { bySet } = detectRecords(sets);
    expect(bySet.get(sets[3]!.id)!.map((r) => r.kind)).toContain('heaviest');
    expect(bySet.has(sets[2]!.id)).toBe(false);
  });

  it('recomputes when a set is removed: the next best takes over', () => {
    const sets = [set(100, 5), set(110, 5), set(105, 5)];
    expect(detectRecords(sets).bySet.get(sets[2]!.id)).toBeUndefined();
    expect(
      detectRecords([sets[0]!, sets[2]!])
        .bySet.get(sets[2]!.id)!
        .map((r) => r.kind),
    ).toContain('heaviest');
  });
});

it('finds the same records for one set from the earlier bests (what the save statement answers) as from the whole history', () => {
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const sets = Array.from({ length: 200 }, () =>
    set(Math.round(random() * 40) * 2.5 + 20, 1 + Math.floor(random() * 15), random() < 0.5 ? 'a' : 'b'),
  );
  const { bySet } = detectRecords(sets);
  for (const [index, current] of sets.entries()) {
    const earlier = sets.slice(0, index).filter((other) => other.exerciseId === current.exerciseId);
    const bests = {
      heaviest: earlier.length ? Math.max(...earlier.map((o) => o.weightKg!)) : null,
      e1rm: earlier.some((o) => o.reps! <= 12)
        ? Math.max(...earlier.filter((o) => o.reps! <= 12).map((o) => epley1rm(o.weightKg!, o.reps!)!))
        : null,
      volume: earlier.length ? Math.max(...earlier.map((o) => o.weightKg! * o.reps!)) : null,
      repsAtLoad: earlier.some((o) => o.weightKg! >= current.weightKg!)
        ? Math.max(...earlier.filter((o) => o.weightKg! >= current.weightKg!).map((o) => o.reps!))
        : null,
    };
    const kinds = (list: { kind: string }[] | undefined) => (list ?? []).map((r) => r.kind).sort();
    expect(kinds(recordsAgainst(current, bests)), `set ${index}`).toEqual(kinds(bySet.get(current.id)));
  }
});
