/**
 * The words food search compares (pure: no I/O). Names and queries become the same normalised,
 * stemmed words, so "Bananas, raw" and "banana" meet and word order never matters. Used by the
 * data migration's generator (scripts/gen-food-migration.ts) and by custom foods, so every row's
 * `words` and `commonness` come from this one place.
 */

/** Lower-case, no apostrophes, "2%" kept as "2", every other symbol a space. */
export function normaliseFoodText(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A light plural stemmer, applied alike to names and queries: "cherries" → "cherry", "potatoes" → "potato". */
export function stemFoodWord(word: string): string {
  if (word.length < 4 || /(ss|us|is|ous)$/.test(word)) return word;
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|ch|sh|x|z|oes)es$/.test(word) || /[^aeiou]oes$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** A name's words in order, normalised and stemmed: what the `words` column holds. */
export function foodWords(name: string): string[] {
  return normaliseFoodText(name).split(' ').filter(Boolean).map(stemFoodWord);
}

const GROUP_COMMONNESS: Record<string, number> = {
  'Baby Foods': 0.2,
  'American Indian/Alaska Native Foods': 0.25,
  'Restaurant Foods': 0.45,
  'Fast Foods': 0.5,
  'Meals, Entrees, and Side Dishes': 0.55,
  'Soups, Sauces, and Gravies': 0.7,
  Snacks: 0.75,
  Sweets: 0.75,
  'Breakfast Cereals': 0.8,
  'Baked Products': 0.85,
  'Lamb, Veal, and Game Products': 0.85,
};
/** Words that mark a plain, everyday form of a food ("raw", "whole") or an unusual one ("dehydrated"). */
const PLAIN_WORDS = new Set(['raw', 'fresh', 'whole', 'plain', 'regular', 'cooked', 'boiled', 'roasted', 'baked', 'drained']);
const DRY_IS_USUAL = new Set([
  'Cereal Grains and Pasta',
  'Legumes and Legume Products',
  'Breakfast Cereals',
  'Nut and Seed Products',
  'Spices and Herbs',
]);
const GENERIC = /\b(all types|all varieties|all commercial varieties|all grades|mixed species|year round average)\b/i;
const UNUSUAL_WORDS = new Set([
  'heart',
  'gizzard',
  'giblet',
  'feet',
  'neck',
  'babyfood',
  'dehydrated',
  'powder',
  'imitation',
  'formulated',
  'infant',
  'toddler',
  'commodity',
  'industrial',
  'school',
  'lunch',
  'usda',
  'frozen',
  'canned',
  'freeze',
  'dried',
  'concentrate',
  'mix',
  'unprepared',
  'byproduct',
  'variety',
  'human',
  'sheep',
  'goat',
  'buffalo',
  'meatless',
  'substitute',
]);

/**
 * USDA names start with what the food is ("Potatoes, baked") except under these umbrella words,
 * where the food comes second ("Fish, salmon, Atlantic", "Beverages, coffee, brewed").
 */
const UMBRELLA_HEADS = new Set([
  'fish',
  'beverages',
  'alcoholic beverage',
  'nuts',
  'seeds',
  'spices',
  'mollusks',
  'crustaceans',
  'game meat',
  'cheese',
  'cereals',
  'cereals ready to eat',
  'snacks',
  'candies',
  'salad dressing',
  'fast foods',
  'restaurant',
  'babyfood',
]);

/** The words that say what a food is: its first segment, or the second under an umbrella word. */
export function foodHead(name: string): string[] {
  const segments = name.split(',').map((segment) => normaliseFoodText(segment));
  const head = UMBRELLA_HEADS.has(segments[0] ?? '') && segments[1] ? segments[1] : (segments[0] ?? '');
  return head.split(' ').filter(Boolean).map(stemFoodWord);
}

/**
 * 0–1: how everyday a food is when two names match a query equally well. From the data alone:
 * its group, brand names (the 2015 brand items are written in capitals), plain vs unusual
 * preparations, and how many household portions USDA measured for it (everyday foods have many:
 * "Bananas, raw" 8, "Milk, human" 2).
 */
export function foodCommonness(name: string, group: string, portionCount = 0): number {
  let score = (GROUP_COMMONNESS[group] ?? 1) * (0.6 + 0.4 * Math.min(1, portionCount / 8));
  if (/\b[A-Z][A-Z'’&.]{2,}/.test(name.replace(/^USDA\b/, ''))) score *= 0.55;
  const words = foodWords(name);
  score *= 0.85 ** words.filter((word) => UNUSUAL_WORDS.has(word)).length;
  // Dry milk or eggs are powders; dry pasta, beans or oats are how they are bought.
  if (words.includes('dry') && !DRY_IS_USUAL.has(group)) score *= 0.85;
  if (words.some((word) => PLAIN_WORDS.has(word))) score *= 1.1;
  // USDA's averaged, generic entries: "Peanuts, all types, raw", "Shrimp, mixed species".
  if (GENERIC.test(name)) score *= 1.2;
  score = Math.min(1, score);
  return Math.round(score * 1000) / 1000;
}
