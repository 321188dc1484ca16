import type { z } from 'zod';
import type {
  ActivityChart,
  ActivityChartQuerySchema,
  AdherenceChart,
  ExerciseChart,
  ExerciseChartQuerySchema,
  TrainingChartQuerySchema,
  WeeklyVolumeChart,
} from '../../../shared/training-charts';
import type { Db } from '../../db/client';
import { assertCanSeeClient, type Actor } from '../../lib/access';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { findClient } from '../clients/clients.repo';
import { findExercise } from '../exercises/exercises.repo';
import { localDate } from '../programs/schedule-rules';
import { getSettings } from '../settings/settings.service';
import { dailyActivity, exerciseSeries, weeklyAdherence, weeklyVolume, type ChartScope } from './training-charts.repo';
import { chartWeekStart, chartWindow, type ChartRange } from './week-buckets';

export type TrainingChartDeps = { db: Db; clock: Clock };

const round = (value: unknown, places = 2) => Math.round(Number(value) * 10 ** places) / 10 ** places;
const count = (value: unknown) => Number(value);

/** The client (themself or the trainer; anyone else: 404) and what their calendar says today. */
async function loadScope(deps: TrainingChartDeps, actor: Actor, clientId: string, range: ChartRange) {
  assertCanSeeClient(actor, clientId);
  const client = await findClient(deps.db, clientId);
  if (!client) throw AppError.notFound('That client');
  const { weekStartsOn } = await getSettings(deps.db);
  const scope: ChartScope = { clientId, timeZone: client.timeZone };
  return { scope, weekStartsOn, window: chartWindow(range, localDate(deps.clock.now(), client.timeZone), weekStartsOn) };
}

export async function exerciseChart(
  deps: TrainingChartDeps,
  actor: Actor,
  clientId: string,
  query: z.output<typeof ExerciseChartQuerySchema>,
): Promise<ExerciseChart> {
  const { scope, window } = await loadScope(deps, actor, clientId, query.range);
  if (!(await findExercise(deps.db, query.exerciseId))) throw AppError.field('query.exerciseId', 'Not an exercise in the library.');
  const rows = await exerciseSeries(deps.db, scope, query.exerciseId, window.from);
  return {
    exerciseId: query.exerciseId,
    points: rows.map((row) => ({
      sessionId: row.session_id,
      date: row.day,
      e1rmKg: row.e1rm === null ? null : round(row.e1rm),
      topSetKg: round(row.top_kg),
      topSetReps: count(row.top_reps),
      volumeKg: round(row.volume),
      sets: count(row.sets),
      e1rmRecord: row.e1rm_record,
      topSetRecord: row.top_set_record,
    })),
  };
}

export async function volumeChart(
  deps: TrainingChartDeps,
  actor: Actor,
  clientId: string,
  query: z.output<typeof TrainingChartQuerySchema>,
): Promise<WeeklyVolumeChart> {
  const { scope, weekStartsOn, window } = await loadScope(deps, actor, clientId, query.range);
  const rows = await weeklyVolume(deps.db, scope, window, weekStartsOn);
  return {
    weekStartsOn: chartWeekStart(weekStartsOn),
    weeks: rows.map((row) => ({
      week: row.week,
      sets: count(row.sets),
      tonnageKg: round(row.tonnage),
      // node-postgres parses json; PGlite may hand it over as text.
      muscles: (typeof row.muscles === 'string' ? (JSON.parse(row.muscles) as Exclude<typeof row.muscles, string>) : row.muscles).map(
        (muscle) => ({ muscle: muscle.muscle, sets: count(muscle.sets), tonnageKg: round(muscle.tonnageKg) }),
      ),
    })),
  };
}

export async function adherenceChart(
  deps: TrainingChartDeps,
  actor: Actor,
  clientId: string,
  query: z.output<typeof TrainingChartQuerySchema>,
): Promise<AdherenceChart> {
  const { scope, weekStartsOn, window } = await loadScope(deps, actor, clientId, query.range);
  const rows = await weeklyAdherence(deps.db, scope, window, weekStartsOn);
  return {
    weekStartsOn: chartWeekStart(weekStartsOn),
    weeks: rows.map((row) => ({
      week: row.week,
      scheduled: count(row.scheduled),
      completed: count(row.completed),
      skipped: count(row.skipped),
      missed: count(row.missed),
      extra: count(row.extra),
    })),
  };
}

export async function activityChart(
  deps: TrainingChartDeps,
  actor: Actor,
  clientId: string,
  query: z.output<typeof ActivityChartQuerySchema>,
): Promise<ActivityChart> {
  const { scope, weekStartsOn, window } = await loadScope(deps, actor, clientId, query.range);
  const rows = await dailyActivity(deps.db, scope, window.from);
  return {
    // All time starts on the first workout's day (rows come in day order), or today if there is none.
    from: window.from ?? rows[0]?.day ?? window.today,
    to: window.today,
    weekStartsOn: chartWeekStart(weekStartsOn),
    days: rows.map((row) => ({
      date: row.day,
      workouts: count(row.workouts),
      sets: count(row.sets),
      volumeKg: round(row.volume),
      sessionId: row.session_id,
    })),
  };
}
