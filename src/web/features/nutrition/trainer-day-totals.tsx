import type { DayLog } from '../../../shared/nutrition';
import { cn } from '../../ui/cn';
import { formatDiff, versusTarget, type Status } from './meal-plan-ops';
import { formatMl, formatWhole } from './nutrition-format';

type Row = { key: string; label: string; unit: string; eaten: number; target: number | null; tolerance: number };

export const statusClass: Record<Status, string> = { on: 'text-success', under: 'text-warning', over: 'text-warning' };

/** Eaten, target and the difference for each figure; the difference is coloured only by status (inside the tolerance or not). */
export function TrainerDayTotals({ day, tolerance }: { day: DayLog; tolerance: { kcalPct: number; proteinPct: number } }) {
  const t = day.targets;
  const rows: Row[] = [
    { key: 'kcal', label: 'Calories', unit: 'kcal', eaten: day.totals.kcal, target: t?.kcal ?? null, tolerance: tolerance.kcalPct },
    {
      key: 'proteinG',
      label: 'Protein',
      unit: 'g',
      eaten: day.totals.proteinG,
      target: t?.proteinG ?? null,
      tolerance: tolerance.proteinPct,
    },
    { key: 'carbsG', label: 'Carbs', unit: 'g', eaten: day.totals.carbsG, target: t?.carbsG ?? null, tolerance: tolerance.kcalPct },
    { key: 'fatG', label: 'Fat', unit: 'g', eaten: day.totals.fatG, target: t?.fatG ?? null, tolerance: tolerance.kcalPct },
    { key: 'fiberG', label: 'Fibre', unit: 'g', eaten: day.totals.fiberG ?? 0, target: t?.fiberG ?? null, tolerance: tolerance.kcalPct },
  ];
  return (
    <table className="w-full text-sm whitespace-nowrap tabular-nums">
      <caption className="sr-only">Eaten against targets</caption>
      <thead className="text-left text-xs text-muted">
        <tr>
          <th scope="col" className="py-1 font-medium">
            <span className="sr-only">Figure</span>
          </th>
          <th scope="col" className="py-1 text-right font-medium">
            Eaten
          </th>
          <th scope="col" className="py-1 text-right font-medium">
            Target
          </th>
          <th scope="col" className="py-1 text-right font-medium">
            Difference
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const versus = row.target === null ? null : versusTarget(row.eaten, row.target, row.tolerance);
          return (
            <tr key={row.key} className="border-t border-line">
              <th scope="row" className="py-1 text-left font-normal text-text">
                {row.label}
              </th>
              <td className="py-1 text-right text-text">
                {formatWhole(row.eaten)} {row.unit}
              </td>
              <td className="py-1 text-right text-muted">{row.target === null ? '—' : `${formatWhole(row.target)} ${row.unit}`}</td>
              <td className={cn('py-1 text-right', versus && row.key !== 'fiberG' ? statusClass[versus.status] : 'text-muted')}>
                {versus ? formatDiff(versus.diff, row.unit) : '—'}
              </td>
            </tr>
          );
        })}
        <tr className="border-t border-line">
          <th scope="row" className="py-1 text-left font-normal text-text">
            Water
          </th>
          <td className="py-1 text-right text-text">{formatMl(day.water.ml)}</td>
          <td className="py-1 text-right text-muted">{day.water.targetMl === null ? '—' : formatMl(day.water.targetMl)}</td>
          <td className="py-1 text-right text-muted">
            {day.water.targetMl === null ? '—' : formatDiff(day.water.ml - day.water.targetMl, 'ml')}
          </td>
        </tr>
        {day.steps.count !== null && (
          <tr className="border-t border-line">
            <th scope="row" className="py-1 text-left font-normal text-text">
              Steps
            </th>
            <td className="py-1 text-right text-text">{formatWhole(day.steps.count)}</td>
            <td className="py-1 text-right text-muted">{day.steps.target === null ? '—' : formatWhole(day.steps.target)}</td>
            <td className="py-1 text-right text-muted">
              {day.steps.target === null ? '—' : formatDiff(day.steps.count - day.steps.target, '')}
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
