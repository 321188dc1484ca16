import { describe, expect, it } from 'vitest';
import type { GoalProjection } from '../../../shared/ai';
import { ApiError } from '../../lib/api';
import { draftFailure, plainProblem, projectionLine, rateLine } from './draft-format';

const base: GoalProjection = {
  goalId: 'g',
  title: 'Body weight',
  unit: 'kg',
  current: 77,
  target: 75,
  ratePerWeek: -0.7,
  projectedDate: '2026-03-03',
  earliest: '2026-02-20',
  latest: '2026-03-18',
  plateau: false,
  status: 'on_track',
};
const now = new Date('2026-01-10T12:00:00Z');

describe('draft and insight words', () => {
  it('says where a goal is heading, with its range only when there is one', () => {
    expect(projectionLine(base, now)).toBe('At this rate: around 3 March (between 20 Feb and 18 Mar)');
    expect(projectionLine({ ...base, earliest: '2026-03-03', latest: '2026-03-03' }, now)).toBe('At this rate: around 3 March');
    expect(projectionLine({ ...base, projectedDate: '2027-01-05', earliest: null, latest: null }, now)).toBe(
      'At this rate: around 5 January 2027',
    );
    expect(projectionLine({ ...base, status: 'not_enough_data', projectedDate: null }, now)).toMatch(/Not enough entries/);
    expect(rateLine(base)).toBe('−0.7 kg a week');
    expect(rateLine({ ...base, ratePerWeek: 1.25, unit: '' })).toBe('+1.25 a week');
  });

  it('turns an unusable draft into plain words, and a 409 into its message', () => {
    expect(plainProblem('workouts.0.exercises.2.exerciseId: "x" is not in the exercise list')).toBe(
      'Workout 1, exercise 3 wasn’t an exercise from your library.'.replace('’', "'"),
    );
    const unusable = new ApiError({
      code: 'UPSTREAM_FAILED',
      status: 502,
      message: 'x',
      details: { problems: ['Write exactly 3 workouts (got 2).'] },
    });
    expect(draftFailure(unusable)).toMatchObject({ kind: 'unusable', problems: ['It wrote 2 workouts a week instead of 3.'] });
    const off = new ApiError({ code: 'CONFLICT', status: 409, message: 'This month’s AI budget is spent (Settings → AI).' });
    expect(draftFailure(off)).toEqual({ kind: 'unavailable', text: off.message, problems: [] });
  });
});
