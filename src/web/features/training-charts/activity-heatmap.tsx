import { useQuery } from '@tanstack/react-query';
import { CalendarDays } from 'lucide-react';
import { useLayoutEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { ActivityChart } from '../../../shared/training-charts';
import { cn } from '../../ui/cn';
import { ErrorState } from '../../ui/states';
import { volumeNumber, type Unit } from '../history/format';
import { ChartCard, ChartEmpty, ChartSkeleton, ChartTable, inRange, RangeChips, rangeLong } from '../metrics/chart-parts';
import type { ChartRange } from '../metrics/queries';
import { formatDay } from '../metrics/units';
import { activityQuery } from './queries';
import { workoutHref, type Viewer } from './workout-link';

/*
 * A GitHub-style calendar: a column per week (starting on the trainer's week start), a square per
 * day, darker with more sets. Plain CSS grid, no Chart.js. Each training day is a link to its workout.
 */

type Day = ActivityChart['days'][number];

const DAY_MS = 86_400_000;
const toTime = (day: string) => Date.parse(`${day}T00:00:00Z`);
const toDay = (time: number) => new Date(time).toISOString().slice(0, 10);
const weekday = (day: string) => new Date(toTime(day)).getUTCDay();
/** A Sunday, to name the weekdays from. */
const SUNDAY = toTime('2023-01-01');

/** Sets a day → one of five shades (a day with a workout but no counted sets is the lightest). */
const LEVELS = ['bg-surface-muted', 'bg-accent/25', 'bg-accent/50', 'bg-accent/75', 'bg-accent'] as const;
const level = (day: Day | undefined) => (!day ? 0 : day.sets >= 25 ? 4 : day.sets >= 17 ? 3 : day.sets >= 9 ? 2 : 1);
const LEGEND = ['No workout', '1–8 sets', '9–16 sets', '17–24 sets', '25 or more sets'];

const monthName = new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' });
const weekdayName = new Intl.DateTimeFormat(undefined, { weekday: 'short', timeZone: 'UTC' });

/** Weeks (columns) of days from the week holding `from` to the week holding `to`; null outside the range. */
function calendar(from: string, to: string, weekStartsOn: number): (string | null)[][] {
  const start = toTime(from) - ((weekday(from) - weekStartsOn + 7) % 7) * DAY_MS;
  const weeks: (string | null)[][] = [];
  for (let time = start; time <= toTime(to); time += 7 * DAY_MS)
    weeks.push(Array.from({ length: 7 }, (_, index) => toDay(time + index * DAY_MS)).map((day) => (day < from || day > to ? null : day)));
  return weeks;
}

/** A month's name above the week its 1st falls in (and above the first week), never two crowded together. */
function monthLabels(weeks: (string | null)[][]): string[] {
  let last = -Infinity;
  return weeks.map((week, index) => {
    const day = index === 0 ? week.find((date) => date !== null) : week.find((date) => date?.endsWith('-01'));
    const starts = weeks.slice(index + 1, index + 3).some((next) => next.some((date) => date?.endsWith('-01')));
    if (!day || index - last < 3 || (index === 0 && starts)) return '';
    last = index;
    return monthName.format(new Date(toTime(day)));
  });
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
const dayLabel = (date: string, day: Day) => `${formatDay(date)}: ${plural(day.workouts, 'workout')}, ${plural(day.sets, 'set')}`;

function Grid({ data, viewer, clientId }: { data: ActivityChart; viewer: Viewer; clientId: string }) {
  const scroller = useRef<HTMLDivElement>(null);
  const byDate = new Map(data.days.map((day) => [day.date, day]));
  const weeks = calendar(data.from, data.to, data.weekStartsOn);
  // The latest week first: a phone shows the end of the year and scrolls back.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (element) element.scrollLeft = element.scrollWidth;
  }, [data]);
  const columns = { gridTemplateColumns: `repeat(${weeks.length}, 1rem)` };
  return (
    <div className="flex gap-2">
      <div aria-hidden className="grid shrink-0 grid-rows-[1rem_repeat(7,1rem)] gap-1 pr-1 text-xs leading-4 text-muted">
        <span />
        {Array.from({ length: 7 }, (_, row) => (
          <span key={row}>{row % 2 === 0 ? weekdayName.format(new Date(SUNDAY + ((data.weekStartsOn + row) % 7) * DAY_MS)) : ''}</span>
        ))}
      </div>
      <div ref={scroller} role="group" aria-label="Training days" tabIndex={0} className="min-w-0 flex-1 overflow-x-auto rounded-sm pb-2">
        <div aria-hidden className="grid h-4 gap-1 text-xs leading-4 text-muted" style={columns}>
          {monthLabels(weeks).map((label, index) => (
            <span key={index} className="whitespace-nowrap">
              {label}
            </span>
          ))}
        </div>
        <div className="mt-1 grid grid-flow-col grid-rows-[repeat(7,1rem)] gap-1" style={columns}>
          {weeks.flatMap((week, column) =>
            week.map((date, row) => {
              const key = `${column}-${row}`;
              if (!date) return <span key={key} aria-hidden />;
              const day = byDate.get(date);
              const today = date === data.to;
              const square = cn(
                'size-4 rounded-[3px]',
                LEVELS[level(day)],
                today && 'ring-1 ring-line-strong ring-offset-1 ring-offset-surface',
              );
              if (!day) return <span key={key} aria-hidden className={square} />;
              const label = dayLabel(date, day);
              return (
                <Link
                  key={key}
                  to={workoutHref(viewer, clientId, day.sessionId)}
                  aria-label={label}
                  title={label}
                  className={cn(square, 'hover:ring-2 hover:ring-text')}
                />
              );
            }),
          )}
        </div>
      </div>
    </div>
  );
}

function Legend() {
  return (
    <div className="flex items-center justify-end gap-1 text-xs text-muted">
      <span className="mr-1">Fewer sets</span>
      {LEVELS.map((shade, index) => (
        <span key={shade} role="img" aria-label={LEGEND[index]} title={LEGEND[index]} className={cn('size-3 rounded-[3px]', shade)} />
      ))}
      <span className="ml-1">More</span>
    </div>
  );
}

/** Every training day of the range on a calendar grid; a day opens its workout. */
export function ActivityHeatmap({ clientId, unit, viewer }: { clientId: string; unit: Unit; viewer: Viewer }) {
  const [range, setRange] = useState<ChartRange>('1y');
  const [asTable, setAsTable] = useState(false);
  const chart = useQuery(activityQuery(clientId, range));
  const days = chart.data?.days ?? [];
  const workouts = days.reduce((sum, day) => sum + day.workouts, 0);
  const sets = days.reduce((sum, day) => sum + day.sets, 0);
  const latest = days.at(-1);
  const span = range === 'all' && chart.data ? `since ${formatDay(chart.data.from)}` : inRange(range);
  const summary = latest
    ? `${plural(workouts, 'workout')} on ${plural(days.length, 'day')} ${span}, ${plural(sets, 'set')} in all; the latest on ${formatDay(latest.date)}.`
    : '';

  let body;
  if (chart.isPending) body = <ChartSkeleton className="h-36" label="Loading training days" />;
  else if (chart.isError)
    body = (
      <ErrorState title="The calendar didn't load" error={chart.error} onRetry={() => void chart.refetch()} retrying={chart.isFetching} />
    );
  else if (days.length === 0)
    body = (
      <ChartEmpty icon={<CalendarDays />} title={`No workouts ${inRange(range)}`}>
        <p>{viewer === 'client' ? 'Every day you train fills a square here.' : 'Every day of training fills a square here.'}</p>
      </ChartEmpty>
    );
  else if (asTable)
    body = (
      <ChartTable
        caption={`Training days, ${rangeLong(range)}`}
        columns={[
          { label: 'Day' },
          { label: 'Workouts', numeric: true },
          { label: 'Sets', numeric: true },
          { label: `Volume (${unit})`, numeric: true },
        ]}
        rows={[...days].reverse().map((day) => ({
          key: day.date,
          cells: [
            <Link to={workoutHref(viewer, clientId, day.sessionId)} className="text-accent-text underline-offset-2 hover:underline">
              {formatDay(day.date)}
            </Link>,
            day.workouts,
            day.sets,
            volumeNumber(day.volumeKg, unit),
          ],
        }))}
      />
    );
  else
    body = (
      <figure className="flex flex-col gap-2">
        <Grid data={chart.data} viewer={viewer} clientId={clientId} />
        <Legend />
        <figcaption className="text-sm text-muted">{summary}</figcaption>
      </figure>
    );

  return (
    <ChartCard
      title="Training days"
      description="Each square is a day; darker means more sets"
      table={days.length > 0 ? { shown: asTable, onToggle: () => setAsTable((shown) => !shown) } : undefined}
      controls={<RangeChips value={range} onChange={setRange} />}
    >
      {body}
    </ChartCard>
  );
}
