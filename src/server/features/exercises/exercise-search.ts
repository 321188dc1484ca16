/**
 * Turns what a trainer types into search terms the exercise query can match (pure: no I/O).
 * Trigram similarity alone misses gym shorthand ("db curl", "ohp"), glued words ("benchpress")
 * and ranks look-alikes first ("bench press" → "Bent Press"), so the query is normalised here and
 * each word becomes a term with the spellings that count as a match for it.
 */

/**
 * One concept the exercise must mention. `forms` are full matches, `alternates` count slightly
 * less (a typo's correction, a near-synonym). Every form is normalised words (letters and digits)
 * joined by single spaces; the SQL side also accepts a plural `s`/`es` after each word.
 */
export type SearchTerm = {
  forms: string[];
  alternates: string[];
  /** The last word as typed: "bench pr" should already find "bench press". */
  prefix: boolean;
  /**
   * Trigram fallback for words of 4+ letters the vocabulary does not know ("deadlfit", a custom
   * name's word). Off for known words and expansions, which are spelled right: it is the costly
   * part of a search.
   */
  fuzzy: boolean;
  /** Names the equipment ("db"): a name may carry it anywhere and still be the plain movement. */
  equipment: boolean;
};

export type ExerciseQuery = { terms: SearchTerm[] };

/**
 * Lower-case, no apostrophes ("Farmer's" → "farmers"), every other symbol a space: the same
 * rule the SQL side applies to names (accents are kept, as Postgres has no unaccent here).
 */
export function normaliseText(raw: string): string {
  return raw
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A light plural stemmer, the same idea as the SQL side's `(e?s)?` after each word. */
export function stem(word: string): string {
  if (word.length < 4 || /(ss|us|is)$/.test(word)) return word;
  if (/(ss|ch|sh|x)es$/.test(word)) return word.slice(0, -2);
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** Words written both glued and apart ("pull-up", "pullups", "pull ups"). */
const COMPOUNDS: [string, string][] = [
  ['pull', 'up'],
  ['push', 'up'],
  ['chin', 'up'],
  ['sit', 'up'],
  ['step', 'up'],
  ['muscle', 'up'],
  ['get', 'up'],
  ['pull', 'down'],
  ['push', 'down'],
  ['pull', 'over'],
  ['kick', 'back'],
  ['skull', 'crusher'],
  ['dead', 'lift'],
  ['roll', 'out'],
  ['cross', 'over'],
  ['hyper', 'extension'],
  ['body', 'weight'],
  ['t', 'bar'],
  ['ez', 'bar'],
  ['butt', 'kick'],
  ['jack', 'knife'],
];

/**
 * Shorthand and trainer vocabulary → terms (each a list of spellings; `~` marks a near-synonym
 * that counts a little less than the words typed). Keys are normalised and stemmed; multi-word
 * keys are matched before single words.
 */
const SYNONYMS: Record<string, string[][]> = {
  // equipment
  db: [['dumbbell', 'db']],
  bb: [['barbell', 'bb']],
  kb: [['kettlebell', 'kb']],
  bw: [['bodyweight', 'body only', 'bw']],
  mb: [['medicine ball']],
  'med ball': [['medicine ball']],
  'hex bar': [['trap bar', 'hex bar']],
  sm: [['smith machine']],
  ezbar: [['ez bar', 'ezbar']],
  // lifts
  ohp: [['overhead press', 'shoulder press', 'military press', 'ohp']],
  'overhead press': [['overhead press', '~shoulder press', '~military press']],
  'military press': [['military press', '~overhead press', '~shoulder press']],
  'shoulder press': [['shoulder press', '~overhead press', '~military press']],
  rdl: [['romanian deadlift', 'rdl']],
  sldl: [['stiff', 'sldl'], ['legged', 'leg'], ['deadlift']],
  'stiff leg deadlift': [['stiff'], ['legged', 'leg'], ['deadlift']],
  dl: [['deadlift', 'dl']],
  bp: [['bench press', 'bp']],
  cgbp: [['close grip'], ['bench press']],
  sq: [['squat']],
  ohs: [['overhead squat', 'ohs']],
  ghr: [['glute ham raise', 'ghr']],
  rfess: [['split squat']],
  bss: [['split squat']],
  'bulgarian split squat': [['split squat', 'bulgarian split squat']],
  'back squat': [['back squat', '~barbell squat']],
  'air squat': [['bodyweight squat', 'air squat']],
  'side plank': [['side bridge', 'side plank']],
  'pendlay row': [['bent over barbell row', 'pendlay row']],
  tgu: [['turkish getup', 'tgu']],
  'hamstring curl': [['leg curl', 'hamstring curl']],
  'quad extension': [['leg extension', 'quad extension']],
  'back extension': [['hyperextension', 'back extension']],
  'pec deck': [['butterfly', 'pec deck']],
  'pec fly': [['butterfly', 'pec fly', '~dumbbell fly']],
  'chest fly': [['chest fly', '~dumbbell fly', '~cable crossover', '~butterfly']],
  'lat raise': [['lateral raise', 'lat raise']],
  'side raise': [['side lateral raise', 'lateral raise', 'side raise']],
  'rear delt fly': [['reverse fly', 'rear delt fly']],
  'reverse lunge': [['reverse lunge', '~rear lunge']],
  'farmer carry': [['farmer'], ['walk', 'carry']],
  'jump rope': [['rope jumping', 'jump rope']],
  skipping: [['rope jumping', 'skipping']],
  'ab wheel': [['ab roller', 'ab rollout', 'ab wheel']],
  rower: [['rowing stationary', 'rower']],
  erg: [['rowing stationary', 'erg']],
  'rowing machine': [['rowing stationary', 'rowing machine']],
  'exercise bike': [['bicycling stationary', 'recumbent bike', 'exercise bike']],
  bike: [['bike', 'bicycling']],
  cycling: [['bicycling', 'cycling']],
  treadmill: [['treadmill']],
  'battle rope': [['battling rope', 'battle rope']],
  'skull crusher': [['skullcrusher', 'skull crusher', 'lying triceps press']],
  'single arm': [['single arm', '~one arm']],
  'one arm': [['one arm', '~single arm']],
  'single leg': [['single leg', '~one leg', '~one legged']],
  'one leg': [['one leg', 'one legged', '~single leg']],
  // words
  abs: [['ab', 'abdominal']],
  calf: [['calf', 'calve']],
  calve: [['calf', 'calve']],
  fly: [['fly', 'flye']],
  flye: [['fly', 'flye']],
  alt: [['alternate', 'alternating', 'alt']],
  alternate: [['alternate', 'alternating']],
  alternating: [['alternating', 'alternate']],
  tri: [['tricep', 'tri']],
  bi: [['bicep', 'bi']],
  ext: [['extension', 'ext']],
  battle: [['battling', 'battle']],
  pushdown: [['pushdown', 'push down', 'pressdown']],
};

const STOPWORDS = new Set(['a', 'an', 'and', 'the', 'with', 'on', 'of', 'to', 'for', 'in', 'at', 'exercise']);

/** Words of common exercise names, used to split glued words and to correct typos. */
const VOCABULARY = new Set(
  `ab abdominal adductor abductor alternate alternating arm arnold around assisted back ball band bar barbell battling bench bent
  bicep bicycling bird body bodyweight box bridge bulgarian burpee butterfly cable calf carry chain chest chin circle clean climb
  climber close concentration crossover crunch crusher curl deadlift decline deficit delt deltoid dip dog donkey down drag dumbbell
  elevated extension face farmer floor fly flye front full getup glute goblet good grip hack hammer hamstring hang hanging high hip
  hold hyperextension incline inverted jack jerk jump kettlebell kick kickback knee kneeling landmine lat lateral leg lever leverage
  lift low lunge lying machine medicine military morning mountain narrow neck neutral oblique olympic one overhead pallof parallel
  pec pistol plank plate power preacher press pull pulldown pullover pullup push pushdown pushup quad raise rear renegade reverse
  rollout romanian rope rotation row russian seated shoulder shrug side single sissy sitting situp skullcrusher sled smith snatch
  spider split sprint squat stance standing step stepup stiff straight stretch sumo swing thrust thruster tricep trap turkish twist
  two up upright walk walking wall wide windmill wrist zercher zottman`.split(/\s+/),
);

const MAX_PHRASE_WORDS = 3;
/** Each term costs a pass over the library; nobody names an exercise in more words than this. */
export const MAX_TERMS = 8;

/** Equipment words: a name may mention them anywhere and still be the plain movement ("Upright Barbell Row"). */
export const EQUIPMENT_WORDS = [
  'barbell',
  'dumbbell',
  'kettlebell',
  'cable',
  'smith machine',
  'machine',
  'leverage',
  'lever',
  'ez bar',
  'band',
  'bodyweight',
];

const plain = (word: string, prefix = false): SearchTerm => ({
  forms: [word],
  alternates: [],
  prefix,
  fuzzy: word.length >= 4 && !isKnown(word),
  equipment: EQUIPMENT_WORDS.includes(word),
});
const expanded = (spellings: string[]): SearchTerm => {
  const forms = spellings.filter((form) => !form.startsWith('~'));
  return {
    forms,
    alternates: spellings.filter((form) => form.startsWith('~')).map((form) => form.slice(1)),
    prefix: false,
    fuzzy: false,
    equipment: EQUIPMENT_WORDS.includes(forms[0]!),
  };
};

const compoundTerms = new Map<string, SearchTerm>();
for (const [left, right] of COMPOUNDS) {
  const term = expanded([`${left}${right}`, `${left} ${right}`]);
  // Stemming leaves three-letter words alone, so "ups" needs its own key.
  for (const key of [`${left}${right}`, `${left} ${right}`, `${left} ${right}s`]) compoundTerms.set(key, term);
}

const isKnown = (word: string) => VOCABULARY.has(word) || VOCABULARY.has(stem(word)) || compoundTerms.has(stem(word));

/** "benchpress" → ["bench", "press"]; "latpulldowns" → ["lat", "pulldown"]; null unless two or three known words. */
export function splitGlued(word: string): string[] | null {
  if (word.length < 5 || isKnown(word)) return null;
  // Longest known first part first: "pushpress" is push + press, not pu + shpress.
  for (let i = word.length - 2; i >= 2; i--) {
    const [left, right] = [word.slice(0, i), word.slice(i)];
    if (!VOCABULARY.has(left)) continue;
    if (isKnown(right)) return [left, stem(right)];
    const rest = right.length >= 4 ? splitGlued(right) : null;
    if (rest && rest.length === 2) return [left, ...rest];
  }
  return null;
}

/** Optimal string alignment distance (Levenshtein plus adjacent swaps), stopping early past `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]!.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]!.push(best);
    }
  }
  return rows[a.length]![b.length]!;
}

/** The one vocabulary word a typo is closest to ("sqaut" → "squat"), if it is unambiguous. */
export function correctTypo(word: string): string | null {
  if (word.length < 4 || isKnown(word) || /\d/.test(word)) return null;
  const max = word.length >= 8 ? 2 : 1;
  let best: { word: string; distance: number } | null = null;
  let tie = false;
  for (const candidate of VOCABULARY) {
    const distance = editDistance(word, candidate, max);
    if (distance > max) continue;
    if (!best || distance < best.distance) {
      best = { word: candidate, distance };
      tie = false;
    } else if (distance === best.distance) tie = true;
  }
  return best && !tie ? best.word : null;
}

function wordTerm(word: string, isLast: boolean): SearchTerm {
  const split = splitGlued(word);
  if (split) return expanded([split.join(' '), word]);
  const corrected = correctTypo(word);
  if (corrected) return { ...plain(word, isLast), alternates: [corrected], equipment: EQUIPMENT_WORDS.includes(corrected) };
  return plain(word, isLast);
}

/** The longest synonym or compound starting at `start`, and how many words it takes. */
function knownPhrase(words: string[], start: number): { terms: SearchTerm[]; length: number } | null {
  for (let length = Math.min(MAX_PHRASE_WORDS, words.length - start); length >= 1; length--) {
    const key = words.slice(start, start + length).join(' ');
    const synonym = SYNONYMS[key];
    if (synonym) return { terms: synonym.map(expanded), length };
    const compound = compoundTerms.get(key);
    if (compound) return { terms: [compound], length };
  }
  return null;
}

/**
 * The whole query → terms. Multi-word synonyms and compounds are matched first (longest first),
 * then shorthand, then glued words and typos; stopwords are dropped unless nothing else is left.
 */
export function parseExerciseQuery(raw: string): ExerciseQuery {
  const words = normaliseText(raw).split(' ').filter(Boolean).map(stem);
  const meaningful = words.filter((word) => !STOPWORDS.has(word));
  const source = meaningful.length > 0 ? meaningful : words;
  const terms: SearchTerm[] = [];
  let i = 0;
  while (i < source.length) {
    const phrase = knownPhrase(source, i);
    if (phrase) terms.push(...phrase.terms);
    else terms.push(wordTerm(source[i]!, i === source.length - 1));
    i += phrase?.length ?? 1;
  }
  return { terms: terms.slice(0, MAX_TERMS) };
}
