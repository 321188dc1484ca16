import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The trainer dismissed or snoozed a needs-attention item. Keys name the rule, the client and the
 * occasion (e.g. the unanswered message), so a dismissal lapses by itself when the condition returns.
 */
export const attentionDismissals = pgTable('attention_dismissals', {
  key: text('key').primaryKey(),
  /** Null: dismissed for good; otherwise it comes back after this instant. */
  snoozedUntil: timestamp('snoozed_until', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
