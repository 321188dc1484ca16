import { LineChart, Table2 } from 'lucide-react';
import { Suspense, type ReactNode } from 'react';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { Chip } from '../../ui/chip';
import { cn } from '../../ui/cn';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import type { ChartRange } from './queries';

/*
 * The chrome every chart card shares: range chips, title with the chart/table switch, the
 * skeleton, the empty box, the figure with its one-sentence summary and the table view.
 * Chart.js itself is only in the lazily loaded *-canvas.tsx files (see chart-setup.ts).
 */

export const RANGES: { value: ChartRange; label: string; long: string }[] = [
  { value: '4w', label: '4W', long: '4 weeks' },
  { value: '12w', label: '12W', long: '12 weeks' },
  { value: '6m', label: '6M', long: '6 months' },
  { value: '1y', label: '1Y', long: '1 year' },
  { value: 'all', label: 'All', long: 'all time' },
];

/** "12 weeks", "all time". */
export const rangeLong = (range: ChartRange) => RANGES.find((item) => item.value === range)?.long ?? '';

/** "over 12 weeks", "over the past year", "since the start". */
export const overRange = (range: ChartRange) =>
  range === 'all' ? 'since the start' : range === '1y' ? 'over the past year' : `over ${rangeLong(range)}`;

/** "in the last 12 weeks", "in the last year", "yet" (all time): for empty states. */
export const inRange = (range: ChartRange) =>
  range === 'all' ? 'yet' : range === '1y' ? 'in the last year' : `in the last ${rangeLong(range)}`;

export function RangeChips({ value, onChange }: { value: ChartRange; onChange: (range: ChartRange) => void }) {
  return (
    <div role="group" aria-label="Range" className="flex gap-2 overflow-x-auto">
      {RANGES.map((item) => (
        <Chip key={item.value} selected={value === item.value} onClick={() => onChange(item.value)}>
          <span aria-hidden>{item.label}</span>
          <span className="sr-only">{item.long}</span>
        </Chip>
      ))}
    </div>
  );
}

export function ChartSkeleton({ label = 'Loading chart', className = 'h-64' }: { label?: string; className?: string }) {
  return (
    <LoadingRegion label={label}>
      <Skeleton className={cn('w-full', className)} />
    </LoadingRegion>
  );
}

/** Says what will appear here (a chart with too little data says so instead of drawing one dot). */
export function ChartEmpty({ icon, title, children }: { icon?: ReactNode; title: string; children?: ReactNode }) {
  return (
    <div className="flex min-h-40 flex-col items-center justify-center gap-2 rounded-lg border border-dashed border-line px-4 py-6 text-center">
      <span aria-hidden className="text-muted [&>svg]:size-6">
        {icon ?? <LineChart />}
      </span>
      <p className="font-medium text-text">{title}</p>
      {children && <div className="text-sm text-muted">{children}</div>}
    </div>
  );
}

type ChartCardProps = {
  title: ReactNode;
  description?: ReactNode;
  /** The chart/table switch; left out while there is nothing to show. */
  table?: { shown: boolean; onToggle: () => void };
  /** Range chips and any other pickers, above the chart. */
  controls?: ReactNode;
  className?: string;
  children: ReactNode;
};

/** A card with a title, its controls and a "Show as table" switch. */
export function ChartCard({ title, description, table, controls, className, children }: ChartCardProps) {
  return (
    <Card
      title={title}
      description={description}
      className={className}
      actions={
        table ? (
          <Button
            variant="ghost"
            size="sm"
            className="shrink-0"
            onClick={table.onToggle}
            icon={table.shown ? <LineChart aria-hidden className="size-4" /> : <Table2 aria-hidden className="size-4" />}
          >
            {table.shown ? 'Show as chart' : 'Show as table'}
          </Button>
        ) : undefined
      }
    >
      {controls && <div className="mb-3 flex flex-col gap-2">{controls}</div>}
      {children}
    </Card>
  );
}

/** The drawn chart (decorative for screen readers) and the sentence that says what it shows. */
export function ChartFigure({ summary, children, height = 'h-64' }: { summary: string; children: ReactNode; height?: string }) {
  return (
    <figure className="flex flex-col gap-2">
      <Suspense fallback={<ChartSkeleton className={height} />}>{children}</Suspense>
      <figcaption className="text-sm text-muted">{summary}</figcaption>
    </figure>
  );
}

export type TableColumn = { label: string; numeric?: boolean };
export type TableRow = { key: string; cells: ReactNode[] };

/**
 * The same data as the chart, as a real table: first column a row header (it stays put while a
 * wide table scrolls sideways on a phone), numbers right-aligned. The scroller is focusable so a
 * keyboard can scroll it too.
 */
export function ChartTable({ caption, columns, rows }: { caption: string; columns: TableColumn[]; rows: TableRow[] }) {
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="max-h-80 overflow-auto rounded-md border border-line">
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0 bg-surface-muted text-left text-muted">
          <tr>
            {columns.map((column, index) => (
              <th
                key={column.label}
                scope="col"
                className={cn(
                  'px-3 py-2 font-medium whitespace-nowrap',
                  column.numeric && 'text-right',
                  index === 0 && 'sticky left-0 bg-surface-muted',
                )}
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="tabular-nums">
          {rows.map((row) => (
            <tr key={row.key} className="border-t border-line">
              {row.cells.map((cell, index) =>
                index === 0 ? (
                  <th
                    key={index}
                    scope="row"
                    className="sticky left-0 bg-surface px-3 py-2 text-left font-normal whitespace-nowrap text-text"
                  >
                    {cell}
                  </th>
                ) : (
                  <td
                    key={index}
                    className={cn('px-3 py-2 whitespace-nowrap', columns[index]?.numeric ? 'text-right text-text' : 'text-muted')}
                  >
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
