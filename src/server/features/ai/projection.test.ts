import { describe, expect, it } from 'vitest';
import { addDays } from '../programs/schedule-rules';
import { fitLine, projectGoal, type Reading } from './projection';

const series = (start: string, days: number, every: number, value: (day: number) => number): Reading[] =>
  Array.from({ length: Math.floor(days / every) + 1 }, (_, i) => ({ date: addDays(start, i * every), value: value(i * every) }));
const goal = { goalId: 'g', title: 'Reach 75 kg', unit: 'kg', target: 75, deadline: null, achieved: false };

describe('goal projections', () => {
  it('fits a line exactly through a steady loss and projects the date the target is met', () => {
    // 80 kg losing 0.5 kg a week from 1 March: the line is exact, so no uncertainty.
    const readings = series('2026-03-01', 28, 2, (day) => 80 - (0.5 / 7) * day);
    expect(fitLine(readings)!.slope * 7).toBeCloseTo(-0.5, 6);
    const projection = projectGoal(goal, readings, '2026-03-29');
    // 78 kg on 29 March, 3 kg to go at 0.5 kg a week: 42 days.
    expect(projection).toMatchObject({
      status: 'on_track',
      ratePerWeek: -0.5,
      projectedDate: '2026-05-10',
      earliest: '2026-05-10',
      latest: '2026-05-10',
    });
  });

  it('widens the dates with noisy readings, and gives no latest date when the slow bound never arrives', () => {
    const noise = [0.6, -0.5, 0.4, -0.7, 0.5, -0.3, 0.2, -0.6, 0.7, -0.4, 0.3, -0.2, 0.5, -0.5, 0.1];
    const readings = series('2026-03-01', 28, 2, (day) => 80 - (0.3 / 7) * day + noise[day / 2]!);
    const projection = projectGoal(goal, readings, '2026-03-29');
    expect(projection.status).toBe('on_track');
    expect(projection.earliest! < projection.projectedDate!).toBe(true);
    expect(projection.latest === null || projection.latest > projection.projectedDate!).toBe(true);
  });

  it('calls a flat, noisy line a plateau, and a clear trend not one', () => {
    const wobble = [0.4, -0.3, 0.2, -0.4, 0.3, -0.2, 0.1, -0.3, 0.4, -0.1, 0.2, -0.4, 0.3, -0.2, 0.1];
    const flat = series('2026-03-01', 28, 2, (day) => 80 + wobble[day / 2]!);
    expect(projectGoal(goal, flat, '2026-03-29')).toMatchObject({ plateau: true });
    const losing = series('2026-03-01', 28, 2, (day) => 80 - (0.5 / 7) * day + wobble[day / 2]! / 4);
    expect(projectGoal(goal, losing, '2026-03-29')).toMatchObject({ plateau: false, status: 'on_track' });
    expect(projectGoal(goal, [], '2026-03-29').plateau).toBe(false);
  });

  it('is off track going the wrong way or past the deadline, reached when achieved, silent on too little data', () => {
    const gaining = series('2026-03-01', 28, 4, (day) => 80 + 0.02 * day);
    expect(projectGoal(goal, gaining, '2026-03-29')).toMatchObject({ status: 'off_track', projectedDate: null });
    const steady = series('2026-03-01', 28, 2, (day) => 80 - (0.5 / 7) * day);
    expect(projectGoal({ ...goal, deadline: '2026-04-15' }, steady, '2026-03-29').status).toBe('off_track');
    expect(projectGoal({ ...goal, achieved: true }, steady, '2026-03-29').status).toBe('reached');
    expect(
      projectGoal(
        goal,
        series('2026-03-20', 9, 3, () => 80),
        '2026-03-29',
      ).status,
    ).toBe('not_enough_data');
    expect(projectGoal(goal, [], '2026-03-29')).toMatchObject({ status: 'not_enough_data', current: null });
  });
});
