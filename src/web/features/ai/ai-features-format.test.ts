import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api';
import { checkFeatures, featureErrors, featuresToSave, featuresWithErrors, featureValues, sameFeatures } from './ai-features-format';

describe('Settings → AI → Features', () => {
  it('fills every feature, saved or not', () => {
    const values = featureValues({ assistant: { model: 'gpt-4o', instructions: 'British English.' } });
    expect(values.assistant).toEqual({ model: 'gpt-4o', instructions: 'British English.' });
    expect(values.meal_plan_draft).toEqual({ model: '', instructions: '' });
    expect(Object.keys(values)).toContain('form_check');
  });

  it('saves only the features with something set, trimmed', () => {
    const values = featureValues(undefined);
    values.assistant = { model: ' gpt-4o ', instructions: '' };
    values.insight = { model: '', instructions: '  Two sentences. ' };
    values.summary = { model: '  ', instructions: ' ' };
    expect(featuresToSave(values)).toEqual({
      assistant: { model: 'gpt-4o', instructions: '' },
      insight: { model: '', instructions: 'Two sentences.' },
    });
    expect(sameFeatures(values, featureValues(featuresToSave(values)))).toBe(true);
    expect(sameFeatures(values, featureValues(undefined))).toBe(false);
  });

  it('checks a model name like the server, on the right input', () => {
    const values = featureValues(undefined);
    values.insight.model = 'gpt 4; drop';
    const errors = checkFeatures(values)!;
    expect(errors.fields['insight.model']).toMatch(/Letters, digits/);
    expect(featuresWithErrors(errors)).toEqual(['insight']);
    values.insight.model = 'llama3.1:8b';
    expect(checkFeatures(values)).toBeNull();
  });

  it('puts the server’s field errors on their inputs and the rest above the button', () => {
    const error = new ApiError({
      code: 'VALIDATION_FAILED',
      status: 400,
      message: 'Check the highlighted fields',
      fields: [
        { path: 'aiFeatures.assistant.model', message: 'At most 100 characters' },
        { path: 'aiVoice', message: 'Too long' },
      ],
    });
    expect(featureErrors(error)).toEqual({ fields: { 'assistant.model': 'At most 100 characters' }, root: 'Too long' });
    expect(featureErrors(new ApiError({ code: 'INTERNAL', status: 500, message: 'Down' })).root).toBe('Down');
  });
});
