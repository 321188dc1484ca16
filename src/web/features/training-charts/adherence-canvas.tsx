import type { ChartData, ChartOptions } from 'chart.js';
import { Chart } from 'react-chartjs-2';
import { chartColors, dayTime, legendTheme, timeAxis, tooltipTheme, valueAxis, type ChartColors } from '../metrics/chart-setup';
import { formatWeek } from './chart-format';

/* Lazily imported: Chart.js comes with this file, never with the first screen. */

export type AdherenceSeriesKey = 'completed' | 'extra' | 'skipped' | 'missed' | 'upcoming' | 'paused';
export type AdherenceSeries = { key: AdherenceSeriesKey; label: string; values: number[] };

type Props = { weeks: string[]; series: AdherenceSeries[]; scheduled: number[]; weekStartsOn: number };

/** Status colours: done is green, skipped amber, missed red; extra workouts in the accent. */
const colorOf = (key: AdherenceSeriesKey, colors: ChartColors) =>
  ({
    completed: colors.success,
    extra: colors.accent,
    skipped: colors.warning,
    missed: colors.danger,
    upcoming: colors.lineStrong,
    paused: colors.line,
  })[key];

const workouts = (count: number) => `${count} ${count === 1 ? 'workout' : 'workouts'}`;

/** A stacked bar per week: what was done, skipped and missed of the schedule, and extra workouts on top. */
export default function AdherenceCanvas({ weeks, series, scheduled, weekStartsOn }: Props) {
  const colors = chartColors();
  const times = weeks.map(dayTime);
  const datasets: ChartData<'bar', { x: number; y: number }[]>['datasets'] = series.map((item) => ({
    label: item.label,
    data: item.values.map((value, week) => ({ x: times[week] ?? 0, y: value })),
    backgroundColor: colorOf(item.key, colors),
    borderColor: colors.surface,
    borderWidth: { top: 1, bottom: 0, left: 0, right: 0 },
    maxBarThickness: 36,
    stack: 'week',
  }));
  const options: ChartOptions<'bar'> = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    interaction: { mode: 'index', intersect: false },
    plugins: {
      legend: legendTheme(colors),
      tooltip: {
        ...tooltipTheme(colors),
        filter: (item) => (item.parsed.y ?? 0) > 0,
        callbacks: {
          title: (items) => formatWeek(weeks[items[0]?.dataIndex ?? 0] ?? ''),
          label: (item) => `${item.dataset.label ?? ''}: ${item.parsed.y ?? 0}`,
          footer: (items) => `Scheduled: ${workouts(scheduled[items[0]?.dataIndex ?? 0] ?? 0)}`,
        },
      },
    },
    scales: {
      x: { ...timeAxis(colors, times, { weekStartsOn }), stacked: true },
      y: { ...valueAxis(colors, { title: 'workouts', beginAtZero: true, stacked: true }), ticks: { color: colors.muted, precision: 0 } },
    },
  };
  return (
    <div className="relative h-56 w-full">
      <Chart type="bar" data={{ datasets }} options={options} aria-hidden />
    </div>
  );
}
