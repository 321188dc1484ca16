import type { MetricDefinition } from '../../../shared/progress';
import { BUILT_IN_METRIC_KEYS, BUILT_IN_METRICS } from '../../../shared/progress-metrics';
import type { Unit } from '../history/format';

/*
 * Body metrics in the viewer's units: weights in kg or lb, lengths in cm (kg users) or inches
 * (lb users), body fat in %. No zod here: this file is on the Progress page's first download.
 */

export const LB_PER_KG = 2.20462;
export const CM_PER_IN = 2.54;

type Kind = 'mass' | 'percent' | 'length' | 'custom';

/** The built-in metrics in display order (from src/shared, zod-free). */
export const METRICS: { key: string; label: string; kind: Kind }[] = BUILT_IN_METRIC_KEYS.map((key) => ({
  key,
  label: BUILT_IN_METRICS[key].label,
  kind: BUILT_IN_METRICS[key].kind,
}));

export type MetricInfo = { key: string; label: string; kind: Kind; unit: string; units: readonly string[] };

/** The unit a viewer enters and reads a metric in, and the units the server accepts for it. */
export function metricInfo(metric: string, viewer: Unit, custom: MetricDefinition[] = []): MetricInfo {
  const builtIn = METRICS.find((item) => item.key === metric);
  if (builtIn?.kind === 'mass') return { ...builtIn, unit: viewer, units: ['kg', 'lb'] };
  if (builtIn?.kind === 'length') return { ...builtIn, unit: viewer === 'kg' ? 'cm' : 'in', units: ['cm', 'in'] };
  if (builtIn) return { ...builtIn, unit: '%', units: ['%'] };
  const definition = custom.find((item) => item.id === metric);
  return {
    key: metric,
    label: definition?.name ?? 'Custom metric',
    kind: 'custom',
    unit: definition?.unit ?? '',
    units: [definition?.unit ?? ''],
  };
}

/** A value in the base unit (kg, %, cm, custom as entered) shown in `unit`. */
export function fromBase(value: number, kind: Kind, unit: string): number {
  if (kind === 'mass' && unit === 'lb') return value * LB_PER_KG;
  if (kind === 'length' && unit === 'in') return value / CM_PER_IN;
  return value;
}

const number = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
export const formatNumber = (value: number) => number.format(value);

/** "81.4 kg", "32.5 in", "18 %". */
export function formatMetric(baseValue: number, info: MetricInfo): string {
  const value = formatNumber(fromBase(baseValue, info.kind, info.unit));
  return info.unit ? `${value} ${info.unit}` : value;
}

/** "Mon 7 Dec" for a YYYY-MM-DD day (no time zone shift), with the year when not this year. */
export function formatDay(day: string, now: Date = new Date()): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
  return new Intl.DateTimeFormat(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(date.getFullYear() === now.getFullYear() ? {} : { year: 'numeric' }),
  }).format(date);
}

/** "7 Dec" — short, for chart axes. */
export function formatShortDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' }).format(new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}
