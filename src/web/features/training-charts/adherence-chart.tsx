import { useQuery } from '@tanstack/react-query';
import { CalendarCheck } from 'lucide-react';
import { lazy, useState } from 'react';
import { Link } from 'react-router';
import type { AdherenceChart as AdherenceData } from '../../../shared/training-charts';
import { buttonClass } from '../../ui/button';
import { ErrorState } from '../../ui/states';
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
import type { AdherenceSeries } from './adherence-canvas';
import { adherenceQuery } from './queries';
import type { Viewer } from './workout-link';

const AdherenceCanvas = lazy(() => import('./adherence-canvas'));

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const workouts = (count: number) => `${count} ${count === 1 ? 'workout' : 'workouts'}`;

/**
 * The bars' pieces. What is neither done, skipped nor missed is still to come this week, or fell
 * in a pause (paused days are never missed).
 */
function adherenceSeries(weeks: AdherenceData['weeks']): AdherenceSeries[] {
  const open = (week: AdherenceData['weeks'][number]) => Math.max(0, week.scheduled - week.completed - week.skipped - week.missed);
  const last = weeks.length - 1;
  const all: AdherenceSeries[] = [
    { key: 'completed', label: 'Completed', values: weeks.map((week) => week.completed) },
    { key: 'extra', label: 'Extra', values: weeks.map((week) => week.extra) },
    { key: 'skipped', label: 'Skipped', values: weeks.map((week) => week.skipped) },
    { key: 'missed', label: 'Missed', values: weeks.map((week) => week.missed) },
    { key: 'upcoming', label: 'Still to come', values: weeks.map((week, index) => (index === last ? open(week) : 0)) },
    { key: 'paused', label: 'Paused', values: weeks.map((week, index) => (index === last ? 0 : open(week))) },
  ];
  // Completed always (the legend reads "done vs the rest"); the others once they happen.
  return all.filter((series) => series.key === 'completed' || sum(series.values) > 0);
}

/** Scheduled workouts per week against what was done: completed, skipped, missed, and extra ones. */
export function AdherenceChart({ clientId, viewer }: { clientId: string; viewer: Viewer }) {
  const [range, setRange] = useState<ChartRange>('12w');
  const [asTable, setAsTable] = useState(false);
  const chart = useQuery(adherenceQuery(clientId, range));
  const weeks = chart.data?.weeks ?? [];
  const completed = sum(weeks.map((week) => week.completed));
  const skipped = sum(weeks.map((week) => week.skipped));
  const missed = sum(weeks.map((week) => week.missed));
  const extra = sum(weeks.map((week) => week.extra));
  const due = completed + skipped + missed;
  const hasData = weeks.some((week) => week.scheduled > 0 || week.extra > 0);
  const parts = [
    due > 0
      ? `Completed ${completed} of ${workouts(due)} due ${overRange(range)} (${Math.round((completed / due) * 100)} %)`
      : `No scheduled workouts were due ${overRange(range)}`,
    skipped > 0 && `${skipped} skipped`,
    missed > 0 && `${missed} missed`,
    extra > 0 && `${workouts(extra)} done off the schedule`,
  ].filter(Boolean);
  const summary = `${parts.join(', ')}.`;

  let body;
  if (chart.isPending) body = <ChartSkeleton className="h-56" />;
  else if (chart.isError)
    body = (
      <ErrorState title="The chart didn't load" error={chart.error} onRetry={() => void chart.refetch()} retrying={chart.isFetching} />
    );
  else if (!hasData)
    body = (
      <ChartEmpty icon={<CalendarCheck />} title={`Nothing scheduled ${inRange(range)}`}>
        {viewer === 'client' ? (
          <p>When your coach puts workouts on your calendar, each week shows how many you did.</p>
        ) : (
          <div className="flex flex-col items-center gap-3">
            <p>Put workouts on the calendar and each week shows how many were done.</p>
            <Link to={`/clients/${encodeURIComponent(clientId)}/training`} className={buttonClass('secondary', 'sm')}>
              Open the Training tab
            </Link>
          </div>
        )}
      </ChartEmpty>
    );
  else if (asTable)
    body = (
      <ChartTable
        caption={`Scheduled and done workouts per week, ${rangeLong(range)}`}
        columns={[
          { label: 'Week of' },
          { label: 'Scheduled', numeric: true },
          { label: 'Completed', numeric: true },
          { label: 'Skipped', numeric: true },
          { label: 'Missed', numeric: true },
          { label: 'Extra', numeric: true },
        ]}
        rows={[...weeks].reverse().map((week) => ({
          key: week.week,
          cells: [formatShortDay(week.week), week.scheduled, week.completed, week.skipped, week.missed, week.extra],
        }))}
      />
    );
  else
    body = (
      <ChartFigure summary={summary} height="h-56">
        <AdherenceCanvas
          weeks={weeks.map((week) => week.week)}
          series={adherenceSeries(weeks)}
          scheduled={weeks.map((week) => week.scheduled)}
          weekStartsOn={chart.data?.weekStartsOn ?? 1}
        />
      </ChartFigure>
    );

  return (
    <ChartCard
      title="Workouts done"
      description="Scheduled workouts per week, and extra ones"
      table={hasData ? { shown: asTable, onToggle: () => setAsTable((shown) => !shown) } : undefined}
      controls={<RangeChips value={range} onChange={setRange} />}
    >
      {body}
    </ChartCard>
  );
}
