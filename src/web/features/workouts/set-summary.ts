import type { Load, PrescribedSet } from '../../../shared/programs';
import { formatSeconds, formatSigned, formatTarget } from '../programs/workout-editor/set-format';

function loadText(load: Load): string | null {
  if (load.kind === 'weight') return `${load.value} ${load.unit}`;
  if (load.kind === 'percent_1rm') return `${load.percent}% 1RM`;
  if (load.kind === 'bodyweight') return load.extra ? `BW ${formatSigned(load.extra.value)} ${load.extra.unit}` : 'bodyweight';
  return null;
}

function setText(set: PrescribedSet): string {
  const parts = [formatTarget(set.target)];
  const load = loadText(set.load);
  if (load) parts.push(load);
  if (set.effort) parts.push(`${set.effort.kind.toUpperCase()} ${set.effort.value}`);
  if (set.type === 'amrap') parts.push('AMRAP');
  if (set.type === 'drop') parts.push('drop');
  if (set.type === 'warmup') parts.push('warm-up');
  return parts.join(' · ');
}

/** Sets as a person reads them: runs of identical sets fold into "3 × 8–12 · 60 kg · RPE 8". */
export function summariseSets(sets: PrescribedSet[]): string[] {
  const lines: Array<{ text: string; count: number; rest: number | null }> = [];
  for (const set of sets) {
    const text = setText(set);
    const last = lines[lines.length - 1];
    if (last && last.text === text) last.count += 1;
    else lines.push({ text, count: 1, rest: set.restSeconds });
  }
  return lines.map((line) => `${line.count} × ${line.text}${line.rest ? ` · rest ${formatSeconds(line.rest)}` : ''}`);
}
