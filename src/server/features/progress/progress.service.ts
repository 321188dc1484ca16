import type { z } from 'zod';
import type {
  ChartQuerySchema,
  Measurement,
  MeasurementQuerySchema,
  MetricChart,
  MetricDefinition,
  SaveMeasurementsSchema,
  SaveMetricDefinitionSchema,
  UpdateMeasurementSchema,
} from '../../../shared/progress';
import type { Db } from '../../db/client';
import { actorRef, type Actor } from '../../lib/access';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { recordAudit } from '../audit/audit.repo';
import type { Hub } from '../realtime/hub';
import { evaluateGoals } from './goals.service';
import { loadVisibleClient } from '../clients/client-access';
import { findClient } from '../clients/clients.repo';
import { localDate } from '../programs/schedule-rules';
import { builtInMetric, PLAUSIBLE, toBase } from './metrics';
import { chartWindow } from './week-buckets';
import {
  deleteMeasurement,
  findDefinition,
  findMeasurement,
  insertDefinition,
  listDefinitions,
  listMeasurements,
  metricSeries,
  updateDefinition,
  updateMeasurement,
  upsertMeasurements,
  type DefinitionRow,
  type MeasurementRow,
} from './progress.repo';

export type ProgressDeps = { db: Db; clock: Clock; hub: Hub };

const round = (value: number, places = 2) => Math.round(value * 10 ** places) / 10 ** places;

function toMeasurement(row: MeasurementRow): Measurement {
  return {
    id: row.id,
    clientId: row.clientId,
    metric: row.metric,
    value: row.value,
    unit: row.unit,
    baseValue: round(row.baseValue, 3),
    date: row.date,
    createdAt: row.createdAt.toISOString(),
  };
}

const toDefinition = (row: DefinitionRow): MetricDefinition => ({
  id: row.id,
  name: row.name,
  unit: row.unit,
  higherIsBetter: row.higherIsBetter,
  archived: row.archivedAt !== null,
});

/** Checks one value against its metric: the unit must fit, the value must be plausible. */
async function checked(deps: ProgressDeps, entry: { metric: string; value: number; unit: string }, path: string) {
  const builtIn = builtInMetric(entry.metric);
  if (builtIn) {
    if (!builtIn.units.includes(entry.unit))
      throw AppError.field(`${path}.unit`, `Use ${builtIn.units.join(' or ')} for ${builtIn.label.toLowerCase()}.`);
    const base = toBase(entry.value, entry.unit);
    const [min, max] = PLAUSIBLE[builtIn.baseUnit]!;
    if (base < min || base > max)
      throw AppError.field(`${path}.value`, `That does not look like a real ${builtIn.label.toLowerCase()}: check the number.`);
    return { ...entry, baseValue: round(base, 4) };
  }
  const definition = /^[0-9a-f-]{36}$/.test(entry.metric) ? await findDefinition(deps.db, entry.metric) : null;
  if (!definition) throw AppError.field(`${path}.metric`, 'Not a metric you track.');
  return { ...entry, unit: definition.unit, baseValue: entry.value };
}

export async function saveMeasurements(deps: ProgressDeps, actor: Actor, clientId: string, input: z.output<typeof SaveMeasurementsSchema>) {
  const client = await loadVisibleClient(deps.db, actor, clientId);
  if (input.date > localDate(deps.clock.now(), client.timeZone)) throw AppError.field('date', 'Measurements cannot be in the future.');
  const metrics = new Set<string>();
  const rows = [];
  for (const [index, entry] of input.entries.entries()) {
    if (metrics.has(entry.metric)) throw AppError.field(`entries.${index}.metric`, 'Each metric once per entry.');
    metrics.add(entry.metric);
    const ok = await checked(deps, entry, `entries.${index}`);
    const now = deps.clock.now();
    rows.push({
      clientId,
      metric: ok.metric,
      value: ok.value,
      unit: ok.unit,
      baseValue: ok.baseValue,
      date: input.date,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
  }
  const saved = (await upsertMeasurements(deps.db, rows)).map(toMeasurement);
  await evaluateGoals(deps, client);
  return { items: saved };
}

export async function listClientMeasurements(
  deps: ProgressDeps,
  actor: Actor,
  clientId: string,
  query: z.output<typeof MeasurementQuerySchema>,
) {
  await loadVisibleClient(deps.db, actor, clientId);
  return { items: (await listMeasurements(deps.db, clientId, query)).map(toMeasurement) };
}

async function loadMeasurement(deps: ProgressDeps, actor: Actor, id: string) {
  const row = await findMeasurement(deps.db, id);
  if (!row || (actor.role === 'client' && row.clientId !== actor.clientId)) throw AppError.notFound('That measurement');
  return row;
}

export async function editMeasurement(deps: ProgressDeps, actor: Actor, id: string, input: z.output<typeof UpdateMeasurementSchema>) {
  const row = await loadMeasurement(deps, actor, id);
  const client = (await findClient(deps.db, row.clientId))!;
  if (input.date > localDate(deps.clock.now(), client.timeZone)) throw AppError.field('date', 'Measurements cannot be in the future.');
  const ok = await checked(deps, { metric: row.metric, value: input.value, unit: input.unit }, '(body)');
  try {
    const updated = await updateMeasurement(deps.db, id, {
      value: ok.value,
      unit: ok.unit,
      baseValue: ok.baseValue,
      date: input.date,
      updatedAt: deps.clock.now(),
    });
    await evaluateGoals(deps, client);
    return toMeasurement(updated);
  } catch (error) {
    if ((error as { cause?: { code?: string }; code?: string }).cause?.code === '23505' || (error as { code?: string }).code === '23505')
      throw new AppError('CONFLICT', 'There is already a value for that day: edit that one instead.');
    throw error;
  }
}

export async function removeMeasurement(deps: ProgressDeps, actor: Actor, id: string) {
  const row = await loadMeasurement(deps, actor, id);
  await deleteMeasurement(deps.db, id);
  const client = await findClient(deps.db, row.clientId);
  if (client) await evaluateGoals(deps, client);
  await recordAudit(deps.db, {
    ...actorRef(actor),
    action: 'measurement.delete',
    subjectType: 'measurement',
    subjectId: row.id,
    at: deps.clock.now(),
  });
}

/** Points for a chart, computed in SQL, days counted in the client's time zone. */
export async function metricChart(
  deps: ProgressDeps,
  actor: Actor,
  clientId: string,
  query: z.output<typeof ChartQuerySchema>,
): Promise<MetricChart> {
  const client = await loadVisibleClient(deps.db, actor, clientId);
  const builtIn = builtInMetric(query.metric);
  const definition = builtIn ? null : /^[0-9a-f-]{36}$/.test(query.metric) ? await findDefinition(deps.db, query.metric) : null;
  if (!builtIn && !definition) throw AppError.field('query.metric', 'Not a metric you track.');
  // The same span as every chart: one rule for "the last 12 weeks".
  const { from } = chartWindow(query.range, localDate(deps.clock.now(), client.timeZone), 1);
  const rows = await metricSeries(deps.db, clientId, query.metric, from);
  const iso = (value: string | Date) => (typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10));
  return {
    metric: query.metric,
    unit: builtIn?.baseUnit ?? definition!.unit,
    points: rows
      .map((row) => ({
        date: iso(row.date),
        value: round(Number(row.value), 3),
        movingAverage: round(Number(row.moving_average), 3),
        measurementId: row.id,
      }))
      .filter((point) => from === null || point.date >= from),
  };
}

export async function definitions(deps: ProgressDeps, actor: Actor) {
  return { items: (await listDefinitions(deps.db, actor.role === 'trainer')).map(toDefinition) };
}

export async function createDefinition(deps: ProgressDeps, actor: Actor, input: z.output<typeof SaveMetricDefinitionSchema>) {
  const now = deps.clock.now();
  const row = await insertDefinition(deps.db, {
    name: input.name,
    unit: input.unit,
    higherIsBetter: input.higherIsBetter,
    archivedAt: input.archived ? now : null,
    createdAt: now,
  });
  await recordAudit(deps.db, { ...actorRef(actor), action: 'metric.create', subjectType: 'metric_definition', subjectId: row.id, at: now });
  return toDefinition(row);
}

export async function changeDefinition(deps: ProgressDeps, actor: Actor, id: string, input: z.output<typeof SaveMetricDefinitionSchema>) {
  const now = deps.clock.now();
  const current = await findDefinition(deps.db, id);
  if (!current) throw AppError.notFound('That metric');
  const row = await updateDefinition(deps.db, id, {
    name: input.name,
    unit: input.unit,
    higherIsBetter: input.higherIsBetter,
    archivedAt: input.archived ? (current.archivedAt ?? now) : null,
  });
  await recordAudit(deps.db, { ...actorRef(actor), action: 'metric.update', subjectType: 'metric_definition', subjectId: id, at: now });
  return toDefinition(row!);
}
