import { describe, expect, it } from 'vitest';
import { chartWeekStart, chartWindow } from './week-buckets';

describe('chart windows', () => {
  it('reaches back the range with today included, from the week holding its first day', () => {
    // Thursday 18 June 2026.
    expect(chartWindow('4w', '2026-06-18', 1)).toEqual({
      today: '2026-06-18',
      from: '2026-05-22',
      firstWeek: '2026-05-18',
      thisWeek: '2026-06-15',
    });
    expect(chartWindow('4w', '2026-06-18', 7)).toEqual({
      today: '2026-06-18',
      from: '2026-05-22',
      firstWeek: '2026-05-17',
      thisWeek: '2026-06-14',
    });
    expect(chartWindow('1y', '2026-06-18', 1).from).toBe('2025-06-19');
    expect(chartWindow('12w', '2026-02-20', 1)).toMatchObject({ from: '2025-11-29', firstWeek: '2025-11-24' });
    expect(chartWindow('all', '2026-06-18', 1)).toEqual({ today: '2026-06-18', from: null, firstWeek: null, thisWeek: '2026-06-15' });
  });

  it('answers the week start as date-fns counts it (0 = Sunday)', () => {
    expect(chartWeekStart(1)).toBe(1);
    expect(chartWeekStart(7)).toBe(0);
  });
});
