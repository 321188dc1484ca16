import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/client';

/**
 * Training charts, each one statement aggregated in Postgres. A workout's day is the client's
 * calendar day of its start; only finished workouts count.
 */
export type ChartScope = { clientId: string; timeZone: string };

type Num = string | number;

/** The client's calendar day of an instant. */
const localDay = (instant: SQL, timeZone: string) => sql`(${instant} at time zone ${timeZone}::text)::date`;

/** Midnight starting a client's day, as an instant: range filters stay on (client_id, started_at). */
const dayStart = (day: string, timeZone: string) => sql`(${day}::date::timestamp at time zone ${timeZone}::text)`;

/**
 * First day of the week holding `day`: schedule-rules.ts startOfWeek(), in SQL. date_trunc('week')
 * only knows Mondays, so this counts back from the ISO weekday to `weekStartsOn` (1–7 or 0–6).
 */
const weekOf = (day: SQL, weekStartsOn: number) => sql`(${day} - ((extract(isodow from ${day})::int - ${weekStartsOn}::int + 7) % 7))`;

/** Every week from `first` to `last` (dates on the week start), so empty weeks show as zero. */
const weekSeries = (first: SQL, last: SQL) =>
  sql`select (${first}) + 7 * n as week from generate_series(0, ((${last}) - (${first})) / 7) as n`;

export type ExercisePointRow = {
  session_id: string;
  day: string;
  e1rm: Num | null;
  top_kg: Num;
  top_reps: Num;
  volume: Num;
  sets: Num;
  e1rm_record: boolean;
  top_set_record: boolean;
};

/**
 * One row per finished workout with loaded sets of the exercise. e1RM is records.ts' Epley
 * (shared/logging.ts epley1rm: 1–12 reps, 1 rep = the load) in float8, the same arithmetic as
 * JavaScript; a record beats every earlier workout by more than records.ts' 1e-6, all time,
 * before the range is applied.
 */
export async function exerciseSeries(db: DbOrTx, scope: ChartScope, exerciseId: string, from: string | null) {
  return queryRows<ExercisePointRow>(
    db,
    sql`with per_workout as (
          select s.id as session_id, s.started_at, ${localDay(sql`s.started_at`, scope.timeZone)} as day,
                 max(case when l.reps between 1 and 12
                          then case when l.reps = 1 then l.weight_kg::float8 else l.weight_kg::float8 * (1 + l.reps::float8 / 30) end
                     end) as e1rm,
                 max(l.weight_kg) as top_kg,
                 (array_agg(l.reps order by l.weight_kg desc, l.reps desc))[1] as top_reps,
                 sum(l.weight_kg * l.reps) as volume,
                 count(*) as sets
            from set_logs l
            join workout_sessions s on s.id = l.session_id and s.client_id = ${scope.clientId}::uuid
           where l.client_id = ${scope.clientId}::uuid and l.exercise_id = ${exerciseId}::uuid
             and l.weight_kg > 0 and l.reps >= 1 and s.status = 'completed'
           group by s.id
        ),
        marked as (
          select *, coalesce(e1rm > max(e1rm) over earlier + 1e-6, false) as e1rm_record,
                 coalesce(top_kg > max(top_kg) over earlier + 0.000001, false) as top_set_record
            from per_workout
          window earlier as (order by started_at, session_id rows between unbounded preceding and 1 preceding)
        )
        select session_id, to_char(day, 'YYYY-MM-DD') as day, e1rm, top_kg, top_reps, volume, sets, e1rm_record, top_set_record
          from marked
         where ${from}::date is null or day >= ${from}::date
         order by started_at, session_id`,
  );
}

export type VolumeWeekRow = { week: string; sets: Num; tonnage: Num; muscles: { muscle: string; sets: Num; tonnageKg: Num }[] | string };

/**
 * Hard sets (reps or time logged) and tonnage (load × reps) per week and per each exercise's
 * first primary muscle, every week from `firstWeek` (null: the first week with sets) to this week.
 */
export async function weeklyVolume(
  db: DbOrTx,
  scope: ChartScope,
  window: { firstWeek: string | null; thisWeek: string },
  weekStartsOn: number,
) {
  const first = window.firstWeek
    ? sql`${window.firstWeek}::date`
    : sql`coalesce((select min(week) from per_muscle), ${window.thisWeek}::date)`;
  const last = sql`greatest(${window.thisWeek}::date, (select max(week) from per_muscle))`;
  return queryRows<VolumeWeekRow>(
    db,
    sql`with logged as (
          select ${localDay(sql`s.started_at`, scope.timeZone)} as day, coalesce(e.primary_muscles[1], 'other') as muscle,
                 l.weight_kg, l.reps
            from workout_sessions s
            join set_logs l on l.session_id = s.id and l.client_id = s.client_id
            join exercises e on e.id = l.exercise_id
           where s.client_id = ${scope.clientId}::uuid and s.status = 'completed' and (l.reps > 0 or l.duration_seconds > 0)
             ${window.firstWeek ? sql`and s.started_at >= ${dayStart(window.firstWeek, scope.timeZone)}` : sql``}
        ),
        per_muscle as (
          select ${weekOf(sql`day`, weekStartsOn)} as week, muscle, count(*) as sets, coalesce(sum(weight_kg * reps), 0) as tonnage
            from logged group by 1, 2
        ),
        weeks as (${weekSeries(first, last)})
        select to_char(w.week, 'YYYY-MM-DD') as week, coalesce(sum(p.sets), 0) as sets, coalesce(sum(p.tonnage), 0) as tonnage,
               coalesce(json_agg(json_build_object('muscle', p.muscle, 'sets', p.sets, 'tonnageKg', p.tonnage) order by p.sets desc, p.muscle)
                          filter (where p.muscle is not null), '[]') as muscles
          from weeks w left join per_muscle p on p.week = w.week
         group by w.week order by w.week`,
  );
}

export type AdherenceWeekRow = { week: string; scheduled: Num; completed: Num; skipped: Num; missed: Num; extra: Num };

/**
 * Scheduled workouts per week by status, and finished workouts that were not on the calendar.
 * Missed is the calendar's rule (schedule-rules.ts effectiveStatus: still scheduled and its day
 * has passed) minus the days of the current pause, as compliance counts them (clients.repo.ts
 * complianceFor); today and later are never missed.
 */
export async function weeklyAdherence(
  db: DbOrTx,
  scope: ChartScope,
  window: { firstWeek: string | null; thisWeek: string; today: string },
  weekStartsOn: number,
) {
  const since = (day: SQL) => (window.firstWeek ? sql`and ${day} >= ${window.firstWeek}::date` : sql``);
  const first = window.firstWeek
    ? sql`${window.firstWeek}::date`
    : sql`coalesce(least((select min(week) from planned), (select min(week) from extra)), ${window.thisWeek}::date)`;
  return queryRows<AdherenceWeekRow>(
    db,
    sql`with pause as (
          select case when c.status = 'paused' and c.paused_at is not null then (c.paused_at at time zone c.time_zone)::date end as paused_from
            from client_profiles c where c.id = ${scope.clientId}::uuid
        ),
        planned as (
          select ${weekOf(sql`sw.date`, weekStartsOn)} as week, count(*) as scheduled,
                 count(*) filter (where sw.status = 'completed') as completed,
                 count(*) filter (where sw.status = 'skipped') as skipped,
                 count(*) filter (where sw.status = 'scheduled' and sw.date < ${window.today}::date
                                    and (pause.paused_from is null or sw.date < pause.paused_from)) as missed
            from scheduled_workouts sw cross join pause
           where sw.client_id = ${scope.clientId}::uuid and sw.date < ${window.thisWeek}::date + 7 ${since(sql`sw.date`)}
           group by 1
        ),
        extra as (
          select ${weekOf(localDay(sql`s.started_at`, scope.timeZone), weekStartsOn)} as week, count(*) as extra
            from workout_sessions s
           where s.client_id = ${scope.clientId}::uuid and s.status = 'completed' and s.scheduled_workout_id is null
             ${window.firstWeek ? sql`and s.started_at >= ${dayStart(window.firstWeek, scope.timeZone)}` : sql``}
           group by 1
        ),
        weeks as (${weekSeries(first, sql`${window.thisWeek}::date`)})
        select to_char(w.week, 'YYYY-MM-DD') as week, coalesce(p.scheduled, 0) as scheduled, coalesce(p.completed, 0) as completed,
               coalesce(p.skipped, 0) as skipped, coalesce(p.missed, 0) as missed, coalesce(x.extra, 0) as extra
          from weeks w left join planned p on p.week = w.week left join extra x on x.week = w.week
         order by w.week`,
  );
}

export type ActivityDayRow = { day: string; workouts: Num; sets: Num; volume: Num; session_id: string };

/** Finished workouts per client day since `from` (null: all time): count, sets, volume, the first one. */
export async function dailyActivity(db: DbOrTx, scope: ChartScope, from: string | null) {
  return queryRows<ActivityDayRow>(
    db,
    sql`with per_workout as (
          select s.id, s.started_at, ${localDay(sql`s.started_at`, scope.timeZone)} as day,
                 count(l.id) filter (where l.reps > 0 or l.duration_seconds > 0) as sets,
                 coalesce(sum(l.weight_kg * l.reps), 0) as volume
            from workout_sessions s
            left join set_logs l on l.session_id = s.id and l.client_id = s.client_id
           where s.client_id = ${scope.clientId}::uuid and s.status = 'completed'
             ${from ? sql`and s.started_at >= ${dayStart(from, scope.timeZone)}` : sql``}
           group by s.id
        )
        select to_char(day, 'YYYY-MM-DD') as day, count(*) as workouts, sum(sets) as sets, sum(volume) as volume,
               (array_agg(id order by started_at, id))[1] as session_id
          from per_workout group by day order by day`,
  );
}
