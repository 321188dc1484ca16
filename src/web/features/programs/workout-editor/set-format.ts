import type { SetTarget } from '../../../../shared/programs';

/*
 * The sets table is typed into, fast: "8-12", "1:30", "400m", "1.5km", "+10". Parsers return
 * undefined for text that is not (yet) a value, so a half-typed cell never changes the program.
 */

const number = (text: string): number | undefined => {
  const cleaned = text.trim().replace(',', '.');
  if (!/^[+-]?\d+(\.\d+)?$/.test(cleaned)) return undefined;
  return Number(cleaned);
};

export function formatReps(min: number, max: number): string {
  return min === max ? String(min) : `${min}–${max}`;
}

export function parseReps(text: string): { min: number; max: number } | undefined {
  const match = /^\s*(\d{1,3})\s*(?:(?:-|–|—|to)\s*(\d{1,3}))?\s*$/i.exec(text);
  if (!match) return undefined;
  const min = Number(match[1]);
  return { min, max: match[2] === undefined ? min : Number(match[2]) };
}

/** 45 → "45s", 90 → "1:30", 3900 → "1:05:00". */
export function formatSeconds(seconds: number | null): string {
  if (seconds === null) return '';
  if (seconds < 60) return `${seconds}s`;
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** "90", "90s", "1:30", "2m", "2 min", "1h", "1:05:00" → seconds. */
export function parseSeconds(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  if (t === '') return undefined;
  const clock = /^(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?$/.exec(t);
  if (clock) {
    const [a, b, c] = [Number(clock[1]), Number(clock[2]), clock[3] === undefined ? undefined : Number(clock[3])];
    return c === undefined ? a * 60 + b : a * 3600 + b * 60 + c;
  }
  const unit = /^(\d+(?:[.,]\d+)?)\s*(s|sec|secs|m|min|mins|h|hr|hrs)?$/.exec(t);
  if (!unit) return undefined;
  const value = Number(unit[1]!.replace(',', '.'));
  const scale = !unit[2] || unit[2].startsWith('s') ? 1 : unit[2].startsWith('m') ? 60 : 3600;
  return Math.round(value * scale);
}

export function formatMeters(meters: number): string {
  return meters >= 1000 ? `${Math.round(meters / 10) / 100} km` : `${meters} m`;
}

/** "400", "400m", "1.5km", "5k", "1mi" → meters. */
export function parseMeters(text: string): number | undefined {
  const match = /^(\d+(?:[.,]\d+)?)\s*(m|k|km|mi)?$/.exec(text.trim().toLowerCase());
  if (!match) return undefined;
  const value = Number(match[1]!.replace(',', '.'));
  const scale = match[2] === 'k' || match[2] === 'km' ? 1000 : match[2] === 'mi' ? 1609.344 : 1;
  return Math.round(value * scale);
}

export const formatNumber = (value: number | null | undefined): string => (value === null || value === undefined ? '' : String(value));

/** A plain number; empty text is "no value" (null), anything else unreadable is undefined. */
export function parseOptionalNumber(text: string): number | null | undefined {
  if (text.trim() === '') return null;
  return number(text);
}

export const parseNumber = (text: string): number | undefined => number(text);

/** "+10" / "-20" / "10": extra load on top of bodyweight, signed. */
export const formatSigned = (value: number | null): string => (value === null ? '' : value > 0 ? `+${value}` : String(value));

export const TARGET_KINDS = ['reps', 'time', 'distance'] as const;

/** Switching a set from reps to time (etc.) starts from a value that makes sense for it. */
export function targetOfKind(kind: SetTarget['kind'], previous: SetTarget): SetTarget {
  if (kind === previous.kind) return previous;
  if (kind === 'reps') return { kind: 'reps', min: 8, max: 12 };
  if (kind === 'time') return { kind: 'time', seconds: 60 };
  return { kind: 'distance', meters: 400 };
}

export function formatTarget(target: SetTarget): string {
  if (target.kind === 'reps') return formatReps(target.min, target.max);
  if (target.kind === 'time') return formatSeconds(target.seconds);
  return formatMeters(target.meters);
}

export function parseTarget(kind: SetTarget['kind'], text: string): SetTarget | undefined {
  if (kind === 'reps') {
    const reps = parseReps(text);
    return reps && { kind: 'reps', ...reps };
  }
  if (kind === 'time') {
    const seconds = parseSeconds(text);
    return seconds === undefined ? undefined : { kind: 'time', seconds };
  }
  const meters = parseMeters(text);
  return meters === undefined ? undefined : { kind: 'distance', meters };
}
