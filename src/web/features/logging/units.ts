import { RECORD_LABELS, type PersonalRecord } from '../../../shared/logging';

export type Unit = 'kg' | 'lb';

const LB_IN_KG = 0.45359237;

/** Loads are shown to a quarter kilo or half a pound: what plates can make, not float noise. */
export function roundLoad(value: number, unit: Unit): number {
  const step = unit === 'kg' ? 0.25 : 0.5;
  return Math.round(value / step) * step;
}

export const kgTo = (kg: number, unit: Unit) => (unit === 'kg' ? kg : kg / LB_IN_KG);
export const toKg = (value: number, unit: Unit) => (unit === 'kg' ? value : value * LB_IN_KG);

/** A load as the client reads it: exactly as typed when in their unit, converted otherwise. */
export function fromLogged(set: { weight: number | null; unit: Unit; weightKg: number | null }, unit: Unit): number | null {
  if (set.weight === null) return null;
  if (set.unit === unit) return set.weight;
  return roundLoad(kgTo(set.weightKg ?? toKg(set.weight, set.unit), unit), unit);
}

const number = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });
const whole = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

export const formatLoad = (value: number, unit: Unit) => `${number.format(value)} ${unit}`;

/** Total volume, rounded to the unit (e.g. "4,320 kg"). */
export const formatVolume = (kg: number, unit: Unit) => `${whole.format(kgTo(kg, unit))} ${unit}`;

/** "40 s" / "47 min" / "1:05 h": how long a workout took, short enough for a small tile. */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  return h > 0 ? `${h}:${String(m).padStart(2, '0')} h` : `${m} min`;
}

/** "12:05" or "1:02:05": a clock that counts. */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

/** "Heaviest load: 100 kg", "Most reps at this load: 9 reps at 80 kg". */
export function formatRecord(record: PersonalRecord, unit: Unit): string {
  const load = (kg: number) => formatLoad(roundLoad(kgTo(kg, unit), unit), unit);
  const label = RECORD_LABELS[record.kind];
  if (record.kind === 'reps_at_load') return `${label}: ${record.value} reps${record.loadKg ? ` at ${load(record.loadKg)}` : ''}`;
  if (record.kind === 'set_volume') return `${label}: ${formatVolume(record.value, unit)}`;
  return `${label}: ${load(record.value)}`;
}

const SHORT_LABELS = { heaviest: 'Heaviest', e1rm: 'e1RM', set_volume: 'Set volume', reps_at_load: 'Reps' } as const;

/** The same, short enough for a set row or a toast: "Heaviest 62.5 kg", "Reps at 60 kg: 12". */
export function formatRecordShort(record: PersonalRecord, unit: Unit): string {
  const load = (kg: number) => formatLoad(roundLoad(kgTo(kg, unit), unit), unit);
  if (record.kind === 'reps_at_load') return `${record.value} reps${record.loadKg ? ` at ${load(record.loadKg)}` : ''}`;
  if (record.kind === 'set_volume') return `${SHORT_LABELS.set_volume} ${formatVolume(record.value, unit)}`;
  return `${SHORT_LABELS[record.kind]} ${load(record.value)}`;
}
