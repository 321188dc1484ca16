import { describe, expect, it } from 'vitest';
import { SaveFormSchema } from '../../../shared/checkins';
import {
  changeType,
  cleanQuestion,
  duplicateQuestion,
  errorsByField,
  moveItem,
  newQuestion,
  questionErrors,
  toSaveInput,
} from './form-ops';

describe('form builder edits', () => {
  it('starts each type with what it needs', () => {
    expect(newQuestion('single_choice', 'a').options).toEqual(['', '']);
    expect(newQuestion('body_metrics', 'b').metrics).toEqual(['weight']);
    expect(newQuestion('photo', 'c').pose).toBe('front');
  });

  it('keeps the words and what still fits when the type changes', () => {
    const scale = { ...newQuestion('scale_5', 'a'), prompt: 'Energy', required: true, lowLabel: 'Low', highLabel: 'High' };
    expect(changeType(scale, 'scale_10')).toMatchObject({ type: 'scale_10', prompt: 'Energy', required: true, lowLabel: 'Low' });
    expect(changeType(scale, 'long_text')).toMatchObject({ type: 'long_text', prompt: 'Energy', lowLabel: '' });
    const choice = { ...newQuestion('single_choice', 'b'), options: ['x', 'y', 'z'] };
    expect(changeType(choice, 'multi_choice').options).toEqual(['x', 'y', 'z']);
  });

  it('moves and duplicates without touching the original list', () => {
    const list = ['a', 'b', 'c'];
    expect(moveItem(list, 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(list, 2, 5)).toEqual(list);
    const questions = [newQuestion('yes_no', 'a'), newQuestion('number', 'b')];
    const copied = duplicateQuestion(questions, 0, 'a2');
    expect(copied.map((q) => q.id)).toEqual(['a', 'a2', 'b']);
    expect(questions).toHaveLength(2);
  });

  it('sends only the fields a type uses, and the shared schema accepts it', () => {
    const stale = { ...changeType({ ...newQuestion('scale_10', 'a'), lowLabel: 'Low' }, 'short_text'), prompt: '  Wins?  ', lowLabel: 'x' };
    expect(cleanQuestion(stale)).toMatchObject({ prompt: 'Wins?', lowLabel: '' });
    const input = toSaveInput({
      name: ' Weekly ',
      description: '',
      archived: false,
      questions: [
        { ...newQuestion('multi_choice', 'm'), prompt: 'Which?', options: [' a ', 'b'] },
        { ...newQuestion('photo', 'p'), prompt: 'Front' },
      ],
    });
    expect(SaveFormSchema.safeParse(input).success).toBe(true);
    expect(input.questions?.[0]?.options).toEqual(['a', 'b']);
  });

  it('puts errors on the question they belong to, wherever it has moved', () => {
    const questions = [newQuestion('yes_no', 'first'), newQuestion('single_choice', 'second')];
    const errors = errorsByField(
      [
        { path: 'name', message: 'Name the check-in' },
        { path: 'questions.1.options.0', message: 'Name the choice' },
        { path: 'questions.0.prompt', message: 'Write the question' },
        { path: 'questions', message: 'Add at least one question' },
      ],
      questions,
    );
    expect(errors).toEqual({
      name: 'Name the check-in',
      'second.options': 'Name the choice',
      'first.prompt': 'Write the question',
      questions: 'Add at least one question',
    });
    expect(questionErrors(errors, 'second')).toEqual({ options: 'Name the choice' });
  });
});
