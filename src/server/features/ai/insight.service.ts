import type { CheckinDraft, Insight } from '../../../shared/ai';
import { CheckinDraftSchema } from '../../../shared/ai';
import type { Actor } from '../../lib/access';
import { AppError } from '../../lib/errors';
import { checkinDetail } from '../checkins/checkins.service';
import { loadVisibleClient } from '../clients/client-access';
import { addDays, localDate } from '../programs/schedule-rules';
import { dailyBestE1rm } from '../progress/goals.repo';
import { metricSeries } from '../progress/progress.repo';
import { clientGoals } from '../progress/goals.service';
import { getSettings } from '../settings/settings.service';
import { voiceInstructions } from './coach-drafts.service';
import { aiRefusal, assertAiAllowed, structuredCompletion } from './ai-gateway';
import type { AssistantDeps } from './assistant.service';
import { projectGoal } from './projection';

type TrainerActor = Extract<Actor, { role: 'trainer' }>;
const KIND_TITLES: Record<string, string> = { weight: 'Body weight', body_fat: 'Body fat', metric: 'Measurement', lift: 'Lift' };
/** Readings of the last eight weeks make the line: recent enough to be the current rate. */
const WINDOW_DAYS = 56;

/** One structured-output call through the gateway (AI on, not opted out, budgets; the feature's model); the answer parsed. */
async function structured(
  deps: AssistantDeps,
  p: { clientId: string; feature: 'insight' | 'checkin_draft'; system: string; user: unknown; schema: Record<string, unknown> },
) {
  const answer = await structuredCompletion(deps, {
    clientId: p.clientId,
    feature: p.feature,
    system: p.system,
    messages: [{ role: 'user', content: JSON.stringify(p.user) }],
    schema: p.schema,
  });
  return JSON.parse(answer || 'null') as unknown;
}

const EXPLAIN_SCHEMA = { type: 'object', additionalProperties: false, required: ['text'], properties: { text: { type: 'string' } } };

/** Explanations already written, by client, day and numbers: a page view does not cost tokens twice. */
const explained = new Map<string, string>();

/**
 * The client's insight for the trainer: each goal's projection computed by code (a line through
 * eight weeks of readings, with its 95 % range), and two sentences from the model explaining them
 * when AI is on (null otherwise, or when the model fails: the numbers stand on their own).
 */
export async function clientInsight(deps: AssistantDeps, actor: TrainerActor, clientId: string): Promise<Insight> {
  const client = await loadVisibleClient(deps.db, actor, clientId);
  const now = deps.clock.now();
  const today = localDate(now, client.timeZone);
  const goals = (await clientGoals(deps, actor, clientId)).items.filter((goal) => goal.status !== 'archived');
  const projections = [];
  for (const goal of goals) {
    const metric = goal.kind === 'weight' ? 'weight' : goal.kind === 'body_fat' ? 'body_fat' : goal.kind === 'metric' ? goal.metric : null;
    const since = addDays(today, -WINDOW_DAYS);
    // A lift goal follows the best estimated 1RM of each training day; the others their metric's readings.
    const readings =
      goal.kind === 'lift' && goal.exerciseId
        ? await dailyBestE1rm(deps.db, { clientId, timeZone: client.timeZone, exerciseId: goal.exerciseId, since })
        : (metric ? await metricSeries(deps.db, clientId, metric, since) : []).map((row) => ({
            date: typeof row.date === 'string' ? row.date.slice(0, 10) : row.date.toISOString().slice(0, 10),
            value: Number(row.value),
          }));
    projections.push(
      projectGoal(
        {
          goalId: goal.id,
          title: goal.title || KIND_TITLES[goal.kind] || 'Goal',
          unit: goal.baseUnit,
          target: goal.targetValue,
          deadline: goal.deadline,
          achieved: goal.status === 'achieved',
        },
        readings.filter((reading) => reading.date >= addDays(today, -WINDOW_DAYS)),
        today,
      ),
    );
  }
  let text: string | null = null;
  const key = `${clientId}:${today}:${JSON.stringify(projections)}`;
  if (projections.some((projection) => projection.status !== 'not_enough_data') && !(await aiRefusal(deps, { clientId }))) {
    text = explained.get(key) ?? null;
    if (text === null) {
      try {
        const answer = (await structured(deps, {
          clientId,
          feature: 'insight',
          system:
            'You explain a client’s goal projections to their personal trainer in exactly two short sentences. Use only the numbers given; say how uncertain they are; never invent data.',
          user: { client: client.name.split(' ')[0], today, projections },
          schema: EXPLAIN_SCHEMA,
        })) as { text?: unknown } | null;
        text = typeof answer?.text === 'string' && answer.text.trim() ? answer.text.trim().slice(0, 600) : null;
        if (text) {
          if (explained.size > 500) explained.clear();
          explained.set(key, text);
        }
      } catch (error) {
        deps.logger.warn('insight explanation failed', { error: error instanceof Error ? error.message : String(error) });
      }
    }
  }
  return { projections, text, generatedAt: now.toISOString() };
}

const DRAFT_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['summary', 'changes', 'praise', 'questions', 'reply'],
  properties: {
    summary: { type: 'string' },
    changes: { type: 'array', items: { type: 'string' } },
    praise: { type: 'array', items: { type: 'string' } },
    questions: { type: 'array', items: { type: 'string' } },
    reply: { type: 'string' },
  },
};

/**
 * A first draft for reviewing a check-in: what changed since last time, what to praise, what to
 * ask, and a reply in the coach's words for them to edit and send. Never sent by itself.
 */
export async function checkinDraft(deps: AssistantDeps, actor: TrainerActor, checkinId: string): Promise<CheckinDraft> {
  const detail = await checkinDetail(deps, actor, checkinId);
  const client = await loadVisibleClient(deps.db, actor, detail.checkin.clientId);
  await assertAiAllowed(deps, { clientId: client.id });
  const answersOf = (checkin: typeof detail.checkin | null) =>
    checkin
      ? checkin.questions.map((question) => ({
          question: question.prompt,
          answer: checkin.answers.find((answer) => answer.questionId === question.id)?.value ?? null,
        }))
      : null;
  const input = {
    client: client.name.split(' ')[0],
    coach: actor.name,
    thisWeek: answersOf(detail.checkin),
    lastTime: answersOf(detail.previous),
    weightKg: detail.context.weight.slice(-14).map((point) => ({ date: point.date, average: point.averageKg })),
    workoutCompliance: detail.context.compliance,
    habits: detail.context.habits.map((habit) => ({ name: habit.name, compliance7: habit.compliance7, streak: habit.streak })),
  };
  let lastError = 'no answer';
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const answer = await structured(deps, {
        clientId: client.id,
        feature: 'checkin_draft',
        system: [
          `You help ${actor.name}, a personal trainer, review a client's weekly check-in. Be specific to the answers and data given; never diagnose; the reply is warm, short (under 90 words), in the coach's first person, and ends with one question. The coach edits and sends it.`,
          voiceInstructions(await getSettings(deps.db)),
        ]
          .filter(Boolean)
          .join('\n'),
        user: input,
        schema: DRAFT_SCHEMA,
      });
      const parsed = CheckinDraftSchema.safeParse(answer);
      if (parsed.success && parsed.data.reply.trim()) return parsed.data;
      lastError = 'the draft came back incomplete';
    } catch (error) {
      if (error instanceof AppError && error.code === 'CONFLICT') throw error;
      lastError = error instanceof Error ? error.message : String(error);
    }
  }
  throw new AppError('UPSTREAM_FAILED', `The AI draft did not come (${lastError}). Write the reply yourself, or try again.`);
}
