import type { Client } from '../../../shared/clients';
import { cn } from '../../ui/cn';

/** Green from 80 %, amber from 50 %, red below: how a trainer reads adherence at a glance. */
export function complianceTone(value: number): string {
  if (value >= 80) return 'text-success';
  if (value >= 50) return 'text-warning';
  return 'text-danger';
}

/** "86 %" with a small bar, or a dash when nothing was scheduled in the window. */
export function ComplianceValue({ value, label }: { value: number | null; label: string }) {
  if (value === null)
    return (
      <span className="text-muted" title={`${label}: nothing scheduled`}>
        —
      </span>
    );
  return (
    <span className="inline-flex items-center gap-2" title={`${label}: ${value}% of scheduled workouts done`}>
      <span className={cn('font-medium tabular-nums', complianceTone(value))}>{value}%</span>
      <span aria-hidden className="hidden h-1.5 w-12 overflow-hidden rounded-full bg-surface-muted xl:inline-block">
        <span className={cn('block h-full rounded-full bg-current', complianceTone(value))} style={{ width: `${value}%` }} />
      </span>
    </span>
  );
}

/** The three windows side by side, for the client overview. */
export function ComplianceSummary({ compliance }: { compliance: Client['compliance'] }) {
  const windows = [
    { label: 'Last 7 days', value: compliance.d7 },
    { label: 'Last 30 days', value: compliance.d30 },
    { label: 'Last 90 days', value: compliance.d90 },
  ];
  return (
    <dl className="grid grid-cols-3 gap-3">
      {windows.map((window) => (
        <div key={window.label} className="rounded-md border border-line px-3 py-2">
          <dt className="text-xs text-muted">{window.label}</dt>
          <dd className="text-lg">
            <ComplianceValue value={window.value} label={window.label} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
