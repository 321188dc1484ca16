import { z } from 'zod';
import { IsoDateSchema } from './clients';

export { BUILT_IN_METRICS, BUILT_IN_METRIC_KEYS, METRIC_UNITS, type BuiltInMetric } from './progress-metrics';

const MetricKey = z
  .string()
  .min(1)
  .max(64)
  .regex(/^([a-z_]+|[0-9a-f-]{36})$/, 'Not a metric');

export const MeasurementInputSchema = z.object({
  metric: MetricKey,
  value: z.number().min(0, 'Cannot be negative').max(100_000, 'Too large'),
  unit: z.string().trim().min(1).max(16),
});

export const SaveMeasurementsSchema = z
  .object({
    /** The client's own calendar day (a past date is fine; not the future). */
    date: IsoDateSchema,
    entries: z.array(MeasurementInputSchema).min(1, 'Enter at least one measurement').max(20),
  })
  .meta({ id: 'SaveMeasurementsInput' });
export type SaveMeasurementsInput = z.input<typeof SaveMeasurementsSchema>;

export const UpdateMeasurementSchema = z
  .object({
    value: z.number().min(0, 'Cannot be negative').max(100_000, 'Too large'),
    unit: z.string().trim().min(1).max(16),
    date: IsoDateSchema,
  })
  .meta({ id: 'UpdateMeasurementInput' });

export const MeasurementSchema = z
  .object({
    id: z.string(),
    clientId: z.string(),
    metric: z.string(),
    value: z.number(),
    unit: z.string(),
    /** In kg, % or cm (custom metrics: as entered). */
    baseValue: z.number(),
    date: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'Measurement' });
export type Measurement = z.infer<typeof MeasurementSchema>;

export const MeasurementListSchema = z.object({ items: z.array(MeasurementSchema) }).meta({ id: 'MeasurementList' });

export const MeasurementQuerySchema = z.object({
  metric: MetricKey.optional(),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

export const MetricDefinitionSchema = z
  .object({ id: z.string(), name: z.string(), unit: z.string(), higherIsBetter: z.boolean(), archived: z.boolean() })
  .meta({ id: 'MetricDefinition' });
export type MetricDefinition = z.infer<typeof MetricDefinitionSchema>;

export const SaveMetricDefinitionSchema = z
  .object({
    name: z.string().trim().min(1, 'Name it').max(60),
    unit: z.string().trim().min(1, 'Give a unit').max(16),
    higherIsBetter: z.boolean().default(true),
    archived: z.boolean().default(false),
  })
  .meta({ id: 'SaveMetricDefinitionInput' });

export const CHART_RANGES = ['4w', '12w', '6m', '1y', 'all'] as const;
export const ChartQuerySchema = z.object({ metric: MetricKey, range: z.enum(CHART_RANGES).default('12w') });

export const MetricChartSchema = z
  .object({
    metric: z.string(),
    /** Base unit of the values (kg, %, cm, or the custom metric's unit). */
    unit: z.string(),
    points: z.array(z.object({ date: z.string(), value: z.number(), movingAverage: z.number(), measurementId: z.string() })),
  })
  .meta({ id: 'MetricChart' });
export type MetricChart = z.infer<typeof MetricChartSchema>;
