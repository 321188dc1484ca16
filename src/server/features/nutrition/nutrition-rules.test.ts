import { describe, expect, it } from 'vitest';
import { nutritionOffTarget, nutritionQuiet, type AttentionClient } from '../attention/attention-rules';
import { editDistance } from '../exercises/exercise-search';
import { corrections, parseFoodQuery, type VocabularyLookup } from './food-search';
import { foodCommonness, foodHead, foodWords, stemFoodWord } from './food-words';
import { amountGrams, isFarOff, isOnTarget, nutrientsFor, sumNutrients, weeklyCompliance } from './nutrition-rules';

const TARGET = { kcal: 2000, proteinG: 150, fatG: 60, carbsG: 215, fiberG: 28, waterMl: 2500 };
const day = (date: string, kcal: number, proteinG = 150) => ({ date, kcal, proteinG, fatG: 60, carbsG: 200, fiberG: 20 });

describe('amounts and nutrients', () => {
  const portions = [{ label: '1 cup', grams: 227 }];
  it('turns grams, ounces and portions into grams; an unknown portion is null', () => {
    expect(amountGrams({ unit: 'g', quantity: 150, portionLabel: null }, portions)).toBe(150);
    expect(amountGrams({ unit: 'oz', quantity: 2, portionLabel: null }, portions)).toBeCloseTo(56.699, 3);
    expect(amountGrams({ unit: 'portion', quantity: 0.5, portionLabel: '1 cup' }, portions)).toBe(113.5);
    expect(amountGrams({ unit: 'portion', quantity: 1, portionLabel: '1 stick' }, portions)).toBeNull();
  });
  it('scales per-100 g values, counting unknown fibre as none, and sums to one decimal', () => {
    expect(nutrientsFor({ kcal: 89, proteinG: 1.09, fatG: 0.33, carbsG: 22.84, fiberG: null }, 118)).toEqual({
      kcal: 105,
      proteinG: 1.3,
      fatG: 0.4,
      carbsG: 27,
      fiberG: 0,
    });
    expect(sumNutrients([]).kcal).toBe(0);
    expect(sumNutrients([day('x', 0.15), day('y', 0.15)]).kcal).toBe(0.3);
  });
});

describe('on target and weekly compliance', () => {
  const tolerance = { kcalPct: 10, proteinPct: 10 };
  it('is on target within ± the tolerance on kcal and protein, edges included', () => {
    expect(isOnTarget(day('d', 2200, 135), TARGET, tolerance)).toBe(true);
    expect(isOnTarget(day('d', 1800, 165), TARGET, tolerance)).toBe(true);
    expect(isOnTarget(day('d', 2201, 150), TARGET, tolerance)).toBe(false);
    expect(isOnTarget(day('d', 2000, 134), TARGET, tolerance)).toBe(false);
    expect(isOnTarget(day('d', 0, 0), { kcal: 0, proteinG: 0 }, tolerance)).toBe(false);
  });
  it('averages logged days only, skips paused days, and takes each day’s own target', () => {
    const weeks = weeklyCompliance({
      days: [day('2026-03-02', 2000), day('2026-03-03', 3000), day('2026-03-09', 1000), day('2026-03-12', 2000)],
      firstWeekStart: '2026-03-02',
      lastWeekStart: '2026-03-09',
      targetFor: (date) => (date === '2026-03-03' ? { ...TARGET, kcal: 3000 } : TARGET),
      tolerance,
      isPaused: (date) => date >= '2026-03-12',
    });
    expect(weeks[0]).toMatchObject({ daysLogged: 2, daysOnTarget: 2, average: { kcal: 2500 } });
    expect(weeks[1]).toMatchObject({ daysLogged: 1, daysOnTarget: 0, average: { kcal: 1000 } });
  });
  it('calls a week far off only past ±20 % on at least three logged days', () => {
    const week = (daysLogged: number, kcal: number) => ({
      weekStart: 'w',
      daysLogged,
      daysOnTarget: 0,
      average: day('x', kcal),
      target: TARGET,
    });
    expect(isFarOff(week(3, 2410))).toBe(true);
    expect(isFarOff(week(3, 1590))).toBe(true);
    expect(isFarOff(week(3, 2400))).toBe(false);
    expect(isFarOff(week(2, 3000))).toBe(false);
  });
});

describe('needs-attention rules', () => {
  const client: AttentionClient = {
    id: 'c1',
    name: 'Ana Ruiz',
    status: 'active',
    pauseUntil: null,
    health: null,
    onboardedAt: null,
    timeZone: 'UTC',
  };
  const base = { clients: [client], lastMessages: new Map(), today: () => '2026-04-14' };
  const facts = (lastLogged: string | null, kcal = 2000, daysLogged = 4) => ({
    targetsSetOn: '2026-04-01',
    lastLogged,
    today: '2026-04-14',
    lastWeek: { weekStart: '2026-04-06', daysLogged, daysOnTarget: 0, average: day('x', kcal), target: TARGET },
  });
  const now = new Date('2026-04-14T10:00:00Z');
  it('flags no food for the trainer’s N days, counted from the targets when never logged; not paused clients', () => {
    const run = (lastLogged: string | null, quietDays = 3, status: 'active' | 'paused' = 'active') =>
      nutritionQuiet.evaluate(
        { ...base, clients: [{ ...client, status }], nutrition: new Map([['c1', facts(lastLogged)]]), nutritionQuietDays: quietDays },
        now,
      );
    expect(run('2026-04-12')).toEqual([]);
    expect(run('2026-04-11')[0]).toMatchObject({ key: 'nutrition_quiet:c1:2026-04-11', reason: 'No food logged for 3 days' });
    expect(run('2026-04-11', 4)).toEqual([]);
    expect(run(null)[0]!.reason).toBe('No food logged since targets were set 13 days ago');
    expect(run('2026-04-01', 3, 'paused')).toEqual([]);
  });
  it('flags last week far off target with the figures', () => {
    const items = nutritionOffTarget.evaluate({ ...base, nutrition: new Map([['c1', facts('2026-04-13', 1500)]]) }, now);
    expect(items[0]).toMatchObject({ key: 'nutrition_off_target:c1:2026-04-06', reason: expect.stringContaining('(-25%, 4 days logged)') });
    expect(nutritionOffTarget.evaluate({ ...base, nutrition: new Map([['c1', facts('2026-04-13', 1900)]]) }, now)).toEqual([]);
  });
});

describe('food words and queries', () => {
  it('stems plurals the same way for names and queries', () => {
    expect(['bananas', 'cherries', 'potatoes', 'tomatoes', 'peaches', 'oats', 'hummus', 'asparagus', 'glass'].map(stemFoodWord)).toEqual([
      'banana',
      'cherry',
      'potato',
      'tomato',
      'peach',
      'oat',
      'hummus',
      'asparagus',
      'glass',
    ]);
    expect(foodWords('Milk, reduced fat, fluid, 2% milkfat')).toEqual(['milk', 'reduced', 'fat', 'fluid', '2', 'milkfat']);
    expect(foodWords('Crème fraîche')).toEqual(['creme', 'fraiche']);
  });
  it('finds what a name is about, under USDA’s umbrella words too', () => {
    expect(foodHead('Potatoes, baked, flesh and skin')).toEqual(['potato']);
    expect(foodHead('Fish, salmon, Atlantic, farmed, raw')).toEqual(['salmon']);
    expect(foodHead('Chicken breast tenders, breaded')).toEqual(['chicken', 'breast', 'tender']);
    expect(foodHead('Oil, olive, salad or cooking')).toEqual(['oil']);
  });
  it('ranks everyday foods above brands, baby food and rare preparations', () => {
    const plain = foodCommonness('Bananas, raw', 'Fruits and Fruit Juices', 8);
    expect(plain).toBe(1);
    expect(foodCommonness('KELLOGG’S Corn Flakes', 'Breakfast Cereals', 2)).toBeLessThan(0.5);
    expect(foodCommonness('Babyfood, bananas, strained', 'Baby Foods', 1)).toBeLessThan(0.2);
    expect(foodCommonness('Bananas, dehydrated, or banana powder', 'Fruits and Fruit Juices', 2)).toBeLessThan(plain);
  });
  it('corrects typos to close vocabulary words, more slack for longer words', () => {
    expect(editDistance('chiken', 'chicken')).toBe(1);
    expect(editDistance('brocolli', 'broccoli')).toBe(2);
    expect(corrections('chiken', ['chicken', 'chickpea', 'kitchen'])).toEqual(['chicken']);
    expect(corrections('egs', ['egg'])).toEqual([]);
    expect(corrections('strawbery', ['strawberry', 'raspberry'])).toEqual(['strawberry']);
  });
  it('turns a query into terms: synonyms, corrections, completions of the last word; drops what matches nothing', () => {
    const lookup = (known: string[], similar: Record<string, string[]> = {}, completions: string[] = []): VocabularyLookup => ({
      known: new Set(known),
      similar: new Map(Object.entries(similar)),
      completions,
    });
    expect(parseFoodQuery('chiken brest', lookup([], { chiken: ['chicken'], brest: ['breast', 'bread'] }))).toEqual([
      { word: 'chiken', forms: ['chicken'], partial: [] },
      { word: 'brest', forms: ['breast'], partial: [] },
    ]);
    expect(parseFoodQuery('courgette', lookup([]))).toEqual([{ word: 'courgette', forms: ['zucchini'], partial: [] }]);
    expect(parseFoodQuery('jacket potato', lookup(['potato']))[0]!.forms).toEqual(['baked potato']);
    expect(parseFoodQuery('spagetti', lookup([], { spagetti: ['spaghetti'] }))[0]!.forms).toEqual(['pasta', 'spaghetti']);
    expect(parseFoodQuery('greek yog', lookup(['greek'], {}, ['yogurt', 'yoghurt']))).toEqual([
      { word: 'greek', forms: ['greek'], partial: [] },
      { word: 'yog', forms: [], partial: ['yogurt', 'yoghurt'] },
    ]);
    expect(parseFoodQuery('banana qqq', lookup(['banana']))).toEqual([{ word: 'banana', forms: ['banana'], partial: [] }]);
    expect(parseFoodQuery('a the of', lookup([]))).toEqual([]);
  });
});
