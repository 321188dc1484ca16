import { useQuery } from '@tanstack/react-query';
import { BarChart3 } from 'lucide-react';
import { lazy, useState } from 'react';
import type { WeeklyVolumeChart as VolumeData } from '../../../shared/training-charts';
import { Chip } from '../../ui/chip';
import { ErrorState } from '../../ui/states';
import { kgTo, type Unit } from '../history/format';
import {
  ChartCard,
  ChartEmpty,
  ChartFigure,
  ChartSkeleton,
  ChartTable,
  inRange,
  overRange,
  RangeChips,
  rangeLong,
} from '../metrics/chart-parts';
import type { ChartRange } from '../metrics/queries';
import { formatShortDay } from '../metrics/units';
import { muscleLabel } from './chart-format';
import { weeklyVolumeQuery } from './queries';
import type { WeeklySeries } from './weekly-volume-canvas';
import type { Viewer } from './workout-link';

const WeeklyVolumeCanvas = lazy(() => import('./weekly-volume-canvas'));

type Measure = 'sets' | 'tonnage';
/** Muscle groups drawn on their own; the rest add up to "Other". */
const TOP = 6;
const whole = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

/** Each week's value per muscle: the biggest muscles of the range on their own, the rest as "Other". */
export function muscleSeries(weeks: VolumeData['weeks'], value: (muscle: { sets: number; tonnageKg: number }) => number): WeeklySeries[] {
  const totals = new Map<string, number>();
  for (const week of weeks)
    for (const muscle of week.muscles)
      if (muscle.muscle !== 'other') totals.set(muscle.muscle, (totals.get(muscle.muscle) ?? 0) + value(muscle));
  const ranked = [...totals.entries()].filter(([, total]) => total > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  // Seven muscles fit as well as six and "Other": only fold when there are more.
  const own = (ranked.length <= TOP + 1 ? ranked : ranked.slice(0, TOP)).map(([muscle]) => muscle);
  const series: WeeklySeries[] = own.map((muscle) => ({
    label: muscleLabel(muscle),
    values: weeks.map((week) => value(week.muscles.find((item) => item.muscle === muscle) ?? { sets: 0, tonnageKg: 0 })),
  }));
  const other = weeks.map((week) => week.muscles.filter((item) => !own.includes(item.muscle)).reduce((sum, item) => sum + value(item), 0));
  if (other.some((amount) => amount > 0)) series.push({ label: 'Other', values: other, other: true });
  return series;
}

/** Hard sets (or tonnage) per muscle group per week, stacked; a table view too. */
export function WeeklyVolumeChart({ clientId, unit, viewer }: { clientId: string; unit: Unit; viewer: Viewer }) {
  const [range, setRange] = useState<ChartRange>('12w');
  const [measure, setMeasure] = useState<Measure>('sets');
  const [asTable, setAsTable] = useState(false);
  const chart = useQuery(weeklyVolumeQuery(clientId, range));
  const weeks = chart.data?.weeks ?? [];
  const value = (item: { sets: number; tonnageKg: number }) => (measure === 'sets' ? item.sets : kgTo(item.tonnageKg, unit));
  const series = muscleSeries(weeks, value);
  const format = (amount: number) =>
    measure === 'sets' ? `${whole.format(amount)} ${amount === 1 ? 'set' : 'sets'}` : `${whole.format(amount)} ${unit}`;
  const totalSets = weeks.reduce((sum, week) => sum + week.sets, 0);
  const weekTotals = weeks.map((week) => value(week));
  const average = weeks.length ? weekTotals.reduce((sum, amount) => sum + amount, 0) / weeks.length : 0;
  const leader = series.find((item) => !item.other);
  const leaderTotal = leader ? leader.values.reduce((sum, amount) => sum + amount, 0) : 0;
  const summary = `${measure === 'sets' ? 'Hard sets' : 'Tonnage'} averaged ${format(average)} a week ${overRange(range)}${leader ? `; the most went to ${leader.label.toLowerCase()} (${format(leaderTotal)})` : ''}.`;

  let body;
  if (chart.isPending) body = <ChartSkeleton className="h-72" />;
  else if (chart.isError)
    body = (
      <ErrorState title="The chart didn't load" error={chart.error} onRetry={() => void chart.refetch()} retrying={chart.isFetching} />
    );
  else if (totalSets === 0)
    body = (
      <ChartEmpty icon={<BarChart3 />} title={`No sets logged ${inRange(range)}`}>
        <p>
          {viewer === 'client'
            ? 'Finish a workout and its sets per muscle group show here, week by week.'
            : 'Sets per muscle group show here, week by week, once workouts are logged.'}
        </p>
      </ChartEmpty>
    );
  else if (asTable)
    body = (
      <ChartTable
        caption={`${measure === 'sets' ? 'Hard sets' : `Tonnage (${unit})`} per muscle group per week, ${rangeLong(range)}`}
        columns={[{ label: 'Week of' }, ...series.map((item) => ({ label: item.label, numeric: true })), { label: 'Total', numeric: true }]}
        rows={weeks
          .map((week, index) => ({
            key: week.week,
            cells: [
              formatShortDay(week.week),
              ...series.map((item) => whole.format(item.values[index] ?? 0)),
              <strong className="font-semibold">{whole.format(weekTotals[index] ?? 0)}</strong>,
            ],
          }))
          .reverse()}
      />
    );
  else
    body = (
      <ChartFigure summary={summary} height="h-72">
        <WeeklyVolumeCanvas
          weeks={weeks.map((week) => week.week)}
          series={series}
          format={format}
          axisTitle={measure === 'sets' ? 'sets' : unit}
          weekStartsOn={chart.data?.weekStartsOn ?? 1}
        />
      </ChartFigure>
    );

  return (
    <ChartCard
      title="Weekly volume"
      description={measure === 'sets' ? 'Hard sets per muscle group' : `Tonnage (load × reps) per muscle group, ${unit}`}
      table={totalSets > 0 ? { shown: asTable, onToggle: () => setAsTable((shown) => !shown) } : undefined}
      controls={
        <div className="flex flex-wrap items-center justify-between gap-2">
          <RangeChips value={range} onChange={setRange} />
          <div role="group" aria-label="Measure" className="flex gap-2">
            <Chip selected={measure === 'sets'} onClick={() => setMeasure('sets')}>
              Sets
            </Chip>
            <Chip selected={measure === 'tonnage'} onClick={() => setMeasure('tonnage')}>
              Tonnage
            </Chip>
          </div>
        </div>
      }
    >
      {body}
    </ChartCard>
  );
}
