import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTrainer } from '../../../../tests/factories/clients';
import type { Agent } from '../../../../tests/setup/agent';
import { createTestApp, type TestApp } from '../../../../tests/setup/test-app';
import type { Food } from '../../../shared/nutrition';
import { FOOD_SEARCH_CASES } from './food-search-cases';

/**
 * Search quality on the shipped USDA data: what people type (typos, British words, plurals, word
 * order) → the foods they would be happy to see first. Issue 11 asks for ≥ 90 % in the top 3.
 */
let t: TestApp;
let trainer: Agent;
beforeAll(async () => {
  t = await createTestApp();
  trainer = (await createTrainer(t.app)).agent;
});
afterAll(() => t.close());

describe('food search quality', () => {
  it(`finds the food meant in the top 3 for at least 90 % of ${FOOD_SEARCH_CASES.length} queries`, async () => {
    const misses: string[] = [];
    for (const testCase of FOOD_SEARCH_CASES) {
      const res = await trainer.get(`/api/foods?q=${encodeURIComponent(testCase.query)}&limit=3`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const top = (res.body.items as Food[]).map((food) => food.sourceId);
      if (!testCase.expect.some((id) => top.includes(id)))
        misses.push(`${testCase.query} → ${(res.body.items as Food[]).map((food) => food.name).join(' | ') || '(nothing)'}`);
    }
    const found = FOOD_SEARCH_CASES.length - misses.length;
    console.log(
      `food search: ${found}/${FOOD_SEARCH_CASES.length} in the top 3${misses.length ? `; missed:\n  ${misses.join('\n  ')}` : ''}`,
    );
    expect(FOOD_SEARCH_CASES.length).toBeGreaterThanOrEqual(40);
    expect(found / FOOD_SEARCH_CASES.length).toBeGreaterThanOrEqual(0.9);
  });
});
