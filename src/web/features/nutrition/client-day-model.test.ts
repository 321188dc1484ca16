import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../shared/nutrition';
import type { OutboxOp } from '../../lib/outbox';
import { emptyDay, entriesPath, mergePending, waterOpId, waterPath, withEntry, withoutEntry } from './client-day-model';

const CLIENT = '11111111-1111-4111-8111-111111111111';
const DATE = '2026-03-10';
const ENTRY_ID = '22222222-2222-4222-8222-222222222222';

const foodOp = (date = DATE, meal = 'Breakfast'): OutboxOp => ({
  id: ENTRY_ID,
  kind: 'food-entry',
  method: 'POST',
  path: entriesPath(CLIENT),
  createdAt: '2026-03-10T08:00:00.000Z',
  body: { kind: 'food', clientEntryId: ENTRY_ID, date, meal, foodId: 'f1', unit: 'portion', quantity: 2, portionLabel: '1 slice' },
});

const preview = { name: 'Toast', nutrients: { kcal: 160, proteinG: 6, fatG: 2, carbsG: 30, fiberG: 2 }, grams: 60 };

describe('the day with waiting writes on top', () => {
  it('shows a food logged on this phone in its meal, counted in the totals', () => {
    const view = mergePending(emptyDay(CLIENT, DATE), { clientId: CLIENT, date: DATE, ops: [foodOp()], previews: { [ENTRY_ID]: preview } });
    const breakfast = view.meals.find((meal) => meal.name === 'Breakfast');
    expect(breakfast?.entries).toHaveLength(1);
    expect(breakfast?.entries[0]).toMatchObject({ name: 'Toast', kcal: 160, isPending: true, portionLabel: '1 slice', quantity: 2 });
    expect(view.totals.kcal).toBe(160);
    expect(view.pendingCount).toBe(1);
  });

  it('leaves out writes for other days and does not count an entry the server already has twice', () => {
    const other = mergePending(emptyDay(CLIENT, DATE), { clientId: CLIENT, date: DATE, ops: [foodOp('2026-03-09')], previews: {} });
    expect(other.totals.kcal).toBe(0);

    const saved = withEntry(emptyDay(CLIENT, DATE), pendingLike());
    const view = mergePending(saved, { clientId: CLIENT, date: DATE, ops: [foodOp()], previews: { [ENTRY_ID]: preview } });
    expect(view.meals.flatMap((meal) => meal.entries)).toHaveLength(1);
    expect(view.totals.kcal).toBe(160);
  });

  it('adds a meal the day does not have yet', () => {
    const view = mergePending(emptyDay(CLIENT, DATE), { clientId: CLIENT, date: DATE, ops: [foodOp(DATE, 'Pre-workout')], previews: {} });
    expect(view.meals.map((meal) => meal.name)).toEqual(['Breakfast', 'Lunch', 'Dinner', 'Snacks', 'Pre-workout']);
  });

  it('shows the waiting water total', () => {
    const op: OutboxOp = {
      id: waterOpId(CLIENT, DATE),
      kind: 'water',
      method: 'PUT',
      path: waterPath(CLIENT, DATE),
      createdAt: '',
      body: { ml: 750 },
    };
    const view = mergePending(emptyDay(CLIENT, DATE), { clientId: CLIENT, date: DATE, ops: [op], previews: {} });
    expect(view.water.ml).toBe(750);
    expect(view.isWaterPending).toBe(true);
  });

  it('takes an entry out with its kcal', () => {
    const day = withEntry(emptyDay(CLIENT, DATE), pendingLike());
    const after = withoutEntry(day, 'e1');
    expect(after.totals.kcal).toBe(0);
    expect(after.meals.every((meal) => meal.entries.length === 0)).toBe(true);
  });
});

function pendingLike(): Entry {
  return {
    id: 'e1',
    clientEntryId: ENTRY_ID,
    date: DATE,
    meal: 'Breakfast',
    foodId: 'f1',
    name: 'Toast',
    unit: 'portion',
    portionLabel: '1 slice',
    quantity: 2,
    grams: 60,
    kcal: 160,
    proteinG: 6,
    fatG: 2,
    carbsG: 30,
    fiberG: 2,
    createdAt: '2026-03-10T08:00:00.000Z',
  };
}
