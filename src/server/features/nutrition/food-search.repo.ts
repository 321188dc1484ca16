import { sql, type SQL } from 'drizzle-orm';
import { arrayParam, queryRows, type DbOrTx } from '../../db/client';
import type { FoodTerm, VocabularyLookup } from './food-search';
import type { FoodSummaryRow } from './foods.repo';

/**
 * One statement for the vocabulary: which typed words foods use, trigram neighbours of the others
 * (the GiST index, nearest first), and completions of the last word (commonest first).
 */
export async function lookupVocabulary(db: DbOrTx, words: string[], last: string | null): Promise<VocabularyLookup> {
  const lookup: VocabularyLookup = { known: new Set(), similar: new Map(), completions: [] };
  if (words.length === 0) return lookup;
  const rows = await queryRows<{ typed: string; word: string; how: 'exact' | 'similar' | 'prefix' }>(
    db,
    sql`
      select q.w as typed, v.word, 'exact' as how from unnest(${arrayParam(words)}) q(w) join food_vocabulary v on v.word = q.w
      union all
      select q.w, n.word, 'similar' from unnest(${arrayParam(words)}) q(w)
        cross join lateral (select word from food_vocabulary where length(q.w) > 3 and word % q.w order by word <-> q.w limit 8) n
      union all
      (select ${last ?? ''}, word, 'prefix' from food_vocabulary
        where ${last !== null && last.length >= 3} and word like ${`${(last ?? '').replace(/[\\%_]/g, '\\$&')}%`} and word <> ${last ?? ''}
        order by foods desc limit 8)`,
  );
  for (const row of rows) {
    if (row.how === 'exact') lookup.known.add(row.word);
    else if (row.how === 'prefix') lookup.completions.push(row.word);
    else lookup.similar.set(row.typed, [...(lookup.similar.get(row.typed) ?? []), row.word]);
  }
  return lookup;
}

/** Custom food names add their words to the vocabulary (typo correction and completion know them). */
export async function addToVocabulary(db: DbOrTx, words: string[]): Promise<void> {
  if (words.length === 0) return;
  await db.execute(sql`
    insert into food_vocabulary (word, foods) select w, 1 from unnest(${arrayParam([...new Set(words)])}) w
    on conflict (word) do update set foods = food_vocabulary.foods + 1`);
}

/** The columns a search result shows, as one object (camelCase, numbers as numbers). */
const FOOD_JSON = sql`json_build_object('id', f.id, 'sourceId', f.source_id, 'kind', f.kind, 'name', f.name, 'foodGroup', f.food_group,
  'kcal', f.kcal::float8, 'proteinG', f.protein_g::float8, 'fatG', f.fat_g::float8, 'carbsG', f.carbs_g::float8,
  'fiberG', f.fiber_g::float8, 'sugarG', f.sugar_g::float8, 'sodiumMg', f.sodium_mg::float8, 'portions', f.portions,
  'servings', f.servings::float8, 'ownerClientId', f.owner_client_id, 'hiddenAt', f.hidden_at)`;

export type FoodScope = {
  /** The client whose own foods count (their own, or the trainer searching for them); null: shared foods only. */
  clientId: string | null;
  /** Whose recents and favourites go first. */
  userId: string;
  hidden: 'exclude' | 'include' | 'only';
  limit: number;
  /** Entries logged since then make a food "recent". */
  recentSince: Date;
};

export type FoodSearchRow = { id: string; matched: number; recent: boolean; favourite: boolean; food: FoodSummaryRow };

const visible = (scope: FoodScope): SQL => {
  const owner = scope.clientId ? sql`(f.owner_client_id is null or f.owner_client_id = ${scope.clientId})` : sql`f.owner_client_id is null`;
  const hidden = scope.hidden === 'exclude' ? sql`f.hidden_at is null` : scope.hidden === 'only' ? sql`f.hidden_at is not null` : sql`true`;
  return sql`f.archived_at is null and ${owner} and ${hidden}`;
};

/**
 * Foods this person logged (in the last 60 days), made in that time (a recipe or custom food not
 * logged yet counts as half a use) or starred: the personal part of the ranking.
 */
const personal = (scope: FoodScope) => sql`
  personal as materialized (
    select food_id, count(*)::float8 as uses, false as favourite from food_log_entries
      where ${scope.clientId === null ? sql`false` : sql`client_id = ${scope.clientId}`}
        and food_id is not null and created_at > ${scope.recentSince}
      group by food_id
    union all
    select id, 0.5, false from foods where created_by = ${scope.userId} and created_at > ${scope.recentSince} and archived_at is null
    union all
    select food_id, 0, true from food_favourites where user_id = ${scope.userId}
  ), mine as (select food_id, max(uses) as uses, bool_or(favourite) as favourite from personal group by food_id)`;

/**
 * Foods matching the terms, best first. A food matches a term when its words hold one of the
 * term's forms (1) or completions (0.7); every term should match, and foods matching fewer come
 * after. Among equals: the food's own head word being asked for ("Egg, …" before "Bread, egg"),
 * terms early in the name, fewer words, everyday over branded (commonness), and what this person
 * logs or starred first of all.
 */
export async function searchFoodRows(db: DbOrTx, terms: FoodTerm[], scope: FoodScope): Promise<FoodSearchRow[]> {
  // Foods holding every term first (the word index intersects the terms: fast even for "fat" or "2");
  // only when that leaves the page short, foods missing some of them.
  const strict = await rankFoods(db, terms, scope, true);
  return strict.length >= scope.limit || terms.length === 1 ? strict : rankFoods(db, terms, scope, false);
}

async function rankFoods(db: DbOrTx, terms: FoodTerm[], scope: FoodScope, everyTerm: boolean): Promise<FoodSearchRow[]> {
  const wordsOf = (forms: string[]) => forms.flatMap((form) => form.split(' '));
  const allWords = [...new Set(terms.flatMap((term) => [...wordsOf(term.forms), ...term.partial]))];
  const fullWords = [...new Set(terms.flatMap((term) => wordsOf(term.forms)))];
  // A form is a word or a phrase: a phrase matches when the name holds all its words.
  const hasForm = (forms: string[]) =>
    forms.length === 0
      ? sql`false`
      : sql.join(
          forms.map((form) => sql`f.words @> ${arrayParam(form.split(' '))}`),
          sql` or `,
        );
  const holds = (term: FoodTerm) => sql`(${hasForm(term.forms)} or f.words && ${arrayParam(term.partial)})`;
  const candidate = everyTerm ? sql.join(terms.map(holds), sql` and `) : sql`f.words && ${arrayParam(allWords)}`;
  const matched = sql.join(
    terms.map((term) => sql`(case when ${hasForm(term.forms)} then 1.0 when f.words && ${arrayParam(term.partial)} then 0.7 else 0 end)`),
    sql` + `,
  );
  // Where the term first appears in the name (1-based; 12 when absent): earlier is better.
  const position = sql.join(
    terms.map((term) => {
      const words = [...new Set([...wordsOf(term.forms), ...term.partial])];
      return sql`coalesce(least(${sql.join(
        words.map((word) => sql`array_position(f.words, ${word}::text)`),
        sql`, `,
      )}), 12)`;
    }),
    sql` + `,
  );
  return queryRows<FoodSearchRow>(
    db,
    sql`
      with ${personal(scope)},
      candidates as materialized (
        select f.id, f.name, f.words, f.head, f.commonness::float8 as commonness, (${matched})::float8 as matched, (${position})::float8 as position
        from foods f where ${candidate} and ${visible(scope)}
      ),
      ranked as (
        select c.id, c.name, c.matched, coalesce(m.uses, 0) > 0 as recent, coalesce(m.favourite, false) as favourite,
          (0.6 * (cardinality(c.head) > 0 and c.head <@ ${arrayParam(allWords)})::int
            + 0.25 * (c.head[1] = any(${arrayParam(fullWords)}))::int
            - 0.02 * c.position / ${terms.length}
            - 0.008 * cardinality(c.words)
            + 0.5 * c.commonness
            + case when coalesce(m.uses, 0) > 0 then 0.6 + 0.05 * least(m.uses, 10) else 0 end
            + 0.4 * coalesce(m.favourite, false)::int) as score
        from candidates c left join mine m on m.food_id = c.id
        where c.matched >= ${Math.max(0.7, terms.length * 0.5)}
        order by c.matched desc, score desc, length(c.name), c.name, c.id
        limit ${scope.limit}
      )
      -- The rows shown are built only for the page kept, not for every candidate.
      select r.id, r.matched, r.recent, r.favourite, ${FOOD_JSON} as food
      from ranked r join foods f on f.id = r.id
      -- Ties go to the shorter name, then alphabetical: the same order on every database.
      order by r.matched desc, r.score desc, length(r.name), r.name, r.id
`,
  );
}

/** No query: this person's recent and favourite foods, most used first. */
export async function recentFoodRows(db: DbOrTx, scope: FoodScope): Promise<FoodSearchRow[]> {
  return queryRows<FoodSearchRow>(
    db,
    sql`
      with ${personal(scope)}
      select f.id, 0::float8 as matched, coalesce(m.uses, 0) > 0 as recent, m.favourite, ${FOOD_JSON} as food
      from mine m join foods f on f.id = m.food_id
      where ${visible(scope)}
      order by m.favourite desc, m.uses desc, f.name
      limit ${scope.limit}`,
  );
}
