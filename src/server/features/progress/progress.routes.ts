import { createRoute, z } from '@hono/zod-openapi';
import { IdParamSchema, OkSchema } from '../../../shared/common';
import {
  ChartQuerySchema,
  MeasurementListSchema,
  MeasurementQuerySchema,
  MeasurementSchema,
  MetricChartSchema,
  MetricDefinitionSchema,
  SaveMeasurementsSchema,
  SaveMetricDefinitionSchema,
  UpdateMeasurementSchema,
} from '../../../shared/progress';
import { requireActor, requireTrainer } from '../../lib/access';
import { body, createRouter, errorResponses, json } from '../../lib/validate';
import {
  changeDefinition,
  createDefinition,
  definitions,
  editMeasurement,
  listClientMeasurements,
  metricChart,
  removeMeasurement,
  saveMeasurements,
  type ProgressDeps,
} from './progress.service';

const tags = ['Progress'];
const errors = errorResponses(400, 401, 403, 404, 409);
const DefinitionListSchema = z.object({ items: z.array(MetricDefinitionSchema) }).meta({ id: 'MetricDefinitionList' });

/** Under /api/clients/{id}: a client's body measurements and charts (that client, or the trainer). */
export function clientProgressRoutes(deps: ProgressDeps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/measurements',
        tags,
        summary: 'Body measurements, newest first (filter by metric and dates)',
        request: { params: IdParamSchema, query: MeasurementQuerySchema },
        responses: { 200: json(MeasurementListSchema, 'Measurements'), ...errors },
      }),
      async (c) => c.json(await listClientMeasurements(deps, requireActor(c), c.req.valid('param').id, c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/{id}/measurements',
        tags,
        summary: 'Enter one or more measurements for a day (entering a metric again that day corrects it)',
        request: { params: IdParamSchema, ...body(SaveMeasurementsSchema) },
        responses: { 201: json(MeasurementListSchema, 'Saved'), ...errors },
      }),
      async (c) => c.json(await saveMeasurements(deps, requireActor(c), c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/charts/metric',
        tags,
        summary: 'One metric over a range, with its 7-day moving average (computed in SQL)',
        request: { params: IdParamSchema, query: ChartQuerySchema },
        responses: { 200: json(MetricChartSchema, 'Chart'), ...errors },
      }),
      async (c) => c.json(await metricChart(deps, requireActor(c), c.req.valid('param').id, c.req.valid('query')), 200),
    );
}

/** Under /api/measurements: one entry (its client, or the trainer). */
export function measurementRoutes(deps: ProgressDeps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'put',
        path: '/{id}',
        tags,
        summary: 'Correct a measurement (value, unit, day)',
        request: { params: IdParamSchema, ...body(UpdateMeasurementSchema) },
        responses: { 200: json(MeasurementSchema, 'Saved'), ...errors },
      }),
      async (c) => c.json(await editMeasurement(deps, requireActor(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/{id}',
        tags,
        summary: 'Delete a measurement',
        request: { params: IdParamSchema },
        responses: { 200: json(OkSchema, 'Deleted'), ...errors },
      }),
      async (c) => {
        await removeMeasurement(deps, requireActor(c), c.req.valid('param').id);
        return c.json({ ok: true as const }, 200);
      },
    );
}

/** Under /api/metrics: custom metrics the trainer defines (everyone signed in reads them). */
export function metricDefinitionRoutes(deps: ProgressDeps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/',
        tags,
        summary: 'Custom metrics (the trainer also sees archived ones)',
        responses: { 200: json(DefinitionListSchema, 'Metrics'), ...errors },
      }),
      async (c) => c.json(await definitions(deps, requireActor(c)), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/',
        tags,
        summary: 'Add a custom metric (trainer)',
        request: body(SaveMetricDefinitionSchema),
        responses: { 201: json(MetricDefinitionSchema, 'Added'), ...errors },
      }),
      async (c) => c.json(await createDefinition(deps, requireTrainer(c), c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'put',
        path: '/{id}',
        tags,
        summary: 'Rename, change or archive a custom metric (trainer)',
        request: { params: IdParamSchema, ...body(SaveMetricDefinitionSchema) },
        responses: { 200: json(MetricDefinitionSchema, 'Saved'), ...errors },
      }),
      async (c) => c.json(await changeDefinition(deps, requireTrainer(c), c.req.valid('param').id, c.req.valid('json')), 200),
    );
}
