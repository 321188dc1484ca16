import { useQuery } from '@tanstack/react-query';
import { LineChart, Table2 } from 'lucide-react';
import { lazy, Suspense, useState } from 'react';
import type { Unit } from '../history/format';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { Chip } from '../../ui/chip';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { ErrorState } from '../../ui/states';
import { metricChartQuery, type ChartRange } from './queries';
import { formatDay, formatNumber, fromBase, metricInfo } from './units';

const WeightChartCanvas = lazy(() => import('./weight-chart-canvas'));

const RANGES: { value: ChartRange; label: string; long: string }[] = [
  { value: '4w', label: '4W', long: '4 weeks' },
  { value: '12w', label: '12W', long: '12 weeks' },
  { value: '6m', label: '6M', long: '6 months' },
  { value: '1y', label: '1Y', long: '1 year' },
  { value: 'all', label: 'All', long: 'all time' },
];

const chartSkeleton = (
  <LoadingRegion label="Loading chart">
    <Skeleton className="h-64 w-full" />
  </LoadingRegion>
);

/** Body weight over time: daily points, the 7-day average, a range to pick and a table view. */
export function WeightChart({
  clientId,
  unit,
  emptyText = 'Log your weight to see the trend',
}: {
  clientId: string;
  unit: Unit;
  emptyText?: string;
}) {
  const [range, setRange] = useState<ChartRange>('12w');
  const [asTable, setAsTable] = useState(false);
  const chart = useQuery(metricChartQuery(clientId, 'weight', range));
  const info = metricInfo('weight', unit);
  const rows = (chart.data?.points ?? []).map((point) => ({
    date: point.date,
    value: fromBase(point.value, 'mass', unit),
    movingAverage: fromBase(point.movingAverage, 'mass', unit),
  }));
  const rangeLabel = RANGES.find((item) => item.value === range)?.long ?? '';
  const first = rows[0];
  const last = rows.at(-1);
  const change = first && last ? last.movingAverage - first.movingAverage : 0;
  const summary =
    first && last && rows.length > 1
      ? `Body weight ${change === 0 ? 'steady' : change > 0 ? `up ${formatNumber(change)} ${unit}` : `down ${formatNumber(-change)} ${unit}`} over ${rangeLabel} (7-day average), latest ${formatNumber(last.value)} ${unit} on ${formatDay(last.date)}.`
      : '';

  let body;
  if (chart.isPending) body = chartSkeleton;
  else if (chart.isError)
    body = (
      <ErrorState title="The chart didn't load" error={chart.error} onRetry={() => void chart.refetch()} retrying={chart.isFetching} />
    );
  else if (rows.length < 2)
    body = (
      <div className="flex h-40 flex-col items-center justify-center gap-2 rounded-lg border border-dashed border-line px-4 text-center">
        <LineChart aria-hidden className="size-6 text-muted" />
        <p className="font-medium text-text">{rows.length === 0 ? emptyText : 'One more weigh-in and the trend appears'}</p>
        {rows.length === 0 && range !== 'all' && <p className="text-sm text-muted">Nothing logged in the last {rangeLabel}.</p>}
        {rows[0] && (
          <p className="text-sm text-muted tabular-nums">
            {formatNumber(rows[0].value)} {unit} on {formatDay(rows[0].date)}
          </p>
        )}
      </div>
    );
  else if (asTable)
    body = (
      <div className="max-h-80 overflow-y-auto rounded-md border border-line">
        <table className="w-full text-sm">
          <caption className="sr-only">Body weight, {rangeLabel}</caption>
          <thead className="sticky top-0 bg-surface-muted text-left text-muted">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                Date
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                Weight ({unit})
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                7-day average ({unit})
              </th>
            </tr>
          </thead>
          <tbody className="tabular-nums">
            {[...rows].reverse().map((row) => (
              <tr key={row.date} className="border-t border-line">
                <th scope="row" className="px-3 py-2 text-left font-normal text-text">
                  {formatDay(row.date)}
                </th>
                <td className="px-3 py-2 text-right text-text">{formatNumber(row.value)}</td>
                <td className="px-3 py-2 text-right text-muted">{formatNumber(row.movingAverage)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  else
    body = (
      <figure className="flex flex-col gap-2">
        <Suspense fallback={chartSkeleton}>
          <WeightChartCanvas rows={rows} unit={unit} label={info.label} />
        </Suspense>
        <figcaption className="text-sm text-muted">{summary}</figcaption>
      </figure>
    );

  return (
    <Card
      title="Body weight"
      description={last ? `Latest ${formatNumber(last.value)} ${unit}` : undefined}
      actions={
        rows.length > 1 ? (
          <Button
            variant="ghost"
            size="sm"
            onClick={() => setAsTable((value) => !value)}
            icon={asTable ? <LineChart aria-hidden className="size-4" /> : <Table2 aria-hidden className="size-4" />}
          >
            {asTable ? 'Show as chart' : 'Show as table'}
          </Button>
        ) : undefined
      }
    >
      <div role="group" aria-label="Range" className="mb-3 flex gap-2 overflow-x-auto">
        {RANGES.map((item) => (
          <Chip key={item.value} selected={range === item.value} onClick={() => setRange(item.value)}>
            <span aria-hidden>{item.label}</span>
            <span className="sr-only">{item.long}</span>
          </Chip>
        ))}
      </div>
      {body}
    </Card>
  );
}
