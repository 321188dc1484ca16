import type { DayLog } from '../../../shared/nutrition';
import { amountText, formatWhole, macroLine } from './nutrition-format';

/** The day's meals as logged: each entry with its amount, kcal and macros; meal totals on the right. */
export function TrainerDayMeals({ meals }: { meals: DayLog['meals'] }) {
  return (
    <div className="flex flex-col gap-3">
      {meals.map((meal) => (
        <section key={meal.name} aria-label={meal.name} className="flex flex-col">
          <div className="flex items-baseline justify-between gap-3 border-b border-line pb-1">
            <h3 className="text-sm font-semibold text-text">{meal.name}</h3>
            <span className="text-xs text-muted tabular-nums">
              {meal.entries.length > 0 ? `${formatWhole(meal.totals.kcal)} kcal · ${macroLine(meal.totals)}` : 'Nothing logged'}
            </span>
          </div>
          {meal.entries.length > 0 && (
            <ul className="divide-y divide-line text-sm">
              {meal.entries.map((entry) => (
                <li key={entry.id} className="flex items-baseline justify-between gap-3 py-1.5">
                  <div className="min-w-0">
                    <p className="truncate text-text" title={entry.name}>
                      {entry.name}
                    </p>
                    <p className="text-xs text-muted">{amountText(entry)}</p>
                  </div>
                  <div className="shrink-0 text-right tabular-nums">
                    <p className="text-text">{formatWhole(entry.kcal)} kcal</p>
                    <p className="text-xs text-muted">{macroLine(entry)}</p>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
