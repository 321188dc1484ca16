import { describe, expect, it } from 'vitest';
import { MAX_TERMS, correctTypo, editDistance, normaliseText, parseExerciseQuery, splitGlued, stem } from './exercise-search';

const forms = (query: string) => parseExerciseQuery(query).terms.map((term) => term.forms);

describe('normaliseText', () => {
  it('lower-cases, drops apostrophes and turns every other symbol into one space', () => {
    expect(normaliseText("Farmer's Walk")).toBe('farmers walk');
    expect(normaliseText('  Pull-Up/Chin-Up!  ')).toBe('pull up chin up');
    expect(normaliseText('BENCH   press - Medium (Grip)')).toBe('bench press medium grip');
    expect(normaliseText('Clean & Jerk')).toBe('clean jerk');
    expect(normaliseText('Sentadilla Búlgara')).toBe('sentadilla búlgara');
    expect(normaliseText('%_*(')).toBe('');
  });
});

describe('stem', () => {
  it('takes plurals off, leaving words that only look plural', () => {
    expect(['squats', 'curls', 'presses', 'crunches', 'biceps', 'flies', 'glutes', 'lunges'].map(stem)).toEqual([
      'squat',
      'curl',
      'press',
      'crunch',
      'bicep',
      'fly',
      'glute',
      'lunge',
    ]);
    expect(['press', 'abs', 'row', 'plus'].map(stem)).toEqual(['press', 'abs', 'row', 'plus']);
  });
});

describe('splitGlued', () => {
  it('splits glued gym words into known ones', () => {
    expect(splitGlued('benchpress')).toEqual(['bench', 'press']);
    expect(splitGlued('latpulldowns')).toEqual(['lat', 'pulldown']);
    expect(splitGlued('inclinebenchpress')).toEqual(['incline', 'bench', 'press']);
    expect(splitGlued('pushpress')).toEqual(['push', 'press']);
  });

  it('leaves known words, short words and typos alone', () => {
    expect(splitGlued('deadlift')).toBeNull();
    expect(splitGlued('pushups')).toBeNull();
    expect(splitGlued('deadlfit')).toBeNull();
    expect(splitGlued('landmine')).toBeNull();
    expect(splitGlued('legs')).toBeNull();
  });
});

describe('typos', () => {
  it('counts edits, an adjacent swap as one', () => {
    expect(editDistance('squat', 'squat')).toBe(0);
    expect(editDistance('sqaut', 'squat')).toBe(1);
    expect(editDistance('dumbell', 'dumbbell')).toBe(1);
    expect(editDistance('kettlebel', 'kettlebell')).toBe(1);
    expect(editDistance('curl', 'deadlift')).toBeGreaterThan(2);
  });

  it('corrects a word to the one vocabulary word it is close to, and only then', () => {
    expect(correctTypo('sqaut')).toBe('squat');
    expect(correctTypo('deadlfit')).toBe('deadlift');
    expect(correctTypo('dumbell')).toBe('dumbbell');
    expect(correctTypo('goblit')).toBe('goblet');
    expect(correctTypo('squat')).toBeNull();
    expect(correctTypo('row')).toBeNull();
    expect(correctTypo('zzzz')).toBeNull();
  });
});

describe('parseExerciseQuery', () => {
  it('expands shorthand and keeps the shorthand itself (an alias may use it)', () => {
    expect(forms('db curl')).toEqual([['dumbbell', 'db'], ['curl']]);
    expect(forms('KB swing')).toEqual([['kettlebell', 'kb'], ['swing']]);
    expect(forms('rdl')).toEqual([['romanian deadlift', 'rdl']]);
    expect(forms('ohp')[0]).toEqual(expect.arrayContaining(['overhead press', 'shoulder press', 'military press']));
    expect(forms('sldl')).toEqual([['stiff', 'sldl'], ['legged', 'leg'], ['deadlift']]);
  });

  it('treats glued, hyphenated, spaced and plural compounds as one term', () => {
    for (const query of ['pullups', 'Pull-Ups', 'pull ups', 'pull-up', 'pullup'])
      expect(forms(query), query).toEqual([['pullup', 'pull up']]);
    expect(forms('chin ups')).toEqual([['chinup', 'chin up']]);
    expect(forms('tricep push down')).toEqual([['tricep'], ['pushdown', 'push down']]);
    expect(forms('skull crushers')[0]).toContain('skullcrusher');
  });

  it('splits glued words, singularises plurals and drops stopwords', () => {
    expect(forms('benchpress')).toEqual([['bench press', 'benchpress']]);
    expect(forms('squats')).toEqual([['squat']]);
    expect(forms('hammer curls')).toEqual([['hammer'], ['curl']]);
    expect(forms('curl with the bar')).toEqual([['curl'], ['bar']]);
    expect(forms('with')).toEqual([['with']]);
    expect(forms('')).toEqual([]);
  });

  it('marks near-synonyms and typo corrections as alternates, counted a little less', () => {
    const [military] = parseExerciseQuery('military press').terms;
    expect(military).toMatchObject({ forms: ['military press'], alternates: ['overhead press', 'shoulder press'] });
    const [typo] = parseExerciseQuery('sqaut').terms;
    expect(typo).toMatchObject({ forms: ['sqaut'], alternates: ['squat'], fuzzy: true });
  });

  it('lets only the last plain word match as a prefix, and flags equipment terms', () => {
    const terms = parseExerciseQuery('dumbell bench pr').terms;
    expect(terms.map((term) => term.prefix)).toEqual([false, false, true]);
    expect(terms.map((term) => term.equipment)).toEqual([true, false, false]);
    expect(parseExerciseQuery('rdl').terms[0]!.fuzzy).toBe(false);
  });

  it('looks for typos only in unknown words of four letters or more, in at most MAX_TERMS terms', () => {
    expect(parseExerciseQuery('meadows row x').terms.map((term) => term.fuzzy)).toEqual([true, false, false]);
    expect(parseExerciseQuery('a b c d e f g h i j k l').terms).toHaveLength(MAX_TERMS);
  });
});
