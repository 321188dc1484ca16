import type { EntryUnit, Food } from '../../../shared/nutrition';
import type { FoodPreview } from './client-day-model';

/*
 * What this phone remembers about foods, in localStorage: how a waiting entry looks (its name and
 * figures, until the server has it) and the amount last logged of each food (the portion picker
 * opens on it, so a usual breakfast is three taps).
 */

const PREVIEWS_KEY = 'onecoach:food-previews';
const AMOUNTS_KEY = 'onecoach:food-amounts';
const RECENTS_KEY = 'onecoach:food-recents';
const MAX_AMOUNTS = 300;

export type Amount = { unit: EntryUnit; quantity: number; portionLabel: string | null };

function read<T>(key: string): Record<string, T> {
  try {
    const raw = window.localStorage.getItem(key);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, T>) : {};
  } catch {
    return {};
  }
}

function write(key: string, value: Record<string, unknown>) {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or switched off: the entry still syncs, it just draws as "Food" until then.
  }
}

export const readPreviews = (): Record<string, FoodPreview> => read<FoodPreview>(PREVIEWS_KEY);

export function savePreview(clientEntryId: string, preview: FoodPreview) {
  write(PREVIEWS_KEY, { ...readPreviews(), [clientEntryId]: preview });
}

export function forgetPreview(clientEntryId: string) {
  const previews = readPreviews();
  if (!(clientEntryId in previews)) return;
  delete previews[clientEntryId];
  write(PREVIEWS_KEY, previews);
}

export const lastAmount = (foodId: string): Amount | undefined => read<Amount>(AMOUNTS_KEY)[foodId];

export function rememberAmount(foodId: string, amount: Amount) {
  const amounts = read<Amount>(AMOUNTS_KEY);
  delete amounts[foodId];
  // Newest last: when full, the foods not logged for longest are forgotten first.
  const entries = [...Object.entries(amounts), [foodId, amount] as const].slice(-MAX_AMOUNTS);
  write(AMOUNTS_KEY, Object.fromEntries(entries));
}

/** The recents-and-favourites list as last fetched: the add-food sheet opens on it at once, offline too. */
export const storedRecents = {
  read: (): { items: Food[] } | undefined => {
    const stored = read<Food[]>(RECENTS_KEY).items;
    return Array.isArray(stored) ? { items: stored } : undefined;
  },
  write: (list: { items: Food[] }) => write(RECENTS_KEY, { items: list.items }),
};
