/**
 * Food search's query side (pure: no I/O). Queries become the same words as names (food-words.ts);
 * synonyms turn everyday and British words into the words USDA uses; typos are corrected against
 * the words food names really contain (food-search.repo.ts asks the trigram index for neighbours,
 * `corrections` decides which are close enough).
 */
import { editDistance } from '../exercises/exercise-search';
import { FOOD_SYNONYMS } from './food-search-cases';
import { foodWords } from './food-words';

const STOPWORDS = new Set(['a', 'an', 'and', 'the', 'with', 'of', 'in', 'on', 'or', 'for', 'some', 'my', 'x', 'g', 'gram', 'grams']);

/**
 * One concept the food must mention: any of `forms` fully (each a stemmed word, or a phrase whose
 * words must all be in the name: "baked potato"), or one of `partial` a little less.
 */
export type FoodTerm = {
  /** The word as typed (normalised, stemmed), or the synonym phrase. */
  word: string;
  forms: string[];
  /** Completions of a last word still being typed ("chick" → chicken, chickpea). */
  partial: string[];
};

/** What the vocabulary says about the typed words (food-search.repo.ts asks the database). */
export type VocabularyLookup = {
  known: Set<string>;
  /** Per unknown word: vocabulary words that look like it (trigram neighbours, most similar first). */
  similar: Map<string, string[]>;
  /** Vocabulary words that start with the last typed word, commonest first. */
  completions: string[];
};

const SYNONYMS = new Map<string, string[]>(
  Object.entries(FOOD_SYNONYMS).map(([key, values]) => [foodWords(key).join(' '), values.map((value) => foodWords(value).join(' '))]),
);
const MAX_PHRASE = 3;
export const MAX_FOOD_TERMS = 6;

/** The query's meaningful words (stopwords dropped unless nothing else is left). */
export function queryWords(raw: string): string[] {
  const all = foodWords(raw);
  const meaningful = all.filter((word) => !STOPWORDS.has(word));
  return (meaningful.length > 0 ? meaningful : all).slice(0, 12);
}

/** A synonym: one term whose forms are its phrases, plus the word typed when foods use it too ("prawn"). */
function synonymTerm(key: string, known: Set<string>): FoodTerm {
  const forms = [...SYNONYMS.get(key)!];
  if (!key.includes(' ') && known.has(key)) forms.push(key);
  return { word: key, forms, partial: [] };
}

/**
 * The query → terms. Synonym phrases first (longest first); every other word is its own term:
 * itself when foods use it, else its close spellings (a correction that is a synonym's key uses
 * the synonym: "spagetti" → spaghetti → pasta); the last word also its completions. Words that
 * match nothing at all are dropped (a stray letter should not empty the results).
 */
export function parseFoodQuery(raw: string, lookup: VocabularyLookup): FoodTerm[] {
  const words = queryWords(raw);
  const terms: FoodTerm[] = [];
  let i = 0;
  while (i < words.length && terms.length < MAX_FOOD_TERMS) {
    let length = Math.min(MAX_PHRASE, words.length - i);
    for (; length >= 1; length--) {
      const key = words.slice(i, i + length).join(' ');
      if (!SYNONYMS.has(key)) continue;
      terms.push(synonymTerm(key, lookup.known));
      break;
    }
    if (length === 0) {
      const word = words[i]!;
      const isLast = i === words.length - 1;
      const fixes = lookup.known.has(word) ? [] : corrections(word, lookup.similar.get(word) ?? []).slice(0, 3);
      if (fixes[0] && SYNONYMS.has(fixes[0])) terms.push(synonymTerm(fixes[0], new Set([fixes[0]])));
      else {
        const forms = lookup.known.has(word) ? [word] : fixes;
        const partial = isLast && word.length >= 3 ? lookup.completions.filter((completion) => !forms.includes(completion)) : [];
        if (forms.length > 0 || partial.length > 0) terms.push({ word, forms, partial });
      }
      length = 1;
    }
    i += length;
  }
  return terms.slice(0, MAX_FOOD_TERMS);
}

/** How far a typo may be from the word meant: one slip in a short word, two in a long one. */
export const allowedTypos = (word: string) => (word.length <= 3 ? 0 : word.length <= 6 ? 1 : 2);

/**
 * Which vocabulary candidates (from the trigram index, most similar first) a typed word may mean:
 * those within the allowed edit distance, the closest first. Completions of the last word come
 * from the repo separately.
 */
export function corrections(word: string, candidates: string[]): string[] {
  const max = allowedTypos(word);
  if (max === 0) return [];
  return candidates
    .map((candidate) => ({ candidate, distance: editDistance(word, candidate, max) }))
    .filter((entry) => entry.distance <= max)
    .sort((a, b) => a.distance - b.distance)
    .map((entry) => entry.candidate);
}
