import { bigserial, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { clientProfiles } from './clients';

export type AiEscalation = { categories: string[]; phrases: string[] };
/** What the assistant proposed and the client may confirm (never applied by the model itself). */
export type AiAction =
  { type: 'log_weight'; value: number; unit: 'kg' | 'lb'; doneAt?: string } | { type: 'swap'; exercise: string; alternatives: string[] };

/**
 * A client's conversation with their coach's AI assistant, one message per row. `escalation` marks a
 * client message the screen flagged (needs-attention shows it, high priority, until dismissed);
 * `tools` lists the tools the answer used (the trainer can see what was looked up); `status` says
 * why an answer is a fallback ('failed' when the model was down, 'budget', 'off').
 */
export const aiMessages = pgTable(
  'ai_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clientProfiles.id, { onDelete: 'cascade' }),
    role: text('role').$type<'user' | 'assistant'>().notNull(),
    content: text('content').notNull(),
    status: text('status').$type<'ok' | 'escalated' | 'failed' | 'budget' | 'off'>().notNull().default('ok'),
    escalation: jsonb('escalation').$type<AiEscalation>(),
    tools: text('tools').array(),
    actions: jsonb('actions').$type<AiAction[]>(),
    /** The message the client asked their coach to answer in person (a hand-off). */
    handedOffAt: timestamp('handed_off_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('ai_messages_client_idx').on(t.clientId, t.createdAt)],
);

/** Tokens each AI call used, by client and feature: budgets are checked and costs estimated from these. */
export const aiUsage = pgTable(
  'ai_usage',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    clientId: uuid('client_id').references(() => clientProfiles.id, { onDelete: 'set null' }),
    feature: text('feature').notNull(),
    model: text('model').notNull(),
    inputTokens: integer('input_tokens').notNull(),
    outputTokens: integer('output_tokens').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('ai_usage_created_idx').on(t.createdAt), index('ai_usage_client_idx').on(t.clientId, t.createdAt)],
);

/**
 * The summary of a client's older assistant messages (the model sees it instead of them once the
 * conversation is long); `upTo` is the last message it covers.
 */
export const aiSummaries = pgTable('ai_summaries', {
  clientId: uuid('client_id')
    .primaryKey()
    .references(() => clientProfiles.id, { onDelete: 'cascade' }),
  summary: text('summary').notNull(),
  upTo: timestamp('up_to', { withTimezone: true }).notNull(),
  messages: integer('messages').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
