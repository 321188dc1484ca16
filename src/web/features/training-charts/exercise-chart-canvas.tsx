import type { ChartData, ChartOptions } from 'chart.js';
import { Chart } from 'react-chartjs-2';
import { chartColors, clickable, dayTime, legendTheme, openHint, timeAxis, tooltipTheme, valueAxis } from '../metrics/chart-setup';
import type { Unit } from '../history/format';
import { formatDay } from '../metrics/units';
import { formatLoad } from './chart-format';

/* Lazily imported: Chart.js comes with this file, never with the first screen. */

export type ExerciseRow = {
  date: string;
  sessionId: string;
  /** In the viewer's unit; null when no set was 1–12 reps. */
  e1rm: number | null;
  topSet: number;
  topSetReps: number;
  volume: number;
  sets: number;
  e1rmRecord: boolean;
  topSetRecord: boolean;
};

type Props = { rows: ExerciseRow[]; unit: Unit; mode: 'strength' | 'volume'; onOpen: (sessionId: string) => void };

type Point = { x: number; y: number | null };

const whole = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

/** Strength: the e1RM line and the top sets, records as larger diamonds. Volume: a bar per workout. */
export default function ExerciseChartCanvas({ rows, unit, mode, onOpen }: Props) {
  const colors = chartColors();
  const times = rows.map((row) => dayTime(row.date));
  const at = (index: number) => times[index] ?? 0;
  const record = (kind: 'e1rmRecord' | 'topSetRecord') => (context: { dataIndex: number }) => rows[context.dataIndex]?.[kind] ?? false;
  const isE1rmRecord = record('e1rmRecord');
  const isTopSetRecord = record('topSetRecord');

  const strength: ChartData<'line', Point[]>['datasets'] = [
    {
      label: 'Estimated 1RM',
      data: rows.map((row, index) => ({ x: at(index), y: row.e1rm })),
      borderColor: colors.accent,
      backgroundColor: colors.accent,
      borderWidth: 2.5,
      spanGaps: true,
      tension: 0.2,
      pointStyle: (context) => (isE1rmRecord(context) ? 'rectRot' : 'circle'),
      pointRadius: (context) => (isE1rmRecord(context) ? 7 : 3),
      pointHoverRadius: (context) => (isE1rmRecord(context) ? 9 : 6),
      pointBackgroundColor: (context) => (isE1rmRecord(context) ? colors.accent : colors.surface),
      pointBorderColor: colors.accent,
      pointBorderWidth: 2,
      pointHitRadius: 10,
      order: 1,
    },
    {
      label: 'Top set',
      data: rows.map((row, index) => ({ x: at(index), y: row.topSet })),
      showLine: false,
      borderColor: colors.lineStrong,
      backgroundColor: colors.lineStrong,
      pointStyle: (context) => (isTopSetRecord(context) ? 'rectRot' : 'circle'),
      pointRadius: (context) => (isTopSetRecord(context) ? 6 : 3),
      pointHoverRadius: (context) => (isTopSetRecord(context) ? 8 : 5),
      pointBackgroundColor: (context) => (isTopSetRecord(context) ? colors.text : colors.lineStrong),
      pointBorderColor: (context) => (isTopSetRecord(context) ? colors.surface : colors.lineStrong),
      pointBorderWidth: 1.5,
      pointHitRadius: 10,
      order: 2,
    },
    // Legend only: says what the diamonds are.
    { label: 'PR', data: [], pointStyle: 'rectRot', borderColor: colors.text, backgroundColor: colors.text, order: 3 },
  ];
  const volume: ChartData<'bar', Point[]>['datasets'] = [
    {
      label: 'Volume',
      data: rows.map((row, index) => ({ x: at(index), y: row.volume })),
      backgroundColor: colors.accent,
      borderRadius: 3,
      maxBarThickness: 28,
      minBarLength: 2,
    },
  ];

  const tooltip = {
    ...tooltipTheme(colors),
    filter: (item: { datasetIndex: number }) => item.datasetIndex < 2,
    callbacks: {
      title: (items: { dataIndex: number }[]) => formatDay(rows[items[0]?.dataIndex ?? 0]?.date ?? ''),
      label: (item: { datasetIndex: number; dataIndex: number }) => {
        const row = rows[item.dataIndex];
        if (!row) return '';
        if (mode === 'volume') return `Volume: ${whole.format(row.volume)} ${unit} in ${row.sets} ${row.sets === 1 ? 'set' : 'sets'}`;
        if (item.datasetIndex === 0)
          return row.e1rm === null ? '' : `Estimated 1RM: ${formatLoad(row.e1rm, unit)} ${unit}${row.e1rmRecord ? ' · PR' : ''}`;
        return `Top set: ${formatLoad(row.topSet, unit)} ${unit} × ${row.topSetReps}${row.topSetRecord ? ' · PR' : ''}`;
      },
      footer: () => openHint('open the workout'),
    },
  };
  const common = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false as const,
    interaction: { mode: 'nearest' as const, axis: 'x' as const, intersect: false },
    ...clickable((_dataset, index) => {
      const row = rows[index];
      if (row) onOpen(row.sessionId);
    }),
  };
  const x = timeAxis(colors, times);

  if (mode === 'volume') {
    const options: ChartOptions<'bar'> = {
      ...common,
      plugins: { legend: { display: false }, tooltip },
      scales: {
        x: { ...x, offset: true },
        y: valueAxis(colors, { title: unit, beginAtZero: true, format: (value) => whole.format(value) }),
      },
    };
    return (
      <div className="relative h-56 w-full">
        <Chart type="bar" data={{ datasets: volume }} options={options} aria-hidden />
      </div>
    );
  }
  const options: ChartOptions<'line'> = {
    ...common,
    plugins: { legend: legendTheme(colors), tooltip },
    scales: { x, y: valueAxis(colors, { title: unit, format: (value) => formatLoad(value, unit) }) },
  };
  return (
    <div className="relative h-64 w-full">
      <Chart type="line" data={{ datasets: strength }} options={options} aria-hidden />
    </div>
  );
}
