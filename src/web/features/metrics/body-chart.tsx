import { useQuery } from '@tanstack/react-query';
import { lazy, useState } from 'react';
import type { Unit } from '../history/format';
import { Chip } from '../../ui/chip';
import { ErrorState } from '../../ui/states';
import { ChartCard, ChartEmpty, ChartFigure, ChartSkeleton, ChartTable, inRange, overRange, RangeChips, rangeLong } from './chart-parts';
import { RECENT_MEASUREMENTS, useOpenMeasurement } from './measurement-history';
import { measurementsQuery, metricChartQuery, metricDefinitionsQuery, type ChartRange } from './queries';
import { formatDay, formatNumber, fromBase, metricInfo, METRICS } from './units';

const BodyChartCanvas = lazy(() => import('./body-chart-canvas'));

export type BodyGoal = {
  /** In kg. */
  value: number;
  label: string;
};

type Props = {
  clientId: string;
  unit: Unit;
  /** What the empty weight chart says ("Log your weight to see the trend"). */
  emptyText?: string;
  /** A body-weight goal, drawn as a dashed line on the weight chart. */
  goal?: BodyGoal;
};

/**
 * Body weight and the other body metrics over time: a picker of the metrics that have data,
 * range chips, points placed by date, a table view. A tap on a point opens that entry's edit form
 * in the measurement list.
 */
export function BodyChart({ clientId, unit, emptyText = 'Log your weight to see the trend', goal }: Props) {
  const [metric, setMetric] = useState('weight');
  const [range, setRange] = useState<ChartRange>('12w');
  const [asTable, setAsTable] = useState(false);
  const recent = useQuery(measurementsQuery(clientId, RECENT_MEASUREMENTS));
  const custom = useQuery(metricDefinitionsQuery());
  const chart = useQuery(metricChartQuery(clientId, metric, range));
  const openEntry = useOpenMeasurement();
  const definitions = custom.data ?? [];
  const info = metricInfo(metric, unit, definitions);

  // Only the metrics with something logged (weight always: its empty state says how to start).
  const logged = new Set(recent.data?.map((item) => item.metric));
  const choices = [
    ...METRICS.filter((item) => item.key === 'weight' || item.key === metric || logged.has(item.key)).map((item) => item.key),
    ...definitions.filter((item) => item.id === metric || logged.has(item.id)).map((item) => item.id),
  ].map((key) => metricInfo(key, unit, definitions));

  const rows = (chart.data?.points ?? []).map((point) => ({
    date: point.date,
    value: fromBase(point.value, info.kind, info.unit),
    movingAverage: fromBase(point.movingAverage, info.kind, info.unit),
    measurementId: point.measurementId,
  }));
  const isWeight = metric === 'weight';
  const shownGoal = isWeight && goal ? { value: fromBase(goal.value, 'mass', unit), label: goal.label } : undefined;
  const withUnit = (value: number) => (info.unit ? `${formatNumber(value)} ${info.unit}` : formatNumber(value));
  const first = rows[0];
  const last = rows.at(-1);
  const change = first && last ? (isWeight ? last.movingAverage - first.movingAverage : last.value - first.value) : 0;
  const trend = change === 0 ? 'steady' : change > 0 ? `up ${withUnit(change)}` : `down ${withUnit(-change)}`;
  const summary =
    first && last
      ? `${info.label} ${trend} ${overRange(range)}${isWeight ? ' (7-day average)' : ''}, latest ${withUnit(last.value)} on ${formatDay(last.date)}.` +
        (shownGoal ? ` Goal: ${withUnit(shownGoal.value)}.` : '')
      : '';

  let body;
  if (chart.isPending) body = <ChartSkeleton />;
  else if (chart.isError)
    body = (
      <ErrorState title="The chart didn't load" error={chart.error} onRetry={() => void chart.refetch()} retrying={chart.isFetching} />
    );
  else if (rows.length < 2)
    body = (
      <ChartEmpty
        title={
          rows.length === 1
            ? `One more ${isWeight ? 'weigh-in' : 'measurement'} and the trend appears`
            : isWeight
              ? emptyText
              : `No ${info.label.toLowerCase()} logged ${range === 'all' ? 'yet' : 'in this range'}`
        }
      >
        {rows.length === 0 && range !== 'all' && <p>Nothing logged {inRange(range)}.</p>}
        {rows[0] && (
          <p className="tabular-nums">
            {withUnit(rows[0].value)} on {formatDay(rows[0].date)}
          </p>
        )}
      </ChartEmpty>
    );
  else if (asTable)
    body = (
      <ChartTable
        caption={`${info.label}, ${rangeLong(range)}`}
        columns={[
          { label: 'Date' },
          { label: info.unit ? `${isWeight ? 'Weight' : info.label} (${info.unit})` : info.label, numeric: true },
          ...(isWeight ? [{ label: `7-day average (${info.unit})`, numeric: true }] : []),
        ]}
        rows={[...rows].reverse().map((row) => ({
          key: row.date,
          cells: [
            formatDay(row.date),
            formatNumber(row.value),
            ...(isWeight ? [<span className="text-muted">{formatNumber(row.movingAverage)}</span>] : []),
          ],
        }))}
      />
    );
  else
    body = (
      <ChartFigure summary={summary}>
        <BodyChartCanvas rows={rows} unit={info.unit} label={info.label} showAverage={isWeight} goal={shownGoal} onOpen={openEntry} />
      </ChartFigure>
    );

  return (
    <ChartCard
      title={info.label}
      description={last ? `Latest ${withUnit(last.value)}` : undefined}
      table={rows.length > 1 ? { shown: asTable, onToggle: () => setAsTable((value) => !value) } : undefined}
      controls={
        <>
          {choices.length > 1 && (
            <div role="group" aria-label="Measurement" className="-mx-1 flex gap-2 overflow-x-auto px-1 pb-1">
              {choices.map((choice) => (
                <Chip key={choice.key} selected={metric === choice.key} onClick={() => setMetric(choice.key)}>
                  {choice.label}
                </Chip>
              ))}
            </div>
          )}
          <RangeChips value={range} onChange={setRange} />
        </>
      }
    >
      {body}
    </ChartCard>
  );
}
