import { describe, expect, it } from 'vitest';
import type { Question } from '../../../shared/checkins';
import { answerChange, convert, formatAnswer, formatReplyTime, formatWaiting, weightTrend } from './review-format';

const question = (over: Partial<Question>): Question => ({
  id: 'q',
  type: 'short_text',
  prompt: 'How was it?',
  help: '',
  required: false,
  lowLabel: '',
  highLabel: '',
  unit: '',
  options: [],
  pose: null,
  metrics: [],
  ...over,
});

describe('waiting and reply times', () => {
  it('reads in hours for the first two days, then in days', () => {
    expect(formatWaiting(0.2)).toBe('just in');
    expect(formatWaiting(5.4)).toBe('waiting 5 h');
    expect(formatWaiting(47)).toBe('waiting 47 h');
    expect(formatWaiting(50)).toBe('waiting 2 days');
    expect(formatWaiting(24 * 9 + 3)).toBe('waiting 9 days');
  });
  it('says nothing about reply time until the server knows it', () => {
    expect(formatReplyTime(null)).toBeNull();
    expect(formatReplyTime(6)).toBe('You usually reply within 6 h');
  });
});

describe('what changed since the previous answer', () => {
  it('gives the difference for scales and numbers, in the question unit', () => {
    expect(answerChange(question({ type: 'scale_10' }), 8, 6)).toMatchObject({ kind: 'number', change: { text: '+2', direction: 'up' } });
    expect(answerChange(question({ type: 'number', unit: 'hours' }), 6.5, 7.3)).toMatchObject({
      kind: 'number',
      change: { delta: -0.8, text: '-0.8 hours', direction: 'down' },
    });
    expect(answerChange(question({ type: 'scale_5' }), 3, 3)).toMatchObject({
      kind: 'number',
      change: { text: 'same', direction: 'same' },
    });
  });

  it('marks changed text, choices and yes/no, ignoring spacing and choice order', () => {
    expect(answerChange(question({}), 'Good  week', ' Good week')).toEqual({ kind: 'same' });
    expect(answerChange(question({}), 'Tough week', 'Good week')).toEqual({ kind: 'changed' });
    expect(answerChange(question({ type: 'multi_choice' }), ['b', 'a'], ['a', 'b'])).toEqual({ kind: 'same' });
    expect(answerChange(question({ type: 'yes_no' }), true, false)).toEqual({ kind: 'changed' });
  });

  it('has nothing to compare with on a first answer, and nothing to show for a skipped one', () => {
    expect(answerChange(question({ type: 'scale_10' }), 7, undefined)).toEqual({ kind: 'first' });
    expect(answerChange(question({ type: 'scale_10' }), 7, null)).toEqual({ kind: 'first' });
    expect(answerChange(question({}), '', 'before')).toEqual({ kind: 'none' });
  });

  it('compares body measurements metric by metric, across kg and lb', () => {
    const change = answerChange(
      question({ type: 'body_metrics', metrics: ['weight', 'waist', 'x'] }),
      { weight: { value: 80, unit: 'kg' }, waist: { value: 81, unit: 'cm' }, x: { value: 3, unit: 'mm' } },
      { weight: { value: 178.5, unit: 'lb' }, waist: { value: 32, unit: 'in' } },
    );
    expect(change.kind).toBe('metrics');
    if (change.kind !== 'metrics') return;
    expect(change.changes.weight).toMatchObject({ delta: -1, direction: 'down', text: '-1 kg' });
    expect(change.changes.waist).toMatchObject({ delta: -0.3 });
    expect(change.changes.x).toBeUndefined();
    expect(convert(1, 'kg', 'cm')).toBeNull();
  });
});

describe('answers as words', () => {
  it('formats each type', () => {
    expect(formatAnswer(question({ type: 'scale_10' }), 7)).toBe('7 / 10');
    expect(formatAnswer(question({ type: 'yes_no' }), false)).toBe('No');
    expect(formatAnswer(question({ type: 'number', unit: 'steps' }), 8000)).toMatch(/^8.?000 steps$/);
    expect(formatAnswer(question({ type: 'multi_choice' }), ['On plan', 'Mostly'])).toBe('On plan, Mostly');
    expect(
      formatAnswer(question({ type: 'body_metrics' }), { weight: { value: 81.2, unit: 'kg' }, c1: { value: 3, unit: 'x' } }, [
        { id: 'c1', name: 'Grip' },
      ]),
    ).toBe('Body weight 81.2 kg · Grip 3 x');
    expect(formatAnswer(question({}), null)).toBe('No answer');
  });
});

describe('weight trend', () => {
  it('compares the first and last moving average in the viewer unit', () => {
    const trend = weightTrend(
      [
        { date: '2026-03-01', kg: 82, averageKg: 82 },
        { date: '2026-03-29', kg: 80.5, averageKg: 81 },
      ],
      'kg',
    );
    expect(trend).toMatchObject({ latest: '80.5 kg', days: 28, change: { text: '-1 kg', direction: 'down' } });
    expect(weightTrend([{ date: '2026-03-01', kg: 82, averageKg: 82 }], 'lb')).toBeNull();
  });
});
