import type { ChartData, ChartOptions } from 'chart.js';
import { Chart } from 'react-chartjs-2';
import { categoryColors, chartColors, dayTime, legendTheme, timeAxis, tooltipTheme, valueAxis } from '../metrics/chart-setup';
import type { Revenue } from './queries';
import { monthLabel } from './revenue-copy';

/* Lazily imported: Chart.js comes with this file, never with the first screen. */

const whole = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

/** New and churned subscriptions per month, side by side. */
export default function RevenueChartCanvas({ months }: { months: Revenue['months'] }) {
  const colors = chartColors();
  const times = months.map((item) => dayTime(`${item.month}-01`));
  const [started, churned] = categoryColors(colors, 2);
  const bar = { maxBarThickness: 22, borderRadius: 3, categoryPercentage: 0.7, barPercentage: 0.9 };
  const datasets: ChartData<'bar', { x: number; y: number }[]>['datasets'] = [
    { label: 'New', data: months.map((item, index) => ({ x: times[index] ?? 0, y: item.started })), backgroundColor: started, ...bar },
    {
      label: 'Churned',
      data: months.map((item, index) => ({ x: times[index] ?? 0, y: item.churned })),
      backgroundColor: churned ?? colors.lineStrong,
      ...bar,
    },
  ];
  const base = timeAxis(colors, times);
  const options: ChartOptions<'bar'> = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    interaction: { mode: 'index', intersect: false },
    plugins: {
      legend: legendTheme(colors),
      tooltip: {
        ...tooltipTheme(colors),
        callbacks: {
          title: (items) => monthLabel(months[items[0]?.dataIndex ?? 0]?.month ?? ''),
          label: (item) => `${item.dataset.label ?? ''}: ${whole.format(item.parsed.y ?? 0)}`,
        },
      },
    },
    scales: {
      x: {
        ...base,
        offset: true,
        time: { unit: 'month' },
        ticks: {
          ...base.ticks,
          source: 'data',
          maxTicksLimit: 12,
          callback: (value: string | number) => {
            const date = new Date(Number(value));
            return monthLabel(`${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`, { short: true });
          },
        },
      },
      y: {
        ...valueAxis(colors, { beginAtZero: true, format: (value) => whole.format(value) }),
        ticks: { precision: 0, color: colors.muted },
      },
    },
  };
  return (
    <div className="relative h-64 w-full">
      <Chart type="bar" data={{ datasets }} options={options} aria-hidden />
    </div>
  );
}
