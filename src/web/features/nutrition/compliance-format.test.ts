import { describe, expect, it } from 'vitest';
import { averageKcal, complianceSummary, hasTrend, versusText, weeksParam, type Week } from './compliance-format';

const target = { kcal: 2100, proteinG: 150, fatG: 70, carbsG: 220, fiberG: 30, waterMl: 2500 };
const week = (weekStart: string, daysLogged: number, daysOnTarget: number, kcal: number | null): Week => ({
  weekStart,
  daysLogged,
  daysOnTarget,
  average: kcal === null ? null : { kcal, proteinG: 140, fatG: 70, carbsG: 200, fiberG: 25 },
  target,
});

describe('weekly compliance words', () => {
  it('reads the range from the URL, 12 weeks otherwise', () => {
    expect(weeksParam('4')).toBe(4);
    expect(weeksParam('26')).toBe(26);
    expect(weeksParam('9')).toBe(12);
    expect(weeksParam(null)).toBe(12);
  });

  it('averages kcal over logged days, not over weeks', () => {
    expect(averageKcal([week('2026-03-02', 6, 3, 2000), week('2026-03-09', 2, 0, 2400)])).toBe(2100);
    expect(averageKcal([week('2026-03-02', 0, 0, null)])).toBeNull();
  });

  it('summarises logged days, days on target and the average against the target', () => {
    const weeks = [week('2026-03-02', 6, 3, 2000), week('2026-03-09', 2, 1, 2400)];
    expect(complianceSummary(weeks, 12)).toBe(
      'Over the last 12 weeks: food logged on 8 days, 4 of them on target. Average 2,100 kcal a day against a 2,100 kcal target.',
    );
    expect(complianceSummary([week('2026-03-02', 0, 0, null)], 4)).toBe('No food logged over the last 4 weeks.');
  });

  it('needs two logged weeks to draw a trend', () => {
    expect(hasTrend([week('2026-03-02', 6, 3, 2000), week('2026-03-09', 0, 0, null)])).toBe(false);
    expect(hasTrend([week('2026-03-02', 6, 3, 2000), week('2026-03-09', 1, 0, 1800)])).toBe(true);
  });

  it('writes an average against its target', () => {
    expect(versusText(2049.6, 2100)).toBe('2,050 / 2,100');
    expect(versusText(null, 2100)).toBe('— / 2,100');
    expect(versusText(1800, null)).toBe('1,800');
  });
});
