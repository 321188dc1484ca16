import { Flame } from 'lucide-react';
import type { Habit } from '../../../shared/checkins';
import { Badge } from '../../ui/badge';
import type { CheckinContext, WeightPoint } from './queries';
import { formatNumber, weightTrend } from './review-format';
import { complianceTone, describeHabit, formatPercent } from './trainer-format';

const LB_PER_KG = 2.20462;
const W = 240;
const H = 56;
const PAD = 4;

/** The last weeks' weigh-ins (dots) and their 7-day average (line), drawn small; the words above say the same. */
function Sparkline({ points, units }: { points: WeightPoint[]; units: 'kg' | 'lb' }) {
  const show = (kg: number) => (units === 'lb' ? kg * LB_PER_KG : kg);
  const times = points.map((point) => Date.parse(point.date));
  const values = points.flatMap((point) => [show(point.kg), show(point.averageKg)]);
  const [t0, t1] = [Math.min(...times), Math.max(...times)];
  const [v0, v1] = [Math.min(...values), Math.max(...values)];
  const x = (time: number) => PAD + ((time - t0) / Math.max(1, t1 - t0)) * (W - 2 * PAD);
  // A flat trend sits in the middle instead of on the floor.
  const y = (value: number) => (v1 === v0 ? H / 2 : PAD + (1 - (value - v0) / (v1 - v0)) * (H - 2 * PAD));
  const line = points
    .map((point, i) => `${i === 0 ? 'M' : 'L'}${x(times[i]!).toFixed(1)},${y(show(point.averageKg)).toFixed(1)}`)
    .join(' ');
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="h-14 w-full" aria-hidden preserveAspectRatio="none">
      <path d={line} fill="none" className="stroke-accent" strokeWidth={2} vectorEffect="non-scaling-stroke" strokeLinejoin="round" />
      {points.map((point, i) => (
        <circle key={point.date} cx={x(times[i]!)} cy={y(show(point.kg))} r={2} className="fill-muted" />
      ))}
    </svg>
  );
}

function WeightCard({ context }: { context: CheckinContext }) {
  const trend = weightTrend(context.weight, context.units);
  return (
    <section aria-labelledby="ctx-weight" className="flex flex-col gap-1">
      <h3 id="ctx-weight" className="text-xs font-semibold tracking-wide text-muted uppercase">
        Weight · last 4 weeks
      </h3>
      {trend ? (
        <>
          <p className="flex flex-wrap items-baseline gap-x-2 text-sm text-text">
            <span className="text-lg font-semibold tabular-nums">{trend.latest}</span>
            <span className="text-muted">
              {trend.change.direction === 'same' ? 'steady' : `${trend.change.text} (7-day average)`} over {trend.days} days
            </span>
          </p>
          <Sparkline points={context.weight} units={context.units} />
          <p className="text-xs text-muted">{context.weight.length} weigh-ins</p>
        </>
      ) : (
        <p className="text-sm text-muted">
          {context.weight.length === 1
            ? `One weigh-in: ${formatNumber(context.units === 'lb' ? context.weight[0]!.kg * LB_PER_KG : context.weight[0]!.kg)} ${context.units}. Not enough for a trend yet.`
            : 'No weigh-ins in the last 4 weeks.'}
        </p>
      )}
    </section>
  );
}

const TONE_TEXT = { success: 'text-success', warning: 'text-warning', danger: 'text-danger', neutral: 'text-muted' } as const;

function Compliance({ label, value }: { label: string; value: number | null }) {
  const tone = complianceTone(value);
  return (
    <div className="flex flex-col gap-0.5 rounded-md bg-surface-muted px-3 py-2">
      <span className="text-xs text-muted">{label}</span>
      <span className={`text-lg font-semibold tabular-nums ${TONE_TEXT[tone]}`}>{formatPercent(value)}</span>
    </div>
  );
}

export function HabitLine({ habit }: { habit: Habit }) {
  return (
    <li className="flex items-start justify-between gap-3 py-2 first:pt-0 last:pb-0">
      <div className="min-w-0">
        <p className="text-sm font-medium break-words text-text">{habit.name}</p>
        <p className="text-xs text-muted">{describeHabit(habit)}</p>
      </div>
      <div className="flex shrink-0 flex-col items-end gap-1">
        {habit.streak > 0 && (
          <Badge tone="accent">
            <Flame aria-hidden className="size-3" />
            {habit.streak} {habit.frequency === 'daily' ? (habit.streak === 1 ? 'day' : 'days') : habit.streak === 1 ? 'week' : 'weeks'}
          </Badge>
        )}
        <span className="text-xs text-muted tabular-nums">
          7d {formatPercent(habit.compliance7)} · 30d {formatPercent(habit.compliance30)}
        </span>
      </div>
    </li>
  );
}

/** Beside the answers: the client's recent weight, workout compliance and habits. */
export function ReviewContext({ context }: { context: CheckinContext }) {
  const habits = context.habits.filter((habit) => !habit.archived);
  return (
    <div className="flex flex-col gap-5">
      <WeightCard context={context} />
      <section aria-labelledby="ctx-compliance" className="flex flex-col gap-2">
        <h3 id="ctx-compliance" className="text-xs font-semibold tracking-wide text-muted uppercase">
          Workouts done as planned
        </h3>
        <div className="grid grid-cols-3 gap-2">
          <Compliance label="7 days" value={context.compliance.d7} />
          <Compliance label="30 days" value={context.compliance.d30} />
          <Compliance label="90 days" value={context.compliance.d90} />
        </div>
      </section>
      <section aria-labelledby="ctx-habits" className="flex flex-col gap-2">
        <h3 id="ctx-habits" className="text-xs font-semibold tracking-wide text-muted uppercase">
          Habits
        </h3>
        {habits.length === 0 ? (
          <p className="text-sm text-muted">No habits assigned.</p>
        ) : (
          <ul className="divide-y divide-line">
            {habits.map((habit) => (
              <HabitLine key={habit.id} habit={habit} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
