import { BUILT_IN_METRICS, METRIC_UNITS, type BuiltInMetric } from '../../../shared/progress';

const LB_IN_KG = 0.45359237;
const IN_IN_CM = 2.54;

export type MetricInfo = { key: string; label: string; baseUnit: string; units: readonly string[]; higherIsBetter: boolean };

const BASE_UNIT = { mass: 'kg', percent: '%', length: 'cm' } as const;

export function builtInMetric(key: string): MetricInfo | null {
  if (!(key in BUILT_IN_METRICS)) return null;
  const metric = BUILT_IN_METRICS[key as BuiltInMetric];
  return {
    key,
    label: metric.label,
    baseUnit: BASE_UNIT[metric.kind],
    units: METRIC_UNITS[metric.kind],
    higherIsBetter: metric.higherIsBetter,
  };
}

/** The value in the metric's base unit (kg, %, cm; a custom metric's own unit). */
export function toBase(value: number, unit: string): number {
  if (unit === 'lb') return value * LB_IN_KG;
  if (unit === 'in') return value * IN_IN_CM;
  return value;
}

/** Plausible ranges in base units: a typo (800 kg, 250 % body fat) is refused, not charted. */
export const PLAUSIBLE: Record<string, [number, number]> = { kg: [20, 400], '%': [2, 75], cm: [10, 250] };
