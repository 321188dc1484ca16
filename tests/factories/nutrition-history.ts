import { randomUUID } from 'node:crypto';
import { DEFAULT_TARGET_INPUTS, type TargetInputs } from '../../src/shared/nutrition-targets';
import { addDays } from '../../src/server/features/programs/schedule-rules';
import type { Agent } from '../setup/agent';

/**
 * Days of a believable food log for one client, through the real API: targets set by the trainer
 * from the calculator, then breakfast, lunch, dinner and a snack most days (amounts vary, now and
 * then a day is skipped or runs over), and water. Deterministic for a given seed. Used by
 * `npm run seed:demo` and the nutrition browser journey.
 */
export type NutritionHistoryOptions = {
  trainer: Agent;
  client: Agent;
  clientId: string;
  today: string;
  days: number;
  inputs: Pick<TargetInputs, 'sex' | 'ageYears' | 'heightCm' | 'weightKg'> & Partial<TargetInputs>;
  seed?: number;
  /** Called once the targets are saved (the demo seed moves its clock back to today here). */
  afterTargets?: () => void;
};

/** What the demo people eat: [meal, search query, grams]. */
const MENU: [string, string, number][] = [
  ['Breakfast', 'oats', 60],
  ['Breakfast', 'banana', 118],
  ['Breakfast', 'milk reduced fat 2%', 200],
  ['Lunch', 'chicken breast', 150],
  ['Lunch', 'rice white cooked', 180],
  ['Lunch', 'broccoli', 90],
  ['Dinner', 'salmon atlantic', 140],
  ['Dinner', 'potato baked', 200],
  ['Dinner', 'olive oil', 10],
  ['Snacks', 'greek yogurt plain', 170],
  ['Snacks', 'almonds', 25],
];

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}

export async function seedNutritionHistory(options: NutritionHistoryOptions): Promise<{ entries: number }> {
  const { trainer, client, clientId, today } = options;
  const rand = random(options.seed ?? 7);
  const inputs: TargetInputs = { ...DEFAULT_TARGET_INPUTS, bodyFatPct: null, ...options.inputs };
  const saved = await trainer.post(`/api/clients/${clientId}/nutrition/targets`, { inputs, overrides: {}, note: 'Starting targets' });
  if (saved.status !== 201) throw new Error(`targets failed: ${saved.status} ${JSON.stringify(saved.body)}`);
  options.afterTargets?.();
  const foods = new Map<string, string>();
  for (const [, query] of MENU) {
    const found = await client.get(`/api/foods?q=${encodeURIComponent(query)}&limit=1`);
    foods.set(query, found.body.items[0].id as string);
  }
  let entries = 0;
  for (let back = options.days - 1; back >= 0; back--) {
    const date = addDays(today, -back);
    if (back > 0 && rand() < 0.12) continue; // a day not logged
    const scale = 0.8 + rand() * 0.45;
    for (const [meal, query, grams] of MENU) {
      if (meal === 'Snacks' && rand() < 0.4) continue;
      const res = await client.post(`/api/clients/${clientId}/nutrition/entries`, {
        kind: 'food',
        clientEntryId: randomUUID(),
        date,
        meal,
        foodId: foods.get(query),
        unit: 'g',
        quantity: Math.round(grams * scale),
      });
      if (res.status !== 201) throw new Error(`entry failed: ${res.status} ${JSON.stringify(res.body)}`);
      entries += 1;
    }
    await client.put(`/api/clients/${clientId}/nutrition/water/${date}`, { ml: 250 * Math.round(6 + rand() * 5) });
  }
  return { entries };
}
