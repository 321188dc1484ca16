import { useQuery } from '@tanstack/react-query';
import { Dumbbell, Trophy } from 'lucide-react';
import { lazy, useState, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
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
import { formatDay } from '../metrics/units';
import { formatLoad } from './chart-format';
import type { ExerciseRow } from './exercise-chart-canvas';
import { exerciseChartQuery } from './queries';
import { workoutHref, type Viewer } from './workout-link';

const ExerciseChartCanvas = lazy(() => import('./exercise-chart-canvas'));

type Mode = 'strength' | 'volume';
const whole = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

type Props = {
  clientId: string;
  exerciseId: string;
  unit: Unit;
  viewer: Viewer;
  /** "Bench press" in the summary sentence. */
  exerciseName: string;
  title?: ReactNode;
  /** An exercise picker, above the range chips (the trainer's Progress tab). */
  picker?: ReactNode;
};

function strengthSummary(rows: ExerciseRow[], name: string, unit: Unit, range: ChartRange): string {
  const withE1rm = rows.filter((row) => row.e1rm !== null);
  const records = rows.filter((row) => row.e1rmRecord || row.topSetRecord).length;
  const prs = records === 0 ? '' : ` ${records === 1 ? '1 workout' : `${records} workouts`} with a PR.`;
  const first = withE1rm[0];
  const last = withE1rm.at(-1);
  if (first && last && withE1rm.length > 1) {
    const change = (last.e1rm ?? 0) - (first.e1rm ?? 0);
    const trend = Math.abs(change) < 0.05 ? 'steady' : `${change > 0 ? 'up' : 'down'} ${formatLoad(Math.abs(change), unit)} ${unit}`;
    return `${name} estimated 1RM ${trend} ${overRange(range)}, latest ${formatLoad(last.e1rm ?? 0, unit)} ${unit} on ${formatDay(last.date)}.${prs}`;
  }
  const top = rows.reduce<ExerciseRow | undefined>((best, row) => (!best || row.topSet > best.topSet ? row : best), undefined);
  return top
    ? `${name}: heaviest top set ${formatLoad(top.topSet, unit)} ${unit} × ${top.topSetReps} on ${formatDay(top.date)}, in ${rows.length} workouts.${prs}`
    : '';
}

function volumeSummary(rows: ExerciseRow[], name: string, unit: string, range: ChartRange): string {
  const most = rows.reduce<ExerciseRow | undefined>((best, row) => (!best || row.volume > best.volume ? row : best), undefined);
  if (!most) return '';
  const average = rows.reduce((sum, row) => sum + row.volume, 0) / rows.length;
  return `${name} volume averaged ${whole.format(average)} ${unit} a workout ${overRange(range)}, the most ${whole.format(most.volume)} ${unit} on ${formatDay(most.date)}.`;
}

/**
 * One exercise over time: the best estimated 1RM of each workout as a line, its top set as points,
 * records as diamonds; or the volume of each workout. A tap on a point opens that workout.
 */
export function ExerciseChart({ clientId, exerciseId, unit, viewer, exerciseName, title = 'Progress over time', picker }: Props) {
  const navigate = useNavigate();
  const [range, setRange] = useState<ChartRange>('12w');
  const [mode, setMode] = useState<Mode>('strength');
  const [asTable, setAsTable] = useState(false);
  const chart = useQuery(exerciseChartQuery(clientId, exerciseId, range));
  const rows: ExerciseRow[] = (chart.data?.points ?? []).map((point) => ({
    date: point.date,
    sessionId: point.sessionId,
    e1rm: point.e1rmKg === null ? null : kgTo(point.e1rmKg, unit),
    topSet: kgTo(point.topSetKg, unit),
    topSetReps: point.topSetReps,
    volume: kgTo(point.volumeKg, unit),
    sets: point.sets,
    e1rmRecord: point.e1rmRecord,
    topSetRecord: point.topSetRecord,
  }));
  const summary = mode === 'strength' ? strengthSummary(rows, exerciseName, unit, range) : volumeSummary(rows, exerciseName, unit, range);
  const href = (sessionId: string) => workoutHref(viewer, clientId, sessionId);

  let body;
  if (chart.isPending) body = <ChartSkeleton />;
  else if (chart.isError)
    body = (
      <ErrorState title="The chart didn't load" error={chart.error} onRetry={() => void chart.refetch()} retrying={chart.isFetching} />
    );
  else if (rows.length < 2)
    body = (
      <ChartEmpty
        icon={<Dumbbell />}
        title={
          rows.length === 1
            ? 'One more workout with it and the trend appears'
            : `No ${exerciseName} with a weight and reps ${range === 'all' ? 'yet' : 'in this range'}`
        }
      >
        {rows.length === 0 && range !== 'all' && <p>Nothing logged {inRange(range)}: try a longer range.</p>}
        {rows[0] && (
          <p className="tabular-nums">
            Top set {formatLoad(rows[0].topSet, unit)} {unit} × {rows[0].topSetReps} on {formatDay(rows[0].date)}
          </p>
        )}
      </ChartEmpty>
    );
  else if (asTable)
    body = (
      <ChartTable
        caption={`${exerciseName} per workout, ${rangeLong(range)}`}
        columns={[
          { label: 'Workout' },
          { label: `Est. 1RM (${unit})`, numeric: true },
          { label: 'Top set', numeric: true },
          { label: `Volume (${unit})`, numeric: true },
          { label: 'Records' },
        ]}
        rows={[...rows].reverse().map((row) => ({
          key: row.sessionId,
          cells: [
            <Link to={href(row.sessionId)} className="text-accent-text underline-offset-2 hover:underline">
              {formatDay(row.date)}
            </Link>,
            row.e1rm === null ? '—' : formatLoad(row.e1rm, unit),
            `${formatLoad(row.topSet, unit)} × ${row.topSetReps}`,
            whole.format(row.volume),
            [row.e1rmRecord && 'e1RM PR', row.topSetRecord && 'Top set PR'].filter(Boolean).join(', ') || '—',
          ],
        }))}
      />
    );
  else
    body = (
      <ChartFigure summary={summary} height={mode === 'volume' ? 'h-56' : 'h-64'}>
        <ExerciseChartCanvas rows={rows} unit={unit} mode={mode} onOpen={(sessionId) => void navigate(href(sessionId))} />
      </ChartFigure>
    );

  const records = rows.filter((row) => row.e1rmRecord || row.topSetRecord).length;
  return (
    <ChartCard
      title={title}
      description={
        records > 0 ? (
          <span className="inline-flex items-center gap-1">
            <Trophy aria-hidden className="size-3.5 text-accent-text" />
            {records === 1 ? '1 workout with a PR' : `${records} workouts with a PR`} in this range
          </span>
        ) : undefined
      }
      table={rows.length > 1 ? { shown: asTable, onToggle: () => setAsTable((value) => !value) } : undefined}
      controls={
        <>
          {picker}
          <div className="flex flex-wrap items-center justify-between gap-2">
            <RangeChips value={range} onChange={setRange} />
            <div role="group" aria-label="Show" className="flex gap-2">
              <Chip selected={mode === 'strength'} onClick={() => setMode('strength')}>
                Strength
              </Chip>
              <Chip selected={mode === 'volume'} onClick={() => setMode('volume')}>
                Volume
              </Chip>
            </div>
          </div>
        </>
      }
    >
      {body}
    </ChartCard>
  );
}
