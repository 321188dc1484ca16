import type { DayTargets } from '../../../shared/nutrition-targets';
import { cn } from '../../ui/cn';
import { formatDiff, versusTarget, type Macros, type Status } from './meal-plan-ops';
import { formatWhole } from './nutrition-format';
import { Segmented } from './trainer-segmented';

export type Against = 'training' | 'rest';
type Tolerance = { kcalPct: number; proteinPct: number };

const ROWS = [
  { key: 'kcal', label: 'Calories', unit: 'kcal' },
  { key: 'proteinG', label: 'Protein', unit: 'g' },
  { key: 'carbsG', label: 'Carbs', unit: 'g' },
  { key: 'fatG', label: 'Fat', unit: 'g' },
] as const;

const statusClass: Record<Status, string> = { on: 'text-success', under: 'text-warning', over: 'text-warning' };
const statusWord: Record<Status, string> = { on: 'on target', under: 'under', over: 'over' };

/** The target a plan is checked against: training-day figures, or rest-day ones when they differ. */
export function pickTargets(targets: (DayTargets & { restDay: DayTargets | null }) | null, against: Against): DayTargets | null {
  if (!targets) return null;
  return against === 'rest' && targets.restDay ? targets.restDay : targets;
}

type Props = {
  totals: Macros;
  target: DayTargets | null;
  tolerance: Tolerance;
  hasRestDay: boolean;
  against: Against;
  onAgainstChange: (against: Against) => void;
};

/** The plan's day totals against the client's targets: the figure, the target, "−120 kcal" coloured by status. */
export function MealPlanTotals({ totals, target, tolerance, hasRestDay, against, onAgainstChange }: Props) {
  return (
    <div className="flex flex-col gap-3">
      {hasRestDay && (
        <Segmented
          legend="Against"
          hideLegend
          value={against}
          onChange={onAgainstChange}
          options={[
            { value: 'training', label: 'Training day' },
            { value: 'rest', label: 'Rest day' },
          ]}
        />
      )}
      <table className="w-full text-sm tabular-nums">
        <caption className="sr-only">The plan's day totals against the targets</caption>
        <thead className="text-xs text-muted">
          <tr>
            <th scope="col" className="py-1 text-left font-medium">
              <span className="sr-only">Figure</span>
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              Plan
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              Target
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              <span className="sr-only">Difference</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => {
            const value = totals[row.key];
            const goal = target?.[row.key] ?? null;
            const versus =
              goal === null ? null : versusTarget(value, goal, row.key === 'proteinG' ? tolerance.proteinPct : tolerance.kcalPct);
            return (
              <tr key={row.key} className="border-t border-line">
                <th scope="row" className="py-1.5 text-left font-normal text-text">
                  {row.label}
                </th>
                <td className="py-1.5 text-right font-semibold text-text">
                  {formatWhole(value)}
                  <span className="ml-0.5 text-xs font-normal text-muted">{row.unit}</span>
                </td>
                <td className="py-1.5 text-right text-muted">{goal === null ? '—' : formatWhole(goal)}</td>
                <td className={cn('py-1.5 pl-2 text-right whitespace-nowrap', versus ? statusClass[versus.status] : 'text-muted')}>
                  {versus ? (
                    <>
                      {formatDiff(versus.diff, row.unit)}
                      <span className="sr-only"> ({statusWord[versus.status]})</span>
                    </>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {!target && <p className="text-xs text-muted">No targets set yet: set them on the Nutrition tab to check the plan against them.</p>}
    </div>
  );
}
