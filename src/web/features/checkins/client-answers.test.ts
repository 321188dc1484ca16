import { describe, expect, it } from 'vitest';
import type { Question } from '../../../shared/checkins';
import { answerErrorsFrom, checkDraft, firstErrorId, isAnswered, parseNumber, toAnswers } from './client-answers';

const question = (over: Partial<Question> & Pick<Question, 'id' | 'type'>): Question => ({
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

const form: Question[] = [
  question({ id: 'energy', type: 'scale_10', required: true }),
  question({ id: 'wins', type: 'long_text', required: true }),
  question({ id: 'sleep', type: 'number', unit: 'hours' }),
  question({ id: 'pain', type: 'yes_no' }),
  question({ id: 'food', type: 'multi_choice', options: ['Protein', 'Veg', 'Water'] }),
  question({ id: 'front', type: 'photo', required: true }),
  question({ id: 'body', type: 'body_metrics', metrics: ['weight', 'waist', 'body_fat'] }),
];

describe('parseNumber', () => {
  it('reads a decimal comma or point and refuses anything else', () => {
    expect(parseNumber(' 81,4 ')).toBe(81.4);
    expect(parseNumber('7.')).toBe(7);
    expect(parseNumber('.5')).toBe(0.5);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('lots')).toBeNull();
    expect(parseNumber('1e3')).toBeNull();
  });
});

describe('toAnswers', () => {
  it('sends numbers as numbers, trims text, leaves blanks out and puts body measurements in the client’s units', () => {
    const draft = {
      energy: 7,
      wins: '  Slept well  ',
      sleep: '6,5',
      pain: false,
      food: [],
      front: 'd9b2d63d-a233-4123-847b-0123456789ab',
      body: { weight: '180.2', waist: '', body_fat: '21' },
    };
    expect(toAnswers(form, draft, { units: 'lb' })).toEqual({
      energy: 7,
      wins: 'Slept well',
      sleep: 6.5,
      pain: false,
      front: 'd9b2d63d-a233-4123-847b-0123456789ab',
      body: { weight: { value: 180.2, unit: 'lb' }, body_fat: { value: 21, unit: '%' } },
    });
    expect(toAnswers(form, { body: { waist: '84' } }, { units: 'kg' })).toEqual({ body: { waist: { value: 84, unit: 'cm' } } });
    expect(toAnswers(form, { body: { waist: '33' } }, { units: 'lb' })).toEqual({ body: { waist: { value: 33, unit: 'in' } } });
  });

  it('gives a custom metric the unit the trainer set for it', () => {
    const custom = [question({ id: 'grip', type: 'body_metrics', metrics: ['m-1'] })];
    const definitions = [{ id: 'm-1', name: 'Grip', unit: 'kgf', higherIsBetter: true, archived: false }];
    expect(toAnswers(custom, { grip: { 'm-1': '41' } }, { units: 'kg', customMetrics: definitions })).toEqual({
      grip: { 'm-1': { value: 41, unit: 'kgf' } },
    });
  });
});

describe('checking before sending', () => {
  it('names missing required answers and numbers that are not numbers, in form order', () => {
    const errors = checkDraft(form, { wins: '   ', sleep: 'lots', body: { weight: 'heavy', waist: '80' } });
    expect(Object.keys(errors)).toEqual(['energy', 'wins', 'sleep', 'front', 'body']);
    expect(errors.front?.message).toMatch(/photo/);
    expect(errors.body?.metrics).toEqual({ weight: 'Enter a number' });
    expect(firstErrorId(form, errors)).toBe('energy');
  });

  it('counts an answer once something is given', () => {
    expect(isAnswered(form[0]!, 0)).toBe(true);
    expect(isAnswered(form[3]!, false)).toBe(true);
    expect(isAnswered(form[4]!, [])).toBe(false);
    expect(isAnswered(form[6]!, { weight: ' ' })).toBe(false);
    expect(isAnswered(form[6]!, { weight: '80' })).toBe(true);
  });

  it("puts the server's errors on their questions and measurements, the rest on the form", () => {
    const { errors, other } = answerErrorsFrom([
      { path: 'answers.energy', message: 'Pick a whole number from 1 to 10' },
      { path: 'answers.body.weight', message: 'Too heavy' },
      { path: 'dueDate', message: 'That check-in is not due.' },
    ]);
    expect(errors).toEqual({ energy: { message: 'Pick a whole number from 1 to 10' }, body: { metrics: { weight: 'Too heavy' } } });
    expect(other).toEqual(['That check-in is not due.']);
  });
});
