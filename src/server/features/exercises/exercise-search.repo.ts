import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/client';
import { EQUIPMENT_WORDS, type ExerciseQuery, type SearchTerm } from './exercise-search';
import type { ExerciseRecord } from './exercises.repo';

export type ExerciseListFilter = {
  query: ExerciseQuery | null;
  muscle?: string;
  /** primary: the muscle is a main mover; any: main or secondary. */
  muscleScope: 'primary' | 'any';
  equipment?: string;
  category?: string;
  level?: string;
  source: 'all' | 'builtin' | 'custom';
  archived: 'exclude' | 'include' | 'only';
  limit: number;
  offset: number;
};

/** Lower-case without apostrophes ("Farmer's" → "farmers"), as normaliseText in exercise-search.ts. */
const lowered = (text: SQL) => sql`translate(lower(${text}), ${"'’`"}, '')`;
/** Every run of symbols one space: the normal form names are compared in. */
const normalised = (text: SQL) => sql`btrim(regexp_replace(${text}, ${'[^[:alnum:]]+'}, ' ', 'g'))`;

/** The name without its variant suffix: "Barbell Bench Press - Medium Grip" → "barbell bench press". */
const CORE_NAME = String.raw`\s+-.*$|\([^)]*\)`;

/**
 * What a name may add and still be the plain movement: equipment anywhere and "standing", the
 * position a movement has unless another is named ("Upright Barbell Row", "Standing Calf Raises").
 */
const IMPLIED = String.raw`\m(?:${[...EQUIPMENT_WORDS, 'standing'].join('|')})(?:e?s)?\M ?`;

const escapeRegex = (text: string) => text.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
/** A spelling, each word allowed a plural s/es: "pull up" → "pull(?:e?s)? up(?:e?s)?". */
const spelling = (form: string) =>
  form
    .split(' ')
    .map((word) => `${escapeRegex(word)}(?:e?s)?`)
    .join(' ');
const anyOf = (forms: string[]) => `(?:${forms.map(spelling).join('|')})`;
const asWord = (forms: string[]) => String.raw`\m${anyOf(forms)}\M`;
const asPrefix = (term: SearchTerm) => String.raw`\m${escapeRegex(term.forms[0]!)}`;
/** The terms in order, by default with one other word allowed between them ("db curl" → "Dumbbell Bicep Curl"). */
const inOrder = (terms: SearchTerm[], between = String.raw`(?: \S+)? `) =>
  terms.map((term) => anyOf([...term.forms, ...term.alternates])).join(between);

const matches = (regex: string) => sql`(d ~ ${regex} or (a <> '' and a ~ ${regex}))`;

/** How well a name (d) or alias (a) covers one term, 0–1. */
function termCoverage(term: SearchTerm): SQL {
  const cases = [sql`when ${matches(asWord(term.forms))} then 1.0`];
  if (term.alternates.length > 0) cases.push(sql`when ${matches(asWord(term.alternates))} then 0.9`);
  if (term.prefix) cases.push(sql`when ${matches(asPrefix(term))} then 0.8`);
  if (!term.fuzzy) return sql`(case ${sql.join(cases, sql` `)} else 0 end)`;
  // Trigram similarity catches typos the vocabulary does not know ("romainian"); below 0.5 it is noise.
  const similarity = sql.join(
    term.forms.map((form) => sql`word_similarity(${form}, d), case when a = '' then 0 else word_similarity(${form}, a) end`),
    sql`, `,
  );
  return sql`(case ${sql.join(cases, sql` `)} else (select case when s >= 0.5 then s else 0 end from (select greatest(${similarity})) v(s)) end)`;
}

/**
 * Without a typo to look for, a row that matches no term at all scores 0: one regular expression
 * rules most of the library out before each term is scored.
 */
function anyTermMatches(terms: SearchTerm[]): SQL {
  if (terms.some((term) => term.fuzzy)) return sql`true`;
  const regexes = terms.flatMap((term) => [
    asWord(term.forms),
    ...(term.alternates.length > 0 ? [asWord(term.alternates)] : []),
    ...(term.prefix ? [asPrefix(term)] : []),
  ]);
  return matches(regexes.map((regex) => `(?:${regex})`).join('|'));
}

function filters(filter: ExerciseListFilter): SQL {
  const conditions: SQL[] = [sql`true`];
  if (filter.muscle) {
    const muscle = sql`array[${filter.muscle}]::text[]`;
    conditions.push(
      filter.muscleScope === 'any'
        ? sql`(primary_muscles @> ${muscle} or secondary_muscles @> ${muscle})`
        : sql`primary_muscles @> ${muscle}`,
    );
  }
  if (filter.equipment) conditions.push(sql`equipment = ${filter.equipment}`);
  if (filter.category) conditions.push(sql`category = ${filter.category}`);
  if (filter.level) conditions.push(sql`level = ${filter.level}`);
  if (filter.source !== 'all') conditions.push(sql`is_custom = ${filter.source === 'custom'}`);
  if (filter.archived === 'exclude') conditions.push(sql`archived_at is null`);
  if (filter.archived === 'only') conditions.push(sql`archived_at is not null`);
  return sql.join(conditions, sql` and `);
}

/**
 * Plain, everyday exercises before exotic ones when relevance ties (0–1), derived from the data:
 * strength before stretching, barbell before bands, beginner before expert. The trainer's own
 * exercises count as everyday.
 */
const COMMONNESS = sql`case when is_custom then 1.0 else
  (case category when 'strength' then 1.0 when 'powerlifting' then 0.9 when 'olympic weightlifting' then 0.7
     when 'cardio' then 0.6 when 'plyometrics' then 0.5 when 'strongman' then 0.4 else 0.3 end)
  * (case equipment when 'barbell' then 1.0 when 'dumbbell' then 0.95 when 'body only' then 0.9 when 'cable' then 0.85
     when 'machine' then 0.85 when 'kettlebells' then 0.8 when 'e-z curl bar' then 0.8 when 'bands' then 0.5
     when 'foam roll' then 0.3 else 0.6 end)
  * (case level when 'beginner' then 1.0 when 'intermediate' then 0.85 when 'expert' then 0.6 else 0.9 end) end`;

const COLUMNS = sql`e.id, e.source_id as "sourceId", e.name, e.alias, e.category, e.level, e.force, e.mechanic, e.equipment,
  e.primary_muscles as "primaryMuscles", e.secondary_muscles as "secondaryMuscles", e.instructions, e.cues,
  e.video_url as "videoUrl", e.is_custom as "isCustom", e.archived_at is not null as archived`;

/** Minimum share of the query's terms a result must cover (fully, by prefix, or fuzzily). */
export const MIN_RELEVANCE = 0.5;

/**
 * One statement. Names (d), their core without a " - variant" suffix (c), the bare movement
 * without equipment or "standing" (b) and the alias (a) are compared in normal form. Score =
 * term coverage (0–1); when every term is covered, bonuses for the name being just the query
 * (or its bare movement being it), starting with it, and holding it in order; then fewer other
 * words and commonness.
 */
function searchStatement(filter: ExerciseListFilter, terms: SearchTerm[]): SQL {
  const ordered = inOrder(terms);
  const exactly = `^${inOrder(terms, ' ')}$`;
  const movement = terms.filter((term) => !term.equipment);
  const bare = movement.length > 0 ? movement : terms;
  const bareWords = bare.reduce((sum, term) => sum + term.forms[0]!.split(' ').length, 0);
  const coverage = sql.join(terms.map(termCoverage), sql` + `);
  return sql`
    with docs as materialized (
      select id, common, x, ${normalised(sql`x`)} as d, coalesce(${normalised(lowered(sql`alias`))}, '') as a
      from (select id, alias, ${lowered(sql`name`)} as x, ${COMMONNESS} as common from exercises where ${filters(filter)}) filtered
    ), scored as materialized (
      select id, common, x, d, a, case when ${anyTermMatches(terms)} then (${coverage}) / ${terms.length}::float8 else 0 end as relevance
      from docs
    ), kept as materialized (
      select id, common, relevance, d, a, ${normalised(sql`regexp_replace(x, ${CORE_NAME}, '', 'g')`)} as c
      from scored where relevance >= ${MIN_RELEVANCE}
    ), ranked as (
      select id, relevance, common, array_length(string_to_array(d, ' '), 1) as words,
        least(1.0, ${bareWords}::float8 / greatest(1, array_length(string_to_array(b, ' '), 1))) as brevity,
        case when relevance > 0.99 then
          0.1 * (d ~ ${exactly} or a ~ ${exactly})::int
          + 0.5 * (b ~ ${`^${inOrder(bare, ' ')}$`} or d ~ ${exactly} or a ~ ${exactly})::int
          + 0.2 * (d ~ ${String.raw`^(?:${IMPLIED})*${ordered}\M`} or a ~ ${String.raw`^${ordered}\M`})::int
          + 0.2 * (d ~ ${String.raw`\m${ordered}\M`} or a ~ ${String.raw`\m${ordered}\M`})::int
        else 0 end as bonus
      from (select *, btrim(regexp_replace(c, ${IMPLIED}, '', 'g')) as b from kept) bare
    )
    select ${COLUMNS}, count(*) over ()::int as total
    from ranked r join exercises e on e.id = r.id
    order by r.relevance + r.bonus + 0.15 * r.brevity + 0.2 * r.common desc, r.words, lower(e.name), e.id
    limit ${filter.limit} offset ${filter.offset}`;
}

function listStatement(filter: ExerciseListFilter): SQL {
  return sql`
    select ${COLUMNS}, count(*) over ()::int as total
    from exercises e where ${filters(filter)}
    order by lower(e.name), e.id
    limit ${filter.limit} offset ${filter.offset}`;
}

/** A page of exercises: ranked by relevance when there is a query, else alphabetical. */
export async function listExerciseRows(db: DbOrTx, filter: ExerciseListFilter): Promise<{ rows: ExerciseRecord[]; total: number }> {
  const terms = filter.query?.terms ?? [];
  const statement = terms.length > 0 ? searchStatement(filter, terms) : listStatement(filter);
  const rows = await queryRows<ExerciseRecord & { total: number }>(db, statement);
  if (rows.length === 0 && filter.offset > 0) {
    // Past the last page the window count has no row to ride on: read it from the first page.
    return { rows: [], total: (await listExerciseRows(db, { ...filter, offset: 0, limit: 1 })).total };
  }
  return { rows: rows.map(({ total: _total, ...row }) => row), total: rows[0]?.total ?? 0 };
}

/** Every name beside the normal form the search compares (a test checks it agrees with normaliseText). */
export async function normalisedNames(db: DbOrTx): Promise<{ name: string; normal: string }[]> {
  return queryRows(db, sql`select name, ${normalised(lowered(sql`name`))} as normal from exercises`);
}
