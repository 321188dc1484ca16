import { describe, expect, it } from 'vitest';
import { doneText, formatKg, formatVolume, formatWeight, targetText } from './format';

describe('history numbers in the viewer’s unit', () => {
  it('shows a load as typed in the viewer’s unit, converted (to what plates make) otherwise', () => {
    expect(formatWeight(135, 'lb', 'lb')).toBe('135 lb');
    expect(formatWeight(60, 'kg', 'lb')).toBe('132.5 lb');
    expect(formatWeight(135, 'lb', 'kg')).toBe('61.25 kg');
    expect(formatKg(82.33, 'kg')).toBe('82.25 kg');
    expect(formatVolume(1480, 'lb')).toBe('3,263 lb');
  });

  it('says a set as done and as planned', () => {
    const set = { weight: 60, unit: 'kg' as const, reps: 8, durationSeconds: null, distanceMeters: null, rpe: 8.5 };
    expect(doneText(set, 'kg')).toBe('60 kg × 8 · RPE 8.5');
    expect(doneText({ ...set, weight: null, reps: null, durationSeconds: 90, rpe: null }, 'kg')).toBe('1:30');
    expect(doneText({ ...set, weight: null, rpe: null }, 'kg')).toBe('8 reps');
    expect(
      targetText(
        {
          id: 's',
          type: 'amrap',
          target: { kind: 'reps', min: 8, max: 12 },
          load: { kind: 'weight', value: 60, unit: 'kg' },
          effort: { kind: 'rir', value: 2 },
          tempo: null,
          restSeconds: null,
          note: '',
        },
        'lb',
      ),
    ).toBe('8–12 reps · 132.5 lb · RIR 2 · AMRAP');
  });
});
