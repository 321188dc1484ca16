import { createRoute } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
import {
  AiConsentSchema,
  AiConsentStateSchema,
  AiMessageSchema,
  AiUsageSchema,
  ConfirmActionSchema,
  AskAssistantSchema,
  AssistantStateSchema,
  CheckinDraftSchema,
  DraftMealPlanSchema,
  DraftProgramSchema,
  FollowUpDraftSchema,
  FollowUpInputSchema,
  HandOffSchema,
  InsightSchema,
  MealPlanDraftSchema,
  ReplySuggestionsSchema,
} from '../../../shared/ai';
import { ProgramSchema } from '../../../shared/programs';
import { IdParamSchema } from '../../../shared/common';
import { MessageSchema } from '../../../shared/messages';
import { requireActor, requireClient, requireTrainer } from '../../lib/access';
import { body, createRouter, errorResponses, json } from '../../lib/validate';
import { aiUsage } from './ai-usage.service';
import { followUpDraft, replySuggestions } from './coach-drafts.service';
import { checkinDraft, clientInsight } from './insight.service';
import { draftProgram } from './program-draft.service';
import { draftMealPlan } from './meal-plan-draft.service';
import { aiConsent, setAiConsent } from './ai-consent.service';
import { askAssistant, assertCanAsk, assistantState, type AssistantDeps } from './assistant.service';
import { confirmAction, handOff } from './assistant-actions.service';

const tags = ['AI'];
const errors = errorResponses(400, 401, 403, 404, 409, 429);

/** /api/me/assistant — the client's conversation with their coach's AI assistant. */
export function myAssistantRoutes(deps: AssistantDeps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/',
        tags,
        summary: 'The conversation, whether the assistant is on, and this month’s budget',
        responses: { 200: json(AssistantStateSchema, 'Assistant'), ...errors },
      }),
      async (c) => {
        const actor = requireClient(c);
        return c.json(await assistantState(deps, actor, actor.clientId), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/messages',
        tags,
        summary:
          'Ask the assistant: the answer streams as server-sent events (delta …, then done with both messages). Red flags are answered and escalated even with AI off',
        request: body(AskAssistantSchema),
        responses: {
          200: { description: 'text/event-stream', content: { 'text/event-stream': { schema: { type: 'string' } } } },
          ...errors,
        },
      }),
      async (c) => {
        const actor = requireClient(c);
        const { text } = c.req.valid('json');
        await assertCanAsk(deps, actor, text);
        c.header('cache-control', 'no-cache, no-transform');
        c.header('x-accel-buffering', 'no');
        return streamSSE(c, async (stream) => {
          const result = await askAssistant(deps, actor, text, {
            delta: (piece) => stream.writeSSE({ event: 'delta', data: JSON.stringify({ text: piece }) }),
          });
          await stream.writeSSE({ event: 'done', data: JSON.stringify(result) });
        });
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/handoff',
        tags,
        summary: 'Ask the coach for a real answer: the question and the assistant’s answer go to them as a message',
        request: body(HandOffSchema),
        responses: { 201: json(MessageSchema, 'Message to the coach'), ...errors },
      }),
      async (c) => c.json(await handOff(deps, requireClient(c), c.req.valid('json').messageId), 201),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/messages/{id}/confirm',
        tags,
        summary: 'Confirm a proposal of an answer (log the weight it proposed, on the client’s own day); confirming twice logs once',
        request: { params: IdParamSchema, ...body(ConfirmActionSchema) },
        responses: { 200: json(AiMessageSchema, 'The answer, the proposal marked done'), ...errors },
      }),
      async (c) => c.json(await confirmAction(deps, requireClient(c), c.req.valid('param').id, c.req.valid('json').index), 200),
    );
}

/** /api/me/ai-consent — whether the client's data may go to the AI provider (not gated by the plan: anyone may opt out). */
export function myAiConsentRoutes(deps: AssistantDeps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/',
        tags,
        summary: 'Whether AI is on and whether this client opted out of sending their data to the AI provider',
        responses: { 200: json(AiConsentStateSchema, 'Consent'), ...errors },
      }),
      async (c) => c.json(await aiConsent(deps, requireClient(c)), 200),
    )
    .openapi(
      createRoute({
        method: 'put',
        path: '/',
        tags,
        summary: 'Opt out of (or back into) sending this client’s data to the AI provider',
        request: body(AiConsentSchema),
        responses: { 200: json(AiConsentStateSchema, 'Consent'), ...errors },
      }),
      async (c) => c.json(await setAiConsent(deps, requireClient(c), c.req.valid('json').optOut), 200),
    );
}

/** Under /api/clients/{id}: the AI conversation (the trainer; the client their own) and drafts for the trainer. */
export function clientAssistantRoutes(deps: AssistantDeps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'post',
        path: '/{id}/ai/program-draft',
        tags,
        summary:
          'Draft a program for the client with AI (library exercises only, validated like the builder); saved for the trainer to edit and assign',
        request: { params: IdParamSchema, ...body(DraftProgramSchema) },
        responses: { 201: json(ProgramSchema, 'The draft program'), ...errorResponses(400, 401, 403, 404, 409, 502) },
      }),
      async (c) => c.json(await draftProgram(deps, requireTrainer(c), c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/{id}/ai/meal-plan-draft',
        tags,
        summary:
          'Draft a day’s meal plan against the client’s targets from the food database (not saved: opened in the builder to edit and save; trainer)',
        request: { params: IdParamSchema, ...body(DraftMealPlanSchema) },
        responses: { 200: json(MealPlanDraftSchema, 'The draft'), ...errorResponses(400, 401, 403, 404, 409, 502) },
      }),
      async (c) => c.json(await draftMealPlan(deps, requireTrainer(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/{id}/ai/reply-suggestions',
        tags,
        summary: 'Three replies to the conversation’s latest messages, in the trainer’s voice, to insert and edit (trainer)',
        request: { params: IdParamSchema },
        responses: { 200: json(ReplySuggestionsSchema, 'Suggestions'), ...errorResponses(401, 403, 404, 409, 502) },
      }),
      async (c) => c.json(await replySuggestions(deps, requireTrainer(c), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/ai/insight',
        tags,
        summary:
          'Goal projections computed from the data (a line through 8 weeks, with its range), explained in two sentences when AI is on (trainer)',
        request: { params: IdParamSchema },
        responses: { 200: json(InsightSchema, 'Insight'), ...errors },
      }),
      async (c) => c.json(await clientInsight(deps, requireTrainer(c), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/assistant',
        tags,
        summary: 'A client’s conversation with the AI assistant',
        request: { params: IdParamSchema },
        responses: { 200: json(AssistantStateSchema, 'Assistant'), ...errors },
      }),
      async (c) => c.json(await assistantState(deps, requireActor(c), c.req.valid('param').id), 200),
    );
}

/** POST /api/checkins/{id}/ai/draft — a review draft for the trainer to edit (never sent by itself). */
export function checkinDraftRoutes(deps: AssistantDeps) {
  return createRouter().openapi(
    createRoute({
      method: 'post',
      path: '/{id}/ai/draft',
      tags,
      summary: 'Draft a check-in review: what changed, what to praise, what to ask, and a reply to edit (trainer)',
      request: { params: IdParamSchema },
      responses: { 200: json(CheckinDraftSchema, 'Draft'), ...errorResponses(401, 403, 404, 409, 502) },
    }),
    async (c) => c.json(await checkinDraft(deps, requireTrainer(c), c.req.valid('param').id), 200),
  );
}

/** /api/ai — usage and cost (trainer), and follow-up drafts for the needs-attention list. */
export function aiUsageRoutes(deps: AssistantDeps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'post',
        path: '/follow-up',
        tags,
        summary: 'A follow-up message draft for a needs-attention item, saying why the client was flagged (trainer)',
        request: body(FollowUpInputSchema),
        responses: { 200: json(FollowUpDraftSchema, 'Draft'), ...errorResponses(400, 401, 403, 404, 409, 502) },
      }),
      async (c) => c.json(await followUpDraft(deps, requireTrainer(c), c.req.valid('json').key), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/usage',
        tags,
        summary: 'AI usage this month per client and feature, with estimated cost and budgets (trainer)',
        responses: { 200: json(AiUsageSchema, 'Usage'), ...errors },
      }),
      async (c) => {
        requireTrainer(c);
        return c.json(await aiUsage(deps), 200);
      },
    );
}
