import type { ChartData, ChartOptions } from 'chart.js';
import { Chart } from 'react-chartjs-2';
import { chartColors, clickable, dayTime, legendTheme, openHint, timeAxis, tooltipTheme, valueAxis } from './chart-setup';
import { formatDay, formatNumber } from './units';

/* Lazily imported: Chart.js comes with this file (and chart-setup), never with the first screen. */

export type BodyChartRow = { date: string; value: number; movingAverage: number; measurementId: string };

type Props = {
  rows: BodyChartRow[];
  /** The unit the values are in ("kg", "in", "%", or a custom metric's). */
  unit: string;
  label: string;
  /** Daily weights: the points and the 7-day average line. Other metrics: one line through the values. */
  showAverage: boolean;
  /** Drawn as a dashed line across the chart, in `unit`. */
  goal?: { value: number; label: string };
  onOpen?: (measurementId: string) => void;
};

const withUnit = (value: number, unit: string) => (unit ? `${formatNumber(value)} ${unit}` : formatNumber(value));

/** Values placed by date on a time axis; colours from the design tokens. */
export default function BodyChartCanvas({ rows, unit, label, showAverage, goal, onOpen }: Props) {
  const colors = chartColors();
  const times = rows.map((row) => dayTime(row.date));
  const many = rows.length > 60;
  const values = rows.map((row, index) => ({ x: times[index] ?? 0, y: row.value }));
  const datasets: ChartData<'line', { x: number; y: number }[]>['datasets'] = showAverage
    ? [
        {
          label: '7-day average',
          data: rows.map((row, index) => ({ x: times[index] ?? 0, y: row.movingAverage })),
          borderColor: colors.accent,
          backgroundColor: colors.accent,
          borderWidth: 2.5,
          pointRadius: 0,
          pointHitRadius: 0,
          tension: 0.3,
          order: 2,
        },
        {
          label,
          data: values,
          showLine: false,
          borderColor: colors.muted,
          backgroundColor: colors.muted,
          pointRadius: many ? 2 : 3.5,
          pointHoverRadius: 6,
          pointHitRadius: 10,
          order: 1,
        },
      ]
    : [
        {
          label,
          data: values,
          borderColor: colors.accent,
          backgroundColor: colors.accent,
          borderWidth: 2,
          pointRadius: many ? 2 : 4,
          pointHoverRadius: 6,
          pointHitRadius: 10,
          tension: 0.2,
        },
      ];
  const goalIndex = goal ? datasets.length : -1;
  const first = times[0];
  const last = times.at(-1);
  if (goal && first !== undefined && last !== undefined)
    datasets.push({
      label: goal.label,
      data: [
        { x: first, y: goal.value },
        { x: last, y: goal.value },
      ],
      borderColor: colors.lineStrong,
      backgroundColor: colors.lineStrong,
      borderDash: [6, 4],
      borderWidth: 1.5,
      pointRadius: 0,
      pointHitRadius: 0,
      pointStyle: 'line',
      order: 3,
    });

  const options: ChartOptions<'line'> = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    interaction: { mode: 'nearest', axis: 'x', intersect: false },
    ...clickable(
      onOpen &&
        ((datasetIndex, index) => {
          const row = rows[index];
          if (datasetIndex !== goalIndex && row) onOpen(row.measurementId);
        }),
    ),
    plugins: {
      legend: { ...legendTheme(colors), display: showAverage || Boolean(goal) },
      tooltip: {
        ...tooltipTheme(colors),
        filter: (item) => item.datasetIndex !== goalIndex,
        callbacks: {
          title: (items) => formatDay(rows[items[0]?.dataIndex ?? 0]?.date ?? ''),
          label: (item) => `${item.dataset.label ?? ''}: ${withUnit(item.parsed.y ?? 0, unit)}`,
          footer: () => (onOpen ? openHint('edit it') : ''),
        },
      },
    },
    scales: {
      x: timeAxis(colors, times),
      y: valueAxis(colors, { title: unit, format: formatNumber }),
    },
  };
  return (
    <div className="relative h-64 w-full">
      <Chart type="line" data={{ datasets }} options={options} aria-hidden />
    </div>
  );
}
