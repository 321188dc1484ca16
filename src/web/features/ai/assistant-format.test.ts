import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api';
import { askProblem, assistantName, coachFirstName, formatUsd, monthLabel, toolsSummary } from './assistant-format';

describe('assistant names', () => {
  it('uses the coach’s first name, or says "your coach" without one', () => {
    expect(coachFirstName('Sam Rivera')).toBe('Sam');
    expect(coachFirstName('  ')).toBe('Your coach');
    expect(assistantName('Sam Rivera')).toBe("Sam's AI assistant");
    expect(assistantName(null)).toBe("Your coach's AI assistant");
  });
});

describe('toolsSummary', () => {
  it('names each tool once, in words', () => {
    expect(toolsSummary(['get_workouts', 'get_nutrition_today', 'get_workouts'])).toBe('Looked up workouts, nutrition today');
    expect(toolsSummary(['some_new_tool'])).toBe('Looked up some new tool');
    expect(toolsSummary([])).toBeNull();
  });
});

describe('formatUsd', () => {
  it('shows cents for whole amounts and up to four decimals for small ones', () => {
    expect(formatUsd(0)).toBe('$0.00');
    expect(formatUsd(12.3456)).toBe('$12.35');
    expect(formatUsd(0.5)).toBe('$0.50');
    expect(formatUsd(0.001234)).toBe('$0.0012');
    expect(formatUsd(0.00004)).toBe('$0.00');
  });
});

describe('monthLabel', () => {
  it('writes the month out', () => {
    expect(monthLabel('2026-12')).toBe('December 2026');
    expect(monthLabel('nonsense')).toBe('nonsense');
  });
});

describe('askProblem', () => {
  const error = (status: number, code: ApiError['code'], details: Record<string, unknown> = {}) =>
    new ApiError({ status, code, message: 'server words', details });
  it('says in plain words why a question was refused', () => {
    expect(askProblem(error(409, 'CONFLICT'), 'Sam')).toEqual({ kind: 'off', text: expect.stringContaining("Sam hasn't switched") });
    expect(askProblem(error(429, 'RATE_LIMITED'), 'Sam').kind).toBe('rate');
    expect(askProblem(error(403, 'FORBIDDEN', { area: 'ai_coach' }), 'Sam').kind).toBe('plan');
    expect(askProblem(error(0, 'NETWORK_ERROR'), 'Sam')).toEqual({ kind: 'offline', text: 'server words' });
    expect(askProblem(new Error('boom'), 'Sam').kind).toBe('other');
  });
});
