import { createRoute } from '@hono/zod-openapi';
import { IdParamSchema } from '../../../shared/common';
import {
  ActivityChartQuerySchema,
  ActivityChartSchema,
  AdherenceChartSchema,
  ExerciseChartQuerySchema,
  ExerciseChartSchema,
  TrainingChartQuerySchema,
  WeeklyVolumeChartSchema,
} from '../../../shared/training-charts';
import { requireActor } from '../../lib/access';
import { createRouter, errorResponses, json } from '../../lib/validate';
import { activityChart, adherenceChart, exerciseChart, volumeChart, type TrainingChartDeps } from './training-charts.service';

const tags = ['Progress'];
const errors = errorResponses(400, 401, 404);

/** Under /api/clients/{id}: training charts, aggregated in SQL (that client, or the trainer). */
export function clientTrainingChartRoutes(deps: TrainingChartDeps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/charts/exercise',
        tags,
        summary: 'One exercise per workout: best e1RM, top set, volume, and whether each beat all earlier workouts',
        request: { params: IdParamSchema, query: ExerciseChartQuerySchema },
        responses: { 200: json(ExerciseChartSchema, 'Chart'), ...errors },
      }),
      async (c) => c.json(await exerciseChart(deps, requireActor(c), c.req.valid('param').id, c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/charts/volume',
        tags,
        summary: 'Hard sets and tonnage per week and primary muscle (weeks without training are zero)',
        request: { params: IdParamSchema, query: TrainingChartQuerySchema },
        responses: { 200: json(WeeklyVolumeChartSchema, 'Chart'), ...errors },
      }),
      async (c) => c.json(await volumeChart(deps, requireActor(c), c.req.valid('param').id, c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/charts/adherence',
        tags,
        summary: 'Scheduled workouts per week: completed, skipped, missed, plus workouts done off the calendar',
        request: { params: IdParamSchema, query: TrainingChartQuerySchema },
        responses: { 200: json(AdherenceChartSchema, 'Chart'), ...errors },
      }),
      async (c) => c.json(await adherenceChart(deps, requireActor(c), c.req.valid('param').id, c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/charts/activity',
        tags,
        summary: 'Finished workouts per day in the client’s calendar, for a heat-map (default: the last year)',
        request: { params: IdParamSchema, query: ActivityChartQuerySchema },
        responses: { 200: json(ActivityChartSchema, 'Chart'), ...errors },
      }),
      async (c) => c.json(await activityChart(deps, requireActor(c), c.req.valid('param').id, c.req.valid('query')), 200),
    );
}
