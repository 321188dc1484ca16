/**
 * The deterministic escalation screen: runs on every message to the AI assistant before any model
 * call, so a red flag reaches the trainer even when the model is down or not configured. A model
 * may add escalations later but never remove one. Pure (no I/O); measured on a labelled set in
 * escalation.test.ts (every red flag caught, few false alarms).
 *
 * Matching works on normalised words: lower case, apostrophes dropped, letters repeated three or
 * more times squeezed ("dizzzy"), and each word of a pattern may be one typing slip away from the
 * word written ("chest pian"). A match preceded closely by a negation ("no chest pain today",
 * "not dizzy at all") does not count; gym slang ("this workout killed me", "legs are dead") is not a
 * pattern at all.
 */
import { editDistance } from '../exercises/exercise-search';

export const ESCALATION_CATEGORIES = ['emergency', 'injury', 'pregnancy', 'eating', 'self_harm', 'medical'] as const;
export type EscalationCategory = (typeof ESCALATION_CATEGORIES)[number];

export type Screening = {
  flagged: boolean;
  categories: EscalationCategory[];
  /** The phrases that matched, as written (for the trainer's needs-attention item). */
  matches: { category: EscalationCategory; phrase: string }[];
};

/** Where it hurts: "hurt my …" is an injury for these, not for "hurt my feelings" or "broke my PR". */
const BODY_PARTS = [
  'back',
  'lower back',
  'neck',
  'shoulder',
  'knee',
  'ankle',
  'wrist',
  'elbow',
  'hip',
  'hamstring',
  'calf',
  'groin',
  'quad',
  'foot',
  'toe',
  'finger',
  'thumb',
  'hand',
  'arm',
  'leg',
  'rib',
  'bicep',
  'tricep',
  'achilles',
  'pec',
  'glute',
  'nose',
  'collarbone',
  'spine',
  'head',
];

/**
 * Patterns: words in order, `*` for any one word, `?` after a word for "may be absent". Each word
 * also matches its plural and -ing/-ed forms through the stem check below.
 */
const PATTERNS: Record<EscalationCategory, string[]> = {
  emergency: [
    'chest pain',
    'chest * pain',
    'pain * chest',
    'pain in my chest',
    'chest hurts',
    'chest hurt',
    'chest tight',
    'chest * tight',
    'chest feels',
    'chest felt',
    'tight chest',
    'tightness in my chest',
    'chest pressure',
    'pressure in my chest',
    'heart racing',
    'heart * racing',
    'heart pounding',
    'heart * pounding',
    'palpitations',
    'heart skipping',
    'irregular heartbeat',
    'dizzy',
    'dizziness',
    'lightheaded',
    'light headed',
    'faint',
    'fainted',
    'fainting',
    'passed out',
    'pass out',
    'blacked out',
    'black out',
    'blackout',
    'numb',
    'numbness',
    'tingling in my arm',
    'tingling in my face',
    'pins and needles',
    'cant feel my',
    'lost feeling in',
    'cant breathe',
    'couldnt breathe',
    'can not breathe',
    'short of breath',
    'shortness of breath',
    'struggling to breathe',
    'blurred vision',
    'blurry vision',
    'vision * blurry',
    'vision * blurred',
    'vision * * blurry',
    'slurred speech',
    'worst headache',
    'coughing up blood',
    'seizure',
    'collapsed',
  ],
  injury: [
    'sharp pain',
    'shooting pain',
    'stabbing pain',
    'severe pain',
    'pain in my',
    'my * hurts',
    'my * * hurts',
    'hurts when',
    'it hurts',
    'really hurts',
    'injured',
    'injury',
    ...['hurt', 'tweaked', 'pulled', 'strained', 'broke', 'twisted', 'jarred', 'injured'].flatMap((verb) =>
      BODY_PARTS.map((part) => `${verb} my ${part}`),
    ),
    'pulled a muscle',
    'torn muscle',
    'torn ligament',
    'torn * muscle',
    'torn acl',
    'torn meniscus',
    'i tore',
    'tore my',
    'sprained',
    'sprain',
    'felt a pop',
    'heard a pop',
    'something popped',
    'swollen',
    'swelling',
    'cant put weight',
    'cant bend',
    'cant lift my arm',
    'back went',
    'gave way',
    'gave out',
    'back gave out',
    'slipped disc',
    'herniated',
    'dislocated',
    'fracture',
    'fractured',
    'broken bone',
    'broken * bone',
    'concussion',
    'hit my head',
    'in pain',
    'painful to',
    'hurt myself',
    'hurting myself',
  ],
  pregnancy: ['pregnant', 'pregnancy', 'expecting a baby', 'trimester', 'postpartum', 'gave birth', 'miscarriage', 'having a baby'],
  eating: [
    'eating disorder',
    'anorexia',
    'anorexic',
    'bulimia',
    'bulimic',
    'binge eating',
    'binge eat',
    'binge ate',
    'binged on food',
    'went on a binge',
    'purge',
    'purging',
    'threw up after eating',
    'throwing up after',
    'throw up after',
    'make myself sick',
    'made myself sick',
    'make myself throw up',
    'laxatives',
    'starving myself',
    'stopped eating',
    'not eating anything',
    'havent eaten in',
    'skip meals to lose',
    'hate my body',
    'disgusted with my body',
  ],
  self_harm: [
    'kill myself',
    'killing myself',
    'suicide',
    'suicidal',
    'end my life',
    'end it all',
    'want to die',
    'wanna die',
    'better off dead',
    'no reason to live',
    'self harm',
    'selfharm',
    'want to hurt myself',
    'going to hurt myself',
    'thinking of hurting myself',
    'thinking about hurting myself',
    'cut myself',
    'cutting myself',
    'dont want to be here',
    'cant go on anymore',
    'cant go on like this',
    'not worth living',
  ],
  medical: [
    'blood pressure',
    'diabetic',
    'diabetes',
    'insulin',
    'hypo',
    'heart condition',
    'heart attack',
    'had a stroke',
    'stroke symptoms',
    'asthma attack',
    'epilepsy',
    'surgery',
    'hospital',
    'a&e',
    'blood in my',
    'vomiting blood',
    'threw up blood',
  ],
};

/** Words that cancel a match when they come shortly before it ("no chest pain", "not dizzy"). */
const NEGATIONS = new Set(['no', 'not', 'never', 'without', 'zero', 'isnt', 'wasnt', 'arent', 'dont', 'didnt', 'doesnt', 'nor', 'free']);
const EXACT_ONLY = new Set(['cant', 'couldnt', 'dont', 'wont', 'havent', 'not', 'no']);
/** How many words back a negation reaches ("no more chest pain", "not at all dizzy"). */
const NEGATION_REACH = 3;
/** Reassurance after a phrase that negates it: "dizzy? not at all", "pain-free". */
const NEGATED_AFTER = /^(?:\s*(?:free|gone|is gone|has gone|went away|no longer))/;

const normalise = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/(\p{L})\1{2,}/gu, '$1$1')
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim();

/**
 * A written word stands for a pattern word: equal, an inflection, or one slip away for words of
 * five letters or more that start with the same letter (typos rarely hit the first letter, and
 * "paint" must not read as "faint").
 */
function sameWord(written: string, wanted: string, anchored: boolean): boolean {
  if (written === wanted) return true;
  if (written.startsWith(wanted) && /^(?:s|es|ed|d|ing|ness|y)$/.test(written.slice(wanted.length))) return true;
  // "can" for "cant" flips the meaning: words that carry a negation match exactly.
  if (EXACT_ONLY.has(wanted)) return false;
  // In a phrase the other words anchor the match, so four-letter words may slip too ("chest pian").
  if (wanted.length < (anchored ? 4 : 5) || written[0] !== wanted[0] || Math.abs(written.length - wanted.length) > 1) return false;
  return editDistance(written, wanted, 1) <= 1;
}

type Pattern = { category: EscalationCategory; words: string[] };
const COMPILED: Pattern[] = ESCALATION_CATEGORIES.flatMap((category) =>
  PATTERNS[category].map((pattern) => ({ category, words: pattern.split(' ').map((word) => (word === '*' ? word : normalise(word))) })),
);

/** Where the pattern matches in `words` (start and end index), or null. */
function findPattern(words: string[], pattern: string[]): { start: number; end: number } | null {
  for (let start = 0; start < words.length; start++) {
    let i = start;
    let ok = true;
    for (const wanted of pattern) {
      if (i >= words.length) {
        ok = false;
        break;
      }
      if (wanted !== '*' && !sameWord(words[i]!, wanted, pattern.length > 1)) {
        ok = false;
        break;
      }
      i++;
    }
    if (ok) return { start, end: i };
  }
  return null;
}

function isNegated(words: string[], start: number, end: number): boolean {
  for (let i = Math.max(0, start - NEGATION_REACH); i < start; i++) if (NEGATIONS.has(words[i]!)) return true;
  return NEGATED_AFTER.test(words.slice(end).join(' '));
}

/** Screens one message; each sentence is screened on its own so a negation never crosses a full stop. */
export function screenMessage(text: string): Screening {
  const matches: Screening['matches'] = [];
  for (const sentence of text.split(/[.!?;\n]+/)) {
    const words = normalise(sentence).split(' ').filter(Boolean);
    if (words.length === 0) continue;
    for (const pattern of COMPILED) {
      const found = findPattern(words, pattern.words);
      if (!found || isNegated(words, found.start, found.end)) continue;
      if (!matches.some((match) => match.category === pattern.category))
        matches.push({ category: pattern.category, phrase: words.slice(found.start, found.end).join(' ') });
    }
  }
  const categories = ESCALATION_CATEGORIES.filter((category) => matches.some((match) => match.category === category));
  return { flagged: categories.length > 0, categories, matches };
}
