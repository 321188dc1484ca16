import type { z } from 'zod';
import {
  BADGE_INFO,
  BADGES,
  type Achievements,
  type Badge,
  type CreateGoalSchema,
  type Goal,
  type UpdateGoalSchema,
} from '../../../shared/goals';
import type { Db } from '../../db/client';
import { actorRef, type Actor } from '../../lib/access';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { recordAudit } from '../audit/audit.repo';
import { findTrainer } from '../auth/auth.repo';
import { loadVisibleClient } from '../clients/client-access';
import { findClient, type ClientRow } from '../clients/clients.repo';
import { findExercise } from '../exercises/exercises.repo';
import { notify } from '../notifications/notifications.service';
import { addDays, localDate, startOfWeek, zonedMidnight } from '../programs/schedule-rules';
import type { Hub } from '../realtime/hub';
import { getSettings } from '../settings/settings.service';
import { earnedBadges, goalProgress, weeklyStreak } from './goal-rules';
import {
  badgeFacts,
  bestE1rms,
  deleteGoal,
  findGoal,
  insertAchievement,
  insertGoal,
  latestMetricValues,
  listAchievements,
  listGoals,
  markGoalAchieved,
  setAchievementRevoked,
  updateGoal,
  type GoalRow,
} from './goals.repo';
import { builtInMetric, PLAUSIBLE, toBase } from './metrics';
import { findDefinition } from './progress.repo';

export type GoalsDeps = { db: Db; clock: Clock; hub: Hub };

const round = (value: number, places = 3) => Math.round(value * 10 ** places) / 10 ** places;

/** Which metric a goal follows and in what units its target may be typed. */
async function goalTarget(
  deps: GoalsDeps,
  input: { kind: Goal['kind']; metric?: string | undefined; exerciseId?: string | undefined },
): Promise<{
  metric: string | null;
  exerciseId: string | null;
  baseUnit: string;
  units: readonly string[];
  plausible: [number, number] | null;
}> {
  if (input.kind === 'lift') {
    if (!input.exerciseId) throw AppError.field('exerciseId', 'Choose the lift.');
    const exercise = await findExercise(deps.db, input.exerciseId);
    if (!exercise) throw AppError.field('exerciseId', 'Not an exercise in the library.');
    return { metric: null, exerciseId: input.exerciseId, baseUnit: 'kg', units: ['kg', 'lb'], plausible: [1, 600] };
  }
  const key = input.kind === 'metric' ? input.metric : input.kind;
  if (!key) throw AppError.field('metric', 'Choose the measurement.');
  const builtIn = builtInMetric(key);
  if (builtIn)
    return { metric: key, exerciseId: null, baseUnit: builtIn.baseUnit, units: builtIn.units, plausible: PLAUSIBLE[builtIn.baseUnit]! };
  const definition = /^[0-9a-f-]{36}$/.test(key) ? await findDefinition(deps.db, key) : null;
  if (!definition) throw AppError.field('metric', 'Not a metric you track.');
  return { metric: key, exerciseId: null, baseUnit: definition.unit, units: [definition.unit], plausible: null };
}

type Currents = { metrics: Map<string, { value: number; date: string }>; lifts: Map<string, { value: number; date: string }> };

async function currentValues(deps: GoalsDeps, client: ClientRow, rows: GoalRow[]): Promise<Currents> {
  const lifts = [...new Set(rows.map((row) => row.exerciseId).filter((id): id is string => id !== null))];
  const [metrics, best] = await Promise.all([
    latestMetricValues(deps.db, client.id),
    bestE1rms(deps.db, client.id, client.timeZone, lifts),
  ]);
  return { metrics, lifts: best };
}

function toGoal(row: GoalRow, currents: Currents, baseUnit: string): Goal {
  const current = row.exerciseId ? currents.lifts.get(row.exerciseId) : row.metric ? currents.metrics.get(row.metric) : undefined;
  const { progress } = goalProgress(row.startValue, row.targetValue, current?.value ?? null);
  return {
    id: row.id,
    clientId: row.clientId,
    kind: row.kind,
    metric: row.metric,
    exerciseId: row.exerciseId,
    title: row.title,
    startValue: round(row.startValue),
    targetValue: round(row.targetValue),
    unit: row.unit,
    baseUnit,
    startDate: row.startDate,
    deadline: row.deadline,
    current: current ? round(current.value) : null,
    currentDate: current?.date ?? null,
    progress: row.achievedAt ? 1 : round(progress, 4),
    status: row.archivedAt ? 'archived' : row.achievedAt ? 'achieved' : 'active',
    achievedAt: row.achievedAt?.toISOString() ?? null,
    achievedValue: row.achievedValue === null ? null : round(row.achievedValue),
  };
}

const baseUnitOf = (row: GoalRow) =>
  row.kind === 'lift' ? 'kg' : row.metric ? (builtInMetric(row.metric)?.baseUnit ?? row.unit) : row.unit;

/**
 * Checks every open goal against the client's data and marks the reached ones achieved — once:
 * the conditional update lets only one caller celebrate (notify the client and the trainer).
 * Called after anything that can move a goal (measurements, sets, finished workouts) and on reads.
 */
export async function evaluateGoals(deps: GoalsDeps, client: ClientRow): Promise<GoalRow[]> {
  const rows = await listGoals(deps.db, client.id);
  const open = rows.filter((row) => !row.achievedAt && !row.archivedAt);
  if (open.length === 0) return rows;
  const currents = await currentValues(deps, client, open);
  let changed = false;
  for (const row of open) {
    const current = row.exerciseId ? currents.lifts.get(row.exerciseId) : row.metric ? currents.metrics.get(row.metric) : undefined;
    if (!current || !goalProgress(row.startValue, row.targetValue, current.value).reached) continue;
    const now = deps.clock.now();
    if (!(await markGoalAchieved(deps.db, row.id, now, current.value))) continue;
    changed = true;
    await celebrate(deps, client, row);
  }
  if (!changed) return rows;
  await refreshAchievements(deps, client);
  return listGoals(deps.db, client.id);
}

async function celebrate(deps: GoalsDeps, client: ClientRow, row: GoalRow) {
  const name = row.title || 'a goal';
  if (client.userId)
    await notify(deps, {
      recipientId: client.userId,
      clientId: client.id,
      type: 'badge',
      groupKey: `goal:${row.id}`,
      title: 'Goal reached! 🎉',
      body: `You reached ${name}.`,
      link: '/progress#goals',
    });
  const trainer = await findTrainer(deps.db);
  if (trainer)
    await notify(deps, {
      recipientId: trainer.id,
      clientId: client.id,
      type: 'badge',
      groupKey: `goal:${row.id}`,
      title: `${client.name} reached a goal`,
      body: `${client.name} reached ${name}.`,
      link: `/clients/${client.id}/progress`,
    });
}

export async function clientGoals(deps: GoalsDeps, actor: Actor, clientId: string): Promise<{ items: Goal[] }> {
  const client = await loadVisibleClient(deps.db, actor, clientId);
  const rows = await evaluateGoals(deps, client);
  const currents = await currentValues(deps, client, rows);
  return { items: rows.map((row) => toGoal(row, currents, baseUnitOf(row))) };
}

function checkTarget(
  target: { baseUnit: string; units: readonly string[]; plausible: [number, number] | null },
  value: number,
  unit: string,
  field: string,
) {
  if (!target.units.includes(unit)) throw AppError.field('unit', `Use ${target.units.join(' or ')} for this goal.`);
  const base = target.baseUnit === unit ? value : toBase(value, unit);
  if (target.plausible && (base < target.plausible[0] || base > target.plausible[1]))
    throw AppError.field(field, 'That does not look like a real target: check the number.');
  return base;
}

export async function createGoal(deps: GoalsDeps, actor: Actor, clientId: string, input: z.output<typeof CreateGoalSchema>): Promise<Goal> {
  const client = await loadVisibleClient(deps.db, actor, clientId);
  const target = await goalTarget(deps, input);
  const targetValue = checkTarget(target, input.target, input.unit, 'target');
  const today = localDate(deps.clock.now(), client.timeZone);
  if (input.deadline && input.deadline <= today) throw AppError.field('deadline', 'Pick a deadline after today.');
  const probe = { exerciseId: target.exerciseId, metric: target.metric } as GoalRow;
  const currents = await currentValues(deps, client, [probe]);
  const latest = target.exerciseId ? currents.lifts.get(target.exerciseId) : currents.metrics.get(target.metric!);
  const startValue = input.start !== undefined ? checkTarget(target, input.start, input.unit, 'start') : latest?.value;
  if (startValue === undefined)
    throw AppError.field(
      'start',
      target.exerciseId
        ? 'Log this lift once (or give a starting value) so the goal has a start.'
        : 'Log this measurement once (or give a starting value) so the goal has a start.',
    );
  if (Math.abs(startValue - targetValue) < 1e-9)
    throw AppError.field('target', 'The target is where you are now: pick a target to work toward.');
  const now = deps.clock.now();
  const row = await insertGoal(deps.db, {
    clientId,
    kind: input.kind,
    metric: target.metric,
    exerciseId: target.exerciseId,
    title: input.title,
    startValue,
    targetValue,
    unit: input.unit,
    startDate: today,
    deadline: input.deadline,
    createdBy: actor.userId,
    createdAt: now,
    updatedAt: now,
  });
  await recordAudit(deps.db, { ...actorRef(actor), action: 'goal.create', subjectType: 'goal', subjectId: row.id, at: now });
  const rows = await evaluateGoals(deps, client);
  const saved = rows.find((candidate) => candidate.id === row.id) ?? row;
  return toGoal(saved, await currentValues(deps, client, [saved]), target.baseUnit);
}

async function loadGoal(deps: GoalsDeps, actor: Actor, id: string) {
  const row = await findGoal(deps.db, id);
  if (!row || (actor.role === 'client' && row.clientId !== actor.clientId)) throw AppError.notFound('That goal');
  return row;
}

export async function changeGoal(deps: GoalsDeps, actor: Actor, id: string, input: z.output<typeof UpdateGoalSchema>): Promise<Goal> {
  const row = await loadGoal(deps, actor, id);
  const client = (await findClient(deps.db, row.clientId))!;
  const target = await goalTarget(deps, { kind: row.kind, metric: row.metric ?? undefined, exerciseId: row.exerciseId ?? undefined });
  const targetValue = checkTarget(target, input.target, input.unit, 'target');
  const now = deps.clock.now();
  if (input.deadline && input.deadline !== row.deadline && input.deadline <= localDate(now, client.timeZone))
    throw AppError.field('deadline', 'Pick a deadline after today.');
  // Values come back rounded to 3 decimals: resending an unchanged target (e.g. typed in lb) is not a move.
  const targetMoved = Math.abs(targetValue - row.targetValue) > 0.002;
  await updateGoal(deps.db, id, {
    title: input.title,
    targetValue,
    unit: input.unit,
    deadline: input.deadline,
    archivedAt: input.archived ? (row.archivedAt ?? now) : null,
    // A new target is a new goal to reach: it can be achieved (and celebrated) again.
    ...(targetMoved ? { achievedAt: null, achievedValue: null } : {}),
    updatedAt: now,
  });
  await recordAudit(deps.db, { ...actorRef(actor), action: 'goal.update', subjectType: 'goal', subjectId: id, at: now });
  const rows = await evaluateGoals(deps, client);
  const saved = rows.find((candidate) => candidate.id === id)!;
  return toGoal(saved, await currentValues(deps, client, [saved]), target.baseUnit);
}

export async function removeGoal(deps: GoalsDeps, actor: Actor, id: string): Promise<void> {
  const row = await loadGoal(deps, actor, id);
  await deleteGoal(deps.db, id);
  await recordAudit(deps.db, { ...actorRef(actor), action: 'goal.delete', subjectType: 'goal', subjectId: row.id, at: deps.clock.now() });
}

// ---- badges and the streak -----------------------------------------------------------------

/**
 * Recomputes the client's badges from their data: new ones are written and announced once;
 * ones the data no longer earns (a deleted workout) are hidden; earning one again shows it
 * without another announcement.
 */
export async function refreshAchievements(
  deps: GoalsDeps,
  client: ClientRow,
  options: { dataChanged: boolean } = { dataChanged: true },
): Promise<Achievements> {
  const settings = await getSettings(deps.db);
  const today = localDate(deps.clock.now(), client.timeZone);
  const thisWeek = startOfWeek(today, settings.weekStartsOn);
  const stored = new Map((await listAchievements(deps.db, client.id)).map((row) => [row.badge, row]));
  // The first record only moves when sets change: a plain read keeps the stored one (saving a
  // scan of every set); after a change, or while there is none yet, it is looked for again.
  const knownRecord = stored.get('first_pr');
  const reuseRecord = !options.dataChanged && knownRecord !== undefined && knownRecord.revokedAt === null;
  const facts = await badgeFacts(deps.db, client.id, client.timeZone, thisWeek, { firstRecord: !reuseRecord });
  if (reuseRecord) facts.firstRecordAt = knownRecord.earnedAt;
  const weeks = new Map<string, { week: string; scheduled: number; completed: number }>();
  for (const day of facts.scheduledDays) {
    const week = startOfWeek(day.date, settings.weekStartsOn);
    const entry = weeks.get(week) ?? { week, scheduled: 0, completed: 0 };
    entry.scheduled += day.scheduled;
    entry.completed += day.completed;
    weeks.set(week, entry);
  }
  const earned = earnedBadges({
    workoutsFinishedAt: facts.finishedAt,
    firstRecordAt: facts.firstRecordAt,
    scheduledWeeks: [...weeks.values()],
    weekEnd: (week) => zonedMidnight(addDays(week, 7), client.timeZone),
    firstGoalAchievedAt: facts.firstGoalAchievedAt,
  });
  const earnedNow = new Map(earned.map((item) => [item.badge, item.earnedAt]));
  const trainer = await findTrainer(deps.db);
  for (const [badge, earnedAt] of earnedNow) {
    const row = stored.get(badge);
    if (!row) {
      if (await insertAchievement(deps.db, client.id, badge, earnedAt)) await announceBadge(deps, client, badge, trainer?.id ?? null);
    } else if (row.revokedAt) {
      await setAchievementRevoked(deps.db, client.id, badge, null, earnedAt);
    }
  }
  for (const [badge, row] of stored) {
    if (!earnedNow.has(badge as Badge) && !row.revokedAt) await setAchievementRevoked(deps.db, client.id, badge, deps.clock.now());
  }
  const streak = weeklyStreak(
    facts.trainedDays.map((day) => startOfWeek(day, settings.weekStartsOn)),
    thisWeek,
  );
  return {
    badges: BADGES.map((badge) => {
      const at = earnedNow.get(badge);
      // Keep the first moment it was earned when it still holds (the stored row), else the computed one.
      const first = stored.get(badge);
      const when = at ? (first && !first.revokedAt ? first.earnedAt : at) : null;
      return { badge, earned: Boolean(at), earnedAt: when ? when.toISOString() : null };
    }),
    streak,
    workouts: facts.workoutCount,
  };
}

async function announceBadge(deps: GoalsDeps, client: ClientRow, badge: Badge, trainerId: string | null) {
  const info = BADGE_INFO[badge];
  if (client.userId)
    await notify(deps, {
      recipientId: client.userId,
      clientId: client.id,
      type: 'badge',
      groupKey: `badge:${badge}`,
      title: `New badge: ${info.title}`,
      body: info.description,
      link: '/progress#badges',
    });
  if (trainerId && badge !== 'goal_achieved')
    await notify(deps, {
      recipientId: trainerId,
      clientId: client.id,
      type: 'badge',
      groupKey: `badge:${client.id}:${badge}`,
      title: `${client.name}: ${info.title}`,
      body: `${client.name} earned the “${info.title}” badge.`,
      link: `/clients/${client.id}/progress`,
    });
}

export async function clientAchievements(deps: GoalsDeps, actor: Actor, clientId: string): Promise<Achievements> {
  const client = await loadVisibleClient(deps.db, actor, clientId);
  return refreshAchievements(deps, client, { dataChanged: false });
}

/** After data that goals and badges read has changed (sets, workouts, measurements). */
export async function progressChanged(deps: GoalsDeps, clientId: string): Promise<void> {
  const client = await findClient(deps.db, clientId);
  if (!client) return;
  await evaluateGoals(deps, client);
  await refreshAchievements(deps, client);
}
