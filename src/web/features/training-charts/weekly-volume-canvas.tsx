import type { ChartData, ChartOptions } from 'chart.js';
import { Chart } from 'react-chartjs-2';
import { categoryColors, chartColors, dayTime, legendTheme, timeAxis, tooltipTheme, valueAxis } from '../metrics/chart-setup';
import { formatWeek } from './chart-format';

/* Lazily imported: Chart.js comes with this file, never with the first screen. */

export type WeeklySeries = { label: string; values: number[]; other?: boolean };

type Props = {
  weeks: string[];
  series: WeeklySeries[];
  /** Says the numbers in the tooltip: (12) → "12 sets", "1,200 kg". */
  format: (value: number) => string;
  axisTitle: string;
  weekStartsOn: number;
};

const whole = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

/** Stacked bars per week, a colour per muscle group (grey for "Other"). */
export default function WeeklyVolumeCanvas({ weeks, series, format, axisTitle, weekStartsOn }: Props) {
  const colors = chartColors();
  const times = weeks.map(dayTime);
  const palette = categoryColors(colors, series.length);
  const datasets: ChartData<'bar', { x: number; y: number }[]>['datasets'] = series.map((item, index) => ({
    label: item.label,
    data: item.values.map((value, week) => ({ x: times[week] ?? 0, y: value })),
    backgroundColor: item.other ? colors.lineStrong : (palette[index] ?? colors.accent),
    borderColor: colors.surface,
    borderWidth: { top: 1, bottom: 0, left: 0, right: 0 },
    maxBarThickness: 36,
    stack: 'muscles',
  }));
  const total = (index: number) => series.reduce((sum, item) => sum + (item.values[index] ?? 0), 0);
  const options: ChartOptions<'bar'> = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    interaction: { mode: 'index', intersect: false },
    plugins: {
      legend: legendTheme(colors),
      tooltip: {
        ...tooltipTheme(colors),
        itemSort: (a, b) => b.datasetIndex - a.datasetIndex,
        filter: (item) => (item.parsed.y ?? 0) > 0,
        callbacks: {
          title: (items) => formatWeek(weeks[items[0]?.dataIndex ?? 0] ?? ''),
          label: (item) => `${item.dataset.label ?? ''}: ${format(item.parsed.y ?? 0)}`,
          footer: (items) => `Total: ${format(total(items[0]?.dataIndex ?? 0))}`,
        },
      },
    },
    scales: {
      x: { ...timeAxis(colors, times, { weekStartsOn }), stacked: true },
      y: valueAxis(colors, { title: axisTitle, beginAtZero: true, stacked: true, format: (value) => whole.format(value) }),
    },
  };
  return (
    <div className="relative h-72 w-full">
      <Chart type="bar" data={{ datasets }} options={options} aria-hidden />
    </div>
  );
}
