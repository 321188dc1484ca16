import { and, asc, desc, eq, gte, isNull, lte, sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/client';
import { bodyMeasurements, metricDefinitions } from '../../db/schema';

export type MeasurementRow = typeof bodyMeasurements.$inferSelect;
export type DefinitionRow = typeof metricDefinitions.$inferSelect;

/** One statement for a whole entry form: each metric's value for that day, inserted or corrected. */
export async function upsertMeasurements(db: DbOrTx, rows: (typeof bodyMeasurements.$inferInsert)[]): Promise<MeasurementRow[]> {
  if (rows.length === 0) return [];
  return db
    .insert(bodyMeasurements)
    .values(rows)
    .onConflictDoUpdate({
      target: [bodyMeasurements.clientId, bodyMeasurements.metric, bodyMeasurements.date],
      set: {
        value: sql`excluded.value`,
        unit: sql`excluded.unit`,
        baseValue: sql`excluded.base_value`,
        createdBy: sql`excluded.created_by`,
        updatedAt: sql`excluded.updated_at`,
      },
    })
    .returning();
}

export async function listMeasurements(
  db: DbOrTx,
  clientId: string,
  filter: { metric?: string; from?: string; to?: string; limit: number },
) {
  return db
    .select()
    .from(bodyMeasurements)
    .where(
      and(
        eq(bodyMeasurements.clientId, clientId),
        filter.metric ? eq(bodyMeasurements.metric, filter.metric) : undefined,
        filter.from ? gte(bodyMeasurements.date, filter.from) : undefined,
        filter.to ? lte(bodyMeasurements.date, filter.to) : undefined,
      ),
    )
    .orderBy(desc(bodyMeasurements.date), asc(bodyMeasurements.metric))
    .limit(filter.limit);
}

export async function findMeasurement(db: DbOrTx, id: string): Promise<MeasurementRow | null> {
  const [row] = await db.select().from(bodyMeasurements).where(eq(bodyMeasurements.id, id));
  return row ?? null;
}

export async function updateMeasurement(db: DbOrTx, id: string, patch: Partial<typeof bodyMeasurements.$inferInsert>) {
  const [row] = await db.update(bodyMeasurements).set(patch).where(eq(bodyMeasurements.id, id)).returning();
  return row!;
}

export async function deleteMeasurement(db: DbOrTx, id: string): Promise<void> {
  await db.delete(bodyMeasurements).where(eq(bodyMeasurements.id, id));
}

/**
 * A metric's chart, aggregated in SQL: each day's value and the average of the 7 days ending that
 * day (calendar days, so a gap in entries does not stretch the window).
 */
export async function metricSeries(db: DbOrTx, clientId: string, metric: string, from: string | null) {
  return queryRows<{ id: string; date: string | Date; value: string | number; moving_average: string | number }>(
    db,
    sql`select id, date, base_value as value,
               avg(base_value) over (order by date range between interval '6 days' preceding and current row) as moving_average
          from body_measurements
         where client_id = ${clientId}::uuid and metric = ${metric}
           ${from ? sql`and date >= ${from}::date - 6` : sql``}
         order by date`,
  );
}

export async function listDefinitions(db: DbOrTx, includeArchived: boolean): Promise<DefinitionRow[]> {
  return db
    .select()
    .from(metricDefinitions)
    .where(includeArchived ? undefined : isNull(metricDefinitions.archivedAt))
    .orderBy(asc(metricDefinitions.name));
}

export async function findDefinition(db: DbOrTx, id: string): Promise<DefinitionRow | null> {
  const [row] = await db.select().from(metricDefinitions).where(eq(metricDefinitions.id, id));
  return row ?? null;
}

export async function insertDefinition(db: DbOrTx, values: typeof metricDefinitions.$inferInsert): Promise<DefinitionRow> {
  const [row] = await db.insert(metricDefinitions).values(values).returning();
  return row!;
}

export async function updateDefinition(db: DbOrTx, id: string, patch: Partial<typeof metricDefinitions.$inferInsert>) {
  const [row] = await db.update(metricDefinitions).set(patch).where(eq(metricDefinitions.id, id)).returning();
  return row ?? null;
}
