import type { ChartData, ChartOptions } from 'chart.js';
import { Chart } from 'react-chartjs-2';
import { chartColors, dayTime, legendTheme, timeAxis, tooltipTheme, valueAxis } from '../metrics/chart-setup';
import { formatWeek } from '../training-charts/chart-format';
import type { Week } from './compliance-format';

/* Lazily imported: Chart.js comes with this file, never with the first screen. */

const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
type Props = { weeks: Week[]; weekStartsOn: number };

/**
 * Two small charts over the same weeks: average kcal a day (logged days only) against the target
 * as a dashed step line, and below it the days on target out of the days logged.
 */
export default function ComplianceCanvas({ weeks, weekStartsOn }: Props) {
  const colors = chartColors();
  const times = weeks.map((week) => dayTime(week.weekStart));
  const title = (index: number) => formatWeek(weeks[index]?.weekStart ?? '');

  const kcal: ChartData<'line', { x: number; y: number | null }[]> = {
    datasets: [
      {
        label: 'Average kcal a day',
        data: weeks.map((week, i) => ({ x: times[i] ?? 0, y: week.average ? Math.round(week.average.kcal) : null })),
        borderColor: colors.accent,
        backgroundColor: colors.accent,
        borderWidth: 2,
        pointRadius: 3.5,
        pointHoverRadius: 6,
        spanGaps: true,
        tension: 0.2,
      },
      {
        label: 'Target',
        data: weeks.map((week, i) => ({ x: times[i] ?? 0, y: week.target?.kcal ?? null })),
        borderColor: colors.lineStrong,
        backgroundColor: colors.lineStrong,
        borderDash: [6, 4],
        borderWidth: 1.5,
        pointRadius: 0,
        pointHitRadius: 0,
        pointStyle: 'line',
        stepped: 'middle',
      },
    ],
  };
  const kcalOptions: ChartOptions<'line'> = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    interaction: { mode: 'index', intersect: false },
    plugins: {
      legend: legendTheme(colors),
      tooltip: {
        ...tooltipTheme(colors),
        callbacks: {
          title: (items) => title(items[0]?.dataIndex ?? 0),
          label: (item) => `${item.dataset.label ?? ''}: ${item.parsed.y === null ? '—' : `${whole.format(item.parsed.y)} kcal`}`,
        },
      },
    },
    scales: {
      x: { ...timeAxis(colors, times, { weekStartsOn }), offset: true },
      y: valueAxis(colors, { title: 'kcal', format: (v) => whole.format(v) }),
    },
  };

  const daysData: ChartData<'bar', { x: number; y: number }[]> = {
    datasets: [
      {
        label: 'On target',
        data: weeks.map((week, i) => ({ x: times[i] ?? 0, y: week.daysOnTarget })),
        backgroundColor: colors.success,
        maxBarThickness: 28,
        stack: 'days',
      },
      {
        label: 'Logged, off target',
        data: weeks.map((week, i) => ({ x: times[i] ?? 0, y: Math.max(0, week.daysLogged - week.daysOnTarget) })),
        backgroundColor: colors.lineStrong,
        maxBarThickness: 28,
        stack: 'days',
      },
    ],
  };
  const daysOptions: ChartOptions<'bar'> = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    interaction: { mode: 'index', intersect: false },
    plugins: {
      legend: legendTheme(colors),
      tooltip: {
        ...tooltipTheme(colors),
        callbacks: {
          title: (items) => title(items[0]?.dataIndex ?? 0),
          label: (item) => `${item.dataset.label ?? ''}: ${item.parsed.y ?? 0} days`,
        },
      },
    },
    scales: {
      x: { ...timeAxis(colors, times, { weekStartsOn }), stacked: true },
      y: {
        ...valueAxis(colors, { title: 'days', beginAtZero: true, stacked: true }),
        max: 7,
        ticks: { color: colors.muted, stepSize: 7, precision: 0 },
      },
    },
  };

  return (
    <div className="flex flex-col gap-3">
      <div className="relative h-56 w-full">
        <Chart type="line" data={kcal} options={kcalOptions} aria-hidden />
      </div>
      <div className="relative h-36 w-full">
        <Chart type="bar" data={daysData} options={daysOptions} aria-hidden />
      </div>
    </div>
  );
}
