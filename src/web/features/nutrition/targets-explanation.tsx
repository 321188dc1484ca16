import type { ExplanationLine } from '../../../shared/nutrition-targets';
import { cn } from '../../ui/cn';

/**
 * How each figure was computed, one row per step: what and its arithmetic, then the result. The
 * formula sits under its label so the table fits a half-width card and a phone without scrolling.
 * Lines whose figure the trainer typed over read "Set by trainer".
 */
export function TargetsExplanation({ lines, caption, className }: { lines: ExplanationLine[]; caption: string; className?: string }) {
  return (
    <table className={cn('w-full text-sm', className)}>
      <caption className="sr-only">{caption}</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">Step and formula</th>
          <th scope="col">Result</th>
        </tr>
      </thead>
      <tbody className="tabular-nums">
        {lines.map((line) => (
          <tr key={line.label} className="border-t border-line align-top first:border-t-0">
            <th scope="row" className="py-1.5 pr-3 text-left font-normal">
              <span className="block font-medium text-text">{line.label}</span>
              <span className={cn('block text-xs', line.formula === 'Set by trainer' ? 'text-accent-text' : 'text-muted')}>
                {line.formula}
              </span>
            </th>
            <td className="py-1.5 text-right font-medium whitespace-nowrap text-text">{line.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
