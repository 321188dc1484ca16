import { describe, expect, it } from 'vitest';
import type { Checkin, Question } from '../../../shared/checkins';
import { answerText, dueLabel, fillPath, minutesToFill, replyTimeLabel, splitCurrent } from './client-format';

const q = (over: Partial<Question> & Pick<Question, 'id' | 'type'>): Question => ({
  prompt: over.id,
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

const checkin = (over: Partial<Checkin>): Checkin => ({
  id: null,
  clientId: 'c1',
  clientName: 'Lena',
  scheduleId: 's1',
  formId: 'f1',
  formName: 'Weekly check-in',
  dueDate: '2026-03-29',
  state: 'due',
  overdueAt: '2026-03-31T00:00:00Z',
  submittedAt: null,
  reviewedAt: null,
  questions: [],
  answers: [],
  reply: null,
  ...over,
});

describe('check-in words', () => {
  it('says when a check-in is due, relative to the client’s today', () => {
    expect(dueLabel('2026-03-29', '2026-03-29')).toBe('Due today');
    expect(dueLabel('2026-03-28', '2026-03-29')).toBe('Due yesterday');
    expect(dueLabel('2026-03-30', '2026-03-29')).toBe('Due tomorrow');
    expect(dueLabel('2026-04-02', '2026-03-29')).toMatch(/^Due Thursday$/);
    expect(dueLabel('2026-04-12', '2026-03-29')).toMatch(/^Due Sun.*12/);
  });

  it("gives the coach's typical reply time only when there is one", () => {
    expect(replyTimeLabel(null)).toBeNull();
    expect(replyTimeLabel(0.4)).toBe('Your coach usually replies within an hour');
    expect(replyTimeLabel(4.2)).toBe('Your coach usually replies within 5 hours');
    expect(replyTimeLabel(60)).toBe('Your coach usually replies within 3 days');
  });

  it('splits Today’s check-ins into to fill in (oldest first), sent (newest news first, read ones for three days) and coming up', () => {
    const now = new Date('2026-03-31T12:00:00Z');
    const { toFill, sent, upcoming } = splitCurrent(
      [
        checkin({ scheduleId: 'a', state: 'due', dueDate: '2026-03-29' }),
        checkin({ scheduleId: 'b', state: 'overdue', dueDate: '2026-03-22' }),
        checkin({ scheduleId: 'c', state: 'reviewed', submittedAt: '2026-03-29T10:00:00Z', reviewedAt: '2026-03-30T10:00:00Z' }),
        checkin({ scheduleId: 'e', state: 'submitted', submittedAt: '2026-03-31T08:00:00Z' }),
        checkin({ scheduleId: 'f', state: 'reviewed', submittedAt: '2026-03-01T10:00:00Z', reviewedAt: '2026-03-02T10:00:00Z' }),
        checkin({ scheduleId: 'd', state: 'upcoming', dueDate: '2026-04-01' }),
      ],
      now,
    );
    expect(toFill.map((item) => item.scheduleId)).toEqual(['b', 'a']);
    expect(sent.map((item) => item.scheduleId)).toEqual(['e', 'c']);
    expect(upcoming.map((item) => item.scheduleId)).toEqual(['d']);
  });

  it('estimates minutes and writes answers in words', () => {
    expect(minutesToFill([q({ id: 'a', type: 'scale_10' })])).toBe(1);
    expect(minutesToFill([q({ id: 'a', type: 'long_text' }), q({ id: 'b', type: 'photo' }), q({ id: 'c', type: 'yes_no' })])).toBe(2);
    expect(answerText(q({ id: 'a', type: 'scale_10' }), 7)).toBe('7 / 10');
    expect(answerText(q({ id: 'a', type: 'yes_no' }), false)).toBe('No');
    expect(answerText(q({ id: 'a', type: 'number', unit: 'hours' }), 6.5)).toBe('6.5 hours');
    expect(answerText(q({ id: 'a', type: 'multi_choice' }), ['Veg', 'Water'])).toBe('Veg, Water');
    expect(answerText(q({ id: 'a', type: 'photo' }), 'some-id')).toBeNull();
    expect(fillPath({ scheduleId: 's 1', dueDate: '2026-03-29' })).toBe('/checkins/fill/s%201/2026-03-29');
  });
});
