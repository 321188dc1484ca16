import {
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartData,
  type ChartOptions,
} from 'chart.js';
import { Chart } from 'react-chartjs-2';
import { formatDay, formatNumber, formatShortDay } from './units';

/*
 * Chart.js lives only in this file, which is imported lazily: it stays out of the first download.
 * Only the pieces used are registered.
 */
ChartJS.register(CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip, Legend);

export type ChartRow = { date: string; value: number; movingAverage: number };

const token = (name: string, fallback: string) => {
  if (typeof document === 'undefined') return fallback;
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value || fallback;
};

/** Daily values as points, the 7-day moving average as a line; colours from the design tokens. */
export default function WeightChartCanvas({ rows, unit, label }: { rows: ChartRow[]; unit: string; label: string }) {
  const accent = token('--oc-accent', '#3449c9');
  const muted = token('--oc-text-muted', '#666');
  const line = token('--oc-line', '#ddd');
  const text = token('--oc-text', '#111');
  const surface = token('--oc-surface', '#fff');
  const labels = rows.map((row) => row.date);
  const data: ChartData<'line', number[], string> = {
    labels,
    datasets: [
      {
        label: '7-day average',
        data: rows.map((row) => row.movingAverage),
        borderColor: accent,
        backgroundColor: accent,
        borderWidth: 2,
        pointRadius: 0,
        pointHitRadius: 8,
        tension: 0.3,
        order: 2,
      },
      {
        label,
        data: rows.map((row) => row.value),
        showLine: false,
        borderColor: muted,
        backgroundColor: muted,
        pointRadius: rows.length > 60 ? 2 : 3.5,
        pointHoverRadius: 6,
        order: 1,
      },
    ],
  };
  const options: ChartOptions<'line'> = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    interaction: { mode: 'index', intersect: false },
    plugins: {
      legend: { position: 'bottom', labels: { color: muted, boxWidth: 12, usePointStyle: true } },
      tooltip: {
        backgroundColor: surface,
        titleColor: text,
        bodyColor: text,
        borderColor: line,
        borderWidth: 1,
        callbacks: {
          title: (items) => formatDay(labels[items[0]?.dataIndex ?? 0] ?? ''),
          label: (item) => `${item.dataset.label ?? ''}: ${formatNumber(item.parsed.y ?? 0)} ${unit}`,
        },
      },
    },
    scales: {
      x: {
        type: 'category',
        grid: { display: false },
        ticks: { color: muted, maxTicksLimit: 6, maxRotation: 0, callback: (_value, index) => formatShortDay(labels[index] ?? '') },
      },
      y: {
        type: 'linear',
        grid: { color: line },
        ticks: { color: muted, callback: (value) => `${formatNumber(Number(value))}` },
        title: { display: true, text: unit, color: muted },
      },
    },
  };
  return (
    <div className="relative h-64 w-full">
      <Chart type="line" data={data} options={options} aria-hidden />
    </div>
  );
}
