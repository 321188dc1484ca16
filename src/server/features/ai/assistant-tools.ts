import { inArray } from 'drizzle-orm';
import { exercises, type AiAction } from '../../db/schema';
import type { Actor } from '../../lib/access';
import type { Clock } from '../../lib/clock';
import type { Db } from '../../db/client';
import { findClient } from '../clients/clients.repo';
import { listExercises } from '../exercises/exercises.service';
import { alternativesFor } from '../logging/alternatives';
import { clientRecords, listClientSessions } from '../logging/logging.service';
import { foodDay } from '../nutrition/food-log.service';
import { getEntry, getMySchedule } from '../programs/calendar.service';
import { localDate } from '../programs/schedule-rules';
import { clientGoals } from '../progress/goals.service';
import { metricChart } from '../progress/progress.service';

/**
 * The assistant's tools: each answers from the asking client's own data through the same services
 * (and access checks) the app uses. The client comes from the session, never from the model's
 * arguments, so no prompt can reach another client's data. Answers are compact: only what the
 * question needs goes to the provider.
 */
export type ToolContext = { db: Db; clock: Clock; actor: Extract<Actor, { role: 'client' }>; hub?: never };
export type ToolResult = { content: string; action?: AiAction };
type Tool = {
  name: string;
  description: string;
  parameters: Record<string, unknown>;
  run(ctx: ToolContext, args: Record<string, unknown>): Promise<ToolResult>;
};

/** A model's argument as text (anything else counts as empty). */
const textArg = (value: unknown) => (typeof value === 'string' ? value : '');
const noArgs = { type: 'object', properties: {}, additionalProperties: false };
const json = (value: unknown) => ({ content: JSON.stringify(value) });
const deps = (ctx: ToolContext) => ({ db: ctx.db, clock: ctx.clock });

async function workouts(ctx: ToolContext): Promise<ToolResult> {
  const schedule = await getMySchedule(deps(ctx), ctx.actor);
  const today = schedule.items.find((item) => item.date === schedule.today && item.status !== 'skipped');
  const detail = today ? await getEntry(deps(ctx), ctx.actor, today.id) : null;
  const names = new Map(detail?.exercises.map((exercise) => [exercise.id, exercise.name]) ?? []);
  return json({
    today: schedule.today,
    todaysWorkout: detail && {
      name: detail.name,
      status: detail.status,
      exercises: detail.workout.blocks.flatMap((block) =>
        block.exercises.map((prescription) => ({
          exercise: names.get(prescription.exerciseId) ?? 'Exercise',
          sets: prescription.sets.length * block.rounds,
          target: prescription.sets[0]?.target,
          note: prescription.note || undefined,
        })),
      ),
    },
    nextDays: schedule.items
      .filter((item) => item.date > schedule.today)
      .map((item) => ({ date: item.date, name: item.name, status: item.status })),
  });
}

async function training(ctx: ToolContext): Promise<ToolResult> {
  const sessions = await listClientSessions(deps(ctx) as Parameters<typeof listClientSessions>[0], ctx.actor, ctx.actor.clientId, 5);
  const records = await clientRecords(deps(ctx) as Parameters<typeof clientRecords>[0], ctx.actor, ctx.actor.clientId);
  const exerciseIds = [...new Set(records.items.slice(0, 8).map((record) => record.exerciseId))];
  const rows = exerciseIds.length
    ? await ctx.db.select({ id: exercises.id, name: exercises.name }).from(exercises).where(inArray(exercises.id, exerciseIds))
    : [];
  const names = new Map(rows.map((row) => [row.id, row.name]));
  return json({
    recentWorkouts: sessions.items.map((session) => ({
      name: session.name,
      startedAt: session.startedAt,
      setsDone: session.setsDone,
      volumeKg: session.volumeKg,
    })),
    personalRecords: records.items.slice(0, 8).map((record) => ({
      exercise: names.get(record.exerciseId) ?? 'an exercise',
      kind: record.kind,
      value: record.value,
      achievedAt: record.achievedAt,
    })),
  });
}

async function body(ctx: ToolContext): Promise<ToolResult> {
  const chart = await metricChart(deps(ctx) as Parameters<typeof metricChart>[0], ctx.actor, ctx.actor.clientId, {
    metric: 'weight',
    range: '12w',
  });
  const goals = await clientGoals(deps(ctx) as Parameters<typeof clientGoals>[0], ctx.actor, ctx.actor.clientId);
  const points = chart.points;
  return json({
    weight: points.length ? { latest: points.at(-1), twelveWeeksAgo: points[0], unit: chart.unit } : null,
    goals: goals.items.map((goal) => ({
      goal: goal.title,
      baseUnit: goal.baseUnit,
      start: goal.startValue,
      target: goal.targetValue,
      current: goal.current,
      progress: goal.progress,
      deadline: goal.deadline,
      status: goal.status,
    })),
  });
}

async function nutrition(ctx: ToolContext): Promise<ToolResult> {
  const client = await findClient(ctx.db, ctx.actor.clientId);
  const day = await foodDay(deps(ctx), ctx.actor, ctx.actor.clientId, localDate(ctx.clock.now(), client!.timeZone));
  return json({
    date: day.date,
    targets: day.targets,
    eatenSoFar: day.totals,
    waterMl: day.water.ml,
    mealsLogged: day.meals.filter((meal) => meal.entries.length).map((meal) => meal.name),
  });
}

async function limitations(ctx: ToolContext): Promise<ToolResult> {
  const client = await findClient(ctx.db, ctx.actor.clientId);
  return json({ injuriesAndLimitations: client?.injuries || 'none given', healthNote: client?.healthNote || 'none' });
}

async function explain(ctx: ToolContext, args: Record<string, unknown>): Promise<ToolResult> {
  const name = textArg(args.name).slice(0, 80);
  const found = await listExercises(deps(ctx), ctx.actor, {
    q: name,
    limit: 1,
    offset: 0,
  } as Parameters<typeof listExercises>[2]);
  const exercise = found.items[0];
  if (!exercise) return json({ found: false, note: `No exercise called "${name}" in the coach's library.` });
  return json({
    name: exercise.name,
    primaryMuscles: exercise.primaryMuscles,
    equipment: exercise.equipment,
    instructions: exercise.instructions,
    coachCues: exercise.cues,
  });
}

async function swap(ctx: ToolContext, args: Record<string, unknown>): Promise<ToolResult> {
  const name = textArg(args.exercise).slice(0, 80);
  const found = await listExercises(deps(ctx), ctx.actor, {
    q: name,
    limit: 1,
    offset: 0,
  } as Parameters<typeof listExercises>[2]);
  const exercise = found.items[0];
  if (!exercise) return json({ found: false });
  const alternatives = (await alternativesFor({ db: ctx.db }, ctx.actor, exercise.id)).slice(0, 3).map((alternative) => alternative.name);
  return {
    content: JSON.stringify({
      exercise: exercise.name,
      alternatives,
      note: 'A proposal only: the client asks their coach, who changes the program.',
    }),
    action: { type: 'swap', exercise: exercise.name, alternatives },
  };
}

function logWeight(_ctx: ToolContext, args: Record<string, unknown>): Promise<ToolResult> {
  const value = Number(args.value);
  const unit = args.unit === 'lb' ? 'lb' : 'kg';
  if (!Number.isFinite(value) || value <= 0 || value > (unit === 'kg' ? 400 : 880))
    return Promise.resolve(json({ ok: false, note: 'That is not a body weight I can log.' }));
  return Promise.resolve({
    content: JSON.stringify({
      proposed: true,
      value,
      unit,
      note: 'Shown to the client with a button to confirm; nothing is saved until they do.',
    }),
    action: { type: 'log_weight', value, unit },
  });
}

export const ASSISTANT_TOOLS: Tool[] = [
  {
    name: 'get_workouts',
    description: "The client's workout today (exercises, sets, targets) and the next six days",
    parameters: noArgs,
    run: workouts,
  },
  { name: 'get_recent_training', description: 'The last five logged workouts and personal records', parameters: noArgs, run: training },
  { name: 'get_body_progress', description: 'Body-weight trend over 12 weeks and goals with progress', parameters: noArgs, run: body },
  { name: 'get_nutrition_today', description: "Today's nutrition targets and what was eaten so far", parameters: noArgs, run: nutrition },
  {
    name: 'get_limitations',
    description: 'Injuries, limitations and health notes the client gave their coach',
    parameters: noArgs,
    run: limitations,
  },
  {
    name: 'explain_exercise',
    description: "How to do an exercise, from the coach's library",
    parameters: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'], additionalProperties: false },
    run: explain,
  },
  {
    name: 'propose_swap',
    description: 'Alternatives for an exercise that hurts or cannot be done (a proposal for the coach, never applied)',
    parameters: {
      type: 'object',
      properties: { exercise: { type: 'string' }, reason: { type: 'string' } },
      required: ['exercise'],
      additionalProperties: false,
    },
    run: swap,
  },
  {
    name: 'log_body_weight',
    description: 'Propose logging a body-weight entry the client stated; they confirm it in the app',
    parameters: {
      type: 'object',
      properties: { value: { type: 'number' }, unit: { type: 'string', enum: ['kg', 'lb'] } },
      required: ['value'],
      additionalProperties: false,
    },
    run: logWeight,
  },
];
