import type { CheckinDraft, Insight } from '../../../shared/ai';
import { CheckinDraftSchema } from '../../../shared/ai';
import type { Actor } from '../../lib/access';
import { AppError } from '../../lib/errors';
import { checkinDetail } from '../checkins/checkins.service';
import { loadVisibleClient } from '../clients/client-access';
import { addDays, localDate } from '../programs/schedule-rules';
import { metricSeries } from '../progress/progress.repo';
import { clientGoals } from '../progress/goals.service';
import { getSettings } from '../settings/settings.service';
import type { AiSetup } from './ai-client';
import { voiceInstructions } from './coach-drafts.service';
import { recordUsage, tokensSince } from './ai.repo';
import type { AssistantDeps } from './assistant.service';
import { projectGoal } from './projection';

type TrainerActor = Extract<Actor, { role: 'trainer' }>;
const KIND_TITLES: Record<string, string> = { weight: 'Body weight', body_fat: 'Body fat', metric: 'Measurement', lift: 'Lift' };
/** Readings of the last eight weeks make the line: recent enough to be the current rate. */
const WINDOW_DAYS = 56;

async function assertBudget(deps: AssistantDeps) {
  const settings = await getSettings(deps.db);
  const now = deps.clock.now();
  const used = await tokensSince(deps.db, new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)), null);
  if (used.site >= settings.aiSiteMonthlyTokens) throw new AppError('CONFLICT', 'This month’s AI budget is spent (Settings → AI).');
}

/** One structured-output call; the answer parsed as JSON, usage recorded under the feature. */
async function structured(
  deps: AssistantDeps & { ai: AiSetup },
  p: { clientId: string; feature: string; system: string; user: unknown; schema: Record<string, unknown> },
) {
  const response = await deps.ai.client.chat.completions.create({
    model: deps.ai.model,
    messages: [
      { role: 'system', content: p.system },
      { role: 'user', content: JSON.stringify(p.user) },
    ],
    response_format: { type: 'json_schema', json_schema: { name: p.feature, strict: true, schema: p.schema } },
  });
  await recordUsage(deps.db, {
    clientId: p.clientId,
    feature: p.feature,
    model: deps.ai.model,
    inputTokens: response.usage?.prompt_tokens ?? 0,
    outputTokens: response.usage?.completion_tokens ?? 0,
    createdAt: deps.clock.now(),
  });
  return JSON.parse(response.choices[0]?.message.content ?? 'null') as unknown;
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
    const rows = metric ? await metricSeries(deps.db, clientId, metric, addDays(today, -WINDOW_DAYS)) : [];
    const readings = rows.map((row) => ({
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
  if (deps.ai && projections.some((projection) => projection.status !== 'not_enough_data')) {
    text = explained.get(key) ?? null;
    if (text === null) {
      try {
        await assertBudget(deps);
        const answer = (await structured(
          { ...deps, ai: deps.ai },
          {
            clientId,
            feature: 'insight',
            system:
              'You explain a client’s goal projections to their personal trainer in exactly two short sentences. Use only the numbers given; say how uncertain they are; never invent data.',
            user: { client: client.name.split(' ')[0], today, projections },
            schema: EXPLAIN_SCHEMA,
          },
        )) as { text?: unknown } | null;
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
  if (!deps.ai) throw new AppError('CONFLICT', 'AI is not switched on (set OPENAI_API_KEY or OPENAI_BASE_URL).');
  await assertBudget(deps);
  const client = await loadVisibleClient(deps.db, actor, detail.checkin.clientId);
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
      const answer = await structured(
        { ...deps, ai: deps.ai },
        {
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
        },
      );
      const parsed = CheckinDraftSchema.safeParse(answer);
      if (parsed.success && parsed.data.reply.trim()) return parsed.data;
      lastError = 'the draft came back incomplete';
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
  }
  throw new AppError('UPSTREAM_FAILED', `The AI draft did not come (${lastError}). Write the reply yourself, or try again.`);
}
