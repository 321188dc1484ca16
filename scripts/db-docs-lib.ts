import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../src/server/db/client';

/**
 * docs/DATABASE.md is rendered from the catalog of a database migrated from the Drizzle schema,
 * so it shows exactly what exists: types, nulls, defaults, keys, indexes, ON DELETE rules.
 * Every table needs a line here saying what it is for (the test fails otherwise).
 */
export const TABLE_NOTES: Record<string, string> = {
  user: 'Everyone who can sign in: the one trainer (`role = trainer`, enforced by a partial unique index) and clients who accepted their invitation. Owned by better-auth.',
  session: 'One row per signed-in device (better-auth). Deleted on sign-out, password reset, or when a client is archived.',
  account: "A user's credentials (better-auth): the scrypt password hash lives in `password`.",
  verification: 'Short-lived tokens better-auth issues, e.g. password reset (`reset-password:<token>`, 1 hour).',
  client_profiles:
    'One row per client from the moment the trainer adds them, before they have an account: status (invited → active → paused/archived), tags, trainer note, pause details, onboarding answers, last activity. Archiving only changes the status: nothing is deleted.',
  invitations: 'Invitation links: only the SHA-256 of the token is stored. Valid 14 days; a resend revokes the previous link.',
  audit_log: 'Who did what to which record and when — written by every mutating service call.',
  emails: 'Every email the app sent or kept. With no SMTP configured this is the outbox the trainer reads under Settings → Emails.',
  rate_limits: 'Fixed-window counters, e.g. sign-in failures per email + IP (10 per 15 minutes).',
  jobs: 'Background work (automations, reminders, sweeps such as ending pauses), claimed with FOR UPDATE SKIP LOCKED; retried with backoff; `dedupe_key` makes enqueueing idempotent.',
  exercises:
    "The exercise library: 873 built-in exercises from the public-domain Free Exercise DB (loaded by a data migration, keyed by `source_id`) plus the trainer's own (`is_custom`). Built-ins are customised only through `alias`, `cues` and `video_url`. Searched by trigram similarity on the name.",
  programs:
    "Training programs: templates (`client_id` null) and each client's own deep copy (`client_id` set, `source_program_id` = the template). Weeks → workouts → blocks → exercises → sets live in `content` (one validated JSON document, saved whole by autosave; `version` prevents overwriting a newer save).",
  scheduled_workouts:
    "A workout on a client's calendar, on a local date in the client's time zone. Points at a workout of one of the client's programs (`program_id`, `workout_id`) or is a one-off; `override` is that date's own edited copy.",
  settings: "The trainer's business settings (one row): business name, time zone, week start, default units.",
  conversations:
    'One row per client conversation: when each side last read it (read receipts, unread counts), the trainer\'s "needs reply" flag, and the time of the last message.',
  messages:
    'Messages between the trainer and one client. `subject_type`/`subject_id` point at what a message is about (a scheduled workout, a check-in; `subject_label` is how it read when sent); `attachment_id` is an upload; `automated` marks messages an automation sent as the trainer (shown to the trainer only), `broadcast_id` groups the copies of one broadcast; edits and deletions keep a visible trace (`edited_at`, `deleted_at` with the body cleared and the file deleted).',
  app_state: 'Small facts about this installation, e.g. the hashed one-time setup token.',
  uploads:
    'Every uploaded file after the upload pipeline (type sniffed from the bytes, images re-encoded without metadata). The bytes live in the storage (local disk under DATA_DIR, or Netlify Blobs) at `storage_key`/`thumbnail_key`; only the client in `client_id` and the trainer may read them. `deleted_at` is set once the bytes are gone.',
  notifications:
    'The in-app notification centre. Events of one group (`group_key`, e.g. `message:<client>`) fold into the one unread row of that group (`count`), so a busy conversation is one notification and, after 15 minutes unseen, one email (`emailed_at`).',
  notification_preferences:
    "One row per person who changed the defaults: email on/off, event types muted in the app or by email, quiet hours (local `HH:MM` in the person's time zone; emails wait until they end).",
  automations:
    "The trainer's automated messages (welcome, missed workouts, inactivity): on/off, text with {variables}, parameters. Missing rows mean the built-in text, off. `enabled_at`: nothing before it is acted on.",
  attention_dismissals:
    'Needs-attention items the trainer dismissed (for good) or snoozed (until `snoozed_until`). The key names the rule, the client and the occasion, so a dismissal lapses when the condition comes back.',
  workout_sessions:
    'One workout a client did or is doing. The id is made on the device (a session started offline keeps it); `plan` is the prescription as it was at the start (null for an empty workout); `scheduled_workout_id` links the calendar entry, marked completed when the session finishes.',
  set_logs:
    'One logged set, saved by one upsert on its device-made id (syncing it twice stores it once). The load is kept as typed (`weight` + `unit`) and in kg (`weight_kg`) for records and volume. Personal records are computed from these rows, so editing or deleting a set recomputes them.',
  metric_definitions:
    'Body metrics the trainer adds beside the built-in ones: name, unit, whether higher is better; archived ones stay for history.',
  body_measurements:
    "One body measurement per client, metric (built-in key such as `weight`, or a custom metric's id) and day: entering it again that day corrects it. Kept as entered (`value`, `unit`) and in the base unit (`base_value`: kg, %, cm) that charts aggregate.",
  progress_photos:
    'A progress photo: one per client, pose (front/side/back) and day; uploading the pose again that day replaces it, files included. The bytes are behind `upload_id` (re-encoded, no metadata) and are served only through the API to the client and the trainer.',
  goals:
    "A client's goal: body weight, body-fat %, another metric (`metric`) or a lift's e1RM (`exercise_id`), from `start_value` to `target_value` in base units (kg, %, cm, or the custom metric's unit; `unit` is how the target was typed), with an optional deadline. `achieved_at` is set once, the first time the data reaches the target.",
  achievements:
    'Badges a client earned (first workout, 10/50/100 workouts, first PR, 4 consistent weeks, goal achieved), computed from their data: written once when first earned (the client is told then); `revoked_at` hides one that edited data no longer earns, and earning it again shows it without a second announcement.',
  checkin_forms:
    'A check-in form the trainer builds: its questions (scales with labels, yes/no, number with unit, short/long text, choices, photo with an optional pose, a body-measurements block) are one JSON document validated by the same schema as the builder; archived forms stay for the check-ins answered with them.',
  checkin_schedules:
    "When a form is due: for one client, or for every active client when `client_id` is null; weekly on an ISO weekday, every N days from `start_date`, or once on `start_date`. Due days are the client's calendar days; overdue `grace_hours` after the due day begins. `ended_at` stops it without losing answered check-ins.",
  checkins:
    'A submitted check-in: one per client, schedule and due day. Keeps the questions as they were answered and the answers (photo answers are uploads, listed in `upload_ids`); `reviewed_at`/`reviewed_by` when the trainer reviewed it, `reply_message_id` the message about it that carried the reply. The review queue reads the partial index on unreviewed ones, oldest first.',
  habits:
    'A habit the trainer assigns one client: yes/no, or numeric with a target per day (daily) or per week (weekly), from `start_date` to an optional `end_date`.',
  habit_logs:
    'What a client logged for a habit on a day (yes = 1, or the number): one value per habit and day, so ticking twice stores it once.',
  plans:
    'What the trainer sells: a recurring plan (monthly, every 4 weeks, quarterly, yearly) or a one-off package, with price, optional trial and setup fee, and the areas it includes. With Stripe configured it has a Stripe Product and its current Price; a changed price is a new Price (the old one archived, subscribers keep theirs).',
  subscriptions:
    "A client's subscription, one-off purchase or manual arrangement (`manual`: pays another way), synced from Stripe. `stripe_state_at` is when the stored state was true at Stripe, so an older event never moves it backwards; `past_due_since` starts the grace period after a failed payment.",
  stripe_events:
    'Every Stripe webhook event received, by its id: the insert is the gate, so an event is applied once and a replay or duplicate changes nothing.',
  payments: 'Invoices paid or failed (one row per Stripe invoice) and refunds against them, for the billing tab and the revenue page.',
  foods:
    "Every food that can be logged, per 100 g: the shipped USDA SR28 data (`source_id` 'usda-sr:NNNNN', loaded by a data migration, public domain), the trainer's custom foods and recipes (everyone's) and a client's own (`owner_client_id`). Fibre, sugar and sodium are null where USDA has no figure. `words` (the name normalised and stemmed, GIN-indexed), `head` (what the food is) and `commonness` drive search. `hidden_at`: the trainer hid it from clients' search; `archived_at`: a custom food deleted, kept for entries that name it.",
  recipe_ingredients:
    "A recipe's ingredients in order, in grams; the recipe's per-100 g values and its one-serving portion are computed from them when saved.",
  food_vocabulary:
    'Every word of every food name and how many foods use it (trigram GiST index): typo correction and completion of the last typed word look here; custom food names add their words.',
  food_favourites: 'Foods a person starred (a client for logging, the trainer for building plans): they come first in search.',
  nutrition_targets:
    "A client's nutrition targets: each save is a new row, so the newest is current and the rest are the history (who, when, `note`). `inputs` and `figures` keep how the numbers were computed (BMR formula, TDEE, goal adjustment, macros, warnings; null when typed in full); `overridden` names the figures typed over; `rest_day` holds different targets for days without a scheduled workout.",
  food_log_entries:
    "One line of a client's food log: a food in grams, ounces or a portion of it (`unit`, `quantity`, `portion_label`, `grams`), or a quick-add of kcal (`unit` 'quick'). Nutrients are copied when logged, so editing a custom food never rewrites what was eaten. `client_entry_id` is made on the device: a retried offline save lands once.",
  meal_plans:
    "A day's meal plan the trainer builds for one client: meal names and items (food, amount, grams) as one validated document; `archived_at` when deleted (its future days are cleared).",
  meal_plan_days:
    'Which meal plan a client follows on a date (one per day): the food log takes its meal names, the shopping list sums its items.',
  ai_messages:
    "A client's conversation with their coach's AI assistant, one message per row. `escalation` marks a client message the escalation screen flagged (its categories and the phrases matched): needs-attention shows it, high priority. `tools` lists what an answer looked up; `actions` what it proposed (a weight to log, a swap) for the client to confirm; `status` says why an answer is a fallback ('escalated', 'failed', 'budget'); `handed_off_at` when the client asked the coach instead.",
  ai_usage:
    'Tokens each AI call used, by client, feature and model: monthly budgets are checked against it and the AI settings page estimates cost from it.',
  ai_summaries:
    "A short summary of a client's older assistant messages (up to `up_to`, `messages` of them): the model sees it instead of those messages once the conversation is long; the trainer reads it above the conversation.",
  form_checks:
    "A short video of a logged set a client sent for a form check (`video_upload_id`; kind, size and length checked from the file) with the stills their browser took (`frame_upload_ids` at `frame_times_ms`; the first is the poster). The trainer's and client's comments are messages about it (subject 'form_check', pinned to a moment by `messages.subject_at_ms`). `status` 'waiting' until the trainer marks it reviewed. With AI on, `ai_draft` is the provider's first look at the stills, for the trainer only (`ai_status`: off, pending, ready, failed).",
  automation_runs:
    'At most once per trigger: one row per (automation, client, trigger key), e.g. the first missed workout of a streak; `message_id` is the message it sent.',
};

type Column = { table: string; name: string; type: string; nullable: boolean; default: string | null; position: number };
type Constraint = {
  table: string;
  name: string;
  kind: 'p' | 'u' | 'f';
  columns: string;
  ref_table: string | null;
  ref_columns: string | null;
  on_delete: string | null;
};
type IndexRow = { table: string; name: string; def: string };

const ON_DELETE: Record<string, string> = { a: 'no action', r: 'restrict', c: 'cascade', n: 'set null', d: 'set default' };

const rows = <T>(db: Db, query: SQL) => queryRows<T>(db, query);

export async function renderDatabaseDoc(db: Db): Promise<string> {
  const columns = await rows<Column>(
    db,
    sql`select c.table_name as "table", c.column_name as name,
          case when c.data_type = 'ARRAY' then substr(c.udt_name, 2) || '[]' when c.data_type = 'USER-DEFINED' then c.udt_name else c.data_type end as type,
          c.is_nullable = 'YES' as nullable, c.column_default as default, c.ordinal_position as position
        from information_schema.columns c
        where c.table_schema = 'public'
        order by c.table_name, c.ordinal_position`,
  );
  const constraints = await rows<Constraint>(
    db,
    sql`select rel.relname as "table", con.conname as name, con.contype as kind,
          (select string_agg(a.attname, ', ' order by k.ord) from unnest(con.conkey) with ordinality k(attnum, ord)
             join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum) as columns,
          ref.relname as ref_table,
          (select string_agg(a.attname, ', ' order by k.ord) from unnest(con.confkey) with ordinality k(attnum, ord)
             join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.attnum) as ref_columns,
          con.confdeltype as on_delete
        from pg_constraint con
        join pg_class rel on rel.oid = con.conrelid
        join pg_namespace ns on ns.oid = rel.relnamespace
        left join pg_class ref on ref.oid = con.confrelid
        where ns.nspname = 'public' and con.contype in ('p', 'u', 'f')
        order by rel.relname, con.conname`,
  );
  const indexes = await rows<IndexRow>(
    db,
    sql`select tablename as "table", indexname as name, indexdef as def from pg_indexes
        where schemaname = 'public' order by tablename, indexname`,
  );

  for (const col of columns) col.type = col.type.replace('timestamp with time zone', 'timestamptz');
  const tables = [...new Set(columns.map((c) => c.table))].sort();
  const missing = tables.filter((t) => !TABLE_NOTES[t]);
  if (missing.length) throw new Error(`Describe these tables in scripts/db-docs-lib.ts TABLE_NOTES: ${missing.join(', ')}`);

  const out: string[] = [
    '# OneCoach database',
    '',
    '<!-- Generated by `npm run db:docs` from the migrated schema. Do not edit by hand: a test fails when this file is stale. -->',
    '',
    'PostgreSQL (PGlite embedded locally, any PostgreSQL or Netlify Database in production). All timestamps are `timestamp with time zone`, stored in UTC.',
    'Schema source: `src/server/db/schema/`; migrations: `src/server/db/migrations/` (generated by drizzle-kit). Look at the data locally with `npm run db:studio`.',
    '',
    '## Relations',
    '',
    '```mermaid',
    'erDiagram',
  ];
  for (const fk of constraints.filter((c) => c.kind === 'f')) {
    out.push(`  ${fk.ref_table} ||--o{ ${fk.table} : "${fk.columns}"`);
  }
  for (const table of tables) {
    out.push(`  ${table} {`);
    const pk = constraints.find((c) => c.table === table && c.kind === 'p')?.columns.split(', ') ?? [];
    const fks = constraints.filter((c) => c.table === table && c.kind === 'f').flatMap((c) => c.columns.split(', '));
    for (const col of columns.filter((c) => c.table === table)) {
      const key = pk.includes(col.name) ? ' PK' : fks.includes(col.name) ? ' FK' : '';
      out.push(`    ${col.type.replace(/[^a-z0-9_]/gi, '_')} ${col.name}${key}`);
    }
    out.push('  }');
  }
  out.push('```', '', '## Tables', '');
  for (const table of tables) {
    out.push(`### \`${table}\``, '', TABLE_NOTES[table]!, '', '| column | type | null | default |', '|---|---|---|---|');
    for (const col of columns.filter((c) => c.table === table)) {
      out.push(
        `| \`${col.name}\` | ${col.type} | ${col.nullable ? 'yes' : 'no'} | ${col.default ? `\`${col.default.replace(/\|/g, '\\|')}\`` : ''} |`,
      );
    }
    const keys = constraints.filter((c) => c.table === table);
    if (keys.length) {
      out.push('', '**Keys**', '');
      for (const key of keys) {
        if (key.kind === 'p') out.push(`- primary key (${key.columns})`);
        if (key.kind === 'u') out.push(`- unique (${key.columns}) — \`${key.name}\``);
        if (key.kind === 'f')
          out.push(`- (${key.columns}) → \`${key.ref_table}\` (${key.ref_columns}), on delete ${ON_DELETE[key.on_delete ?? 'a']}`);
      }
    }
    const idx = indexes.filter((i) => i.table === table && !keys.some((k) => k.name === i.name));
    if (idx.length) {
      out.push('', '**Indexes**', '');
      for (const index of idx)
        out.push(
          `- \`${index.name}\`: \`${index.def.replace(/^CREATE (UNIQUE )?INDEX \S+ ON public\.\S+ /, (_m, u: string | undefined) => (u ? 'unique ' : ''))}\``,
        );
    }
    out.push('');
  }
  return out.join('\n');
}
