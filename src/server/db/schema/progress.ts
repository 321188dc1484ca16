import { boolean, date, index, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth';
import { clientProfiles } from './clients';

/** Metrics the trainer adds beside the built-in ones (name, unit, whether higher is better). */
export const metricDefinitions = pgTable('metric_definitions', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  unit: text('unit').notNull(),
  higherIsBetter: boolean('higher_is_better').notNull().default(true),
  archivedAt: timestamp('archived_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One body measurement per client, metric and day (entering it again that day corrects it). Kept
 * as entered (`value`, `unit`) and in the base unit (`base_value`: kg, %, cm) for charts.
 */
export const bodyMeasurements = pgTable(
  'body_measurements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clientProfiles.id, { onDelete: 'cascade' }),
    metric: text('metric').notNull(),
    value: numeric('value', { precision: 10, scale: 3, mode: 'number' }).notNull(),
    unit: text('unit').notNull(),
    baseValue: numeric('base_value', { precision: 12, scale: 4, mode: 'number' }).notNull(),
    date: date('date').notNull(),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('body_measurements_client_metric_date_unique').on(t.clientId, t.metric, t.date),
    index('body_measurements_client_date_idx').on(t.clientId, t.date),
  ],
);
