import { z } from 'zod';
import { FoodSchema } from './nutrition';

/** A message of the client's conversation with their coach's AI assistant. */
export const AiMessageSchema = z
  .object({
    id: z.string(),
    role: z.enum(['user', 'assistant']),
    content: z.string(),
    /** Why an answer is a fallback: escalated (the fixed safe reply), failed (model down), budget, off. */
    status: z.enum(['ok', 'escalated', 'failed', 'budget', 'off']),
    /** A client message the screen flagged: the coach was told. */
    escalated: z.boolean(),
    /** Tools the answer used (what was looked up). */
    tools: z.array(z.string()),
    /** Proposals the client may confirm (log a weight) or take to the coach (a swap). */
    actions: z.array(
      z.union([
        z.object({
          type: z.literal('log_weight'),
          value: z.number(),
          unit: z.enum(['kg', 'lb']),
          /** When the client confirmed it (it was logged then). */
          doneAt: z.string().optional(),
        }),
        z.object({ type: z.literal('swap'), exercise: z.string(), alternatives: z.array(z.string()) }),
      ]),
    ),
    handedOff: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'AiMessage' });
export type AiMessage = z.infer<typeof AiMessageSchema>;

export const AssistantStateSchema = z
  .object({
    /** The trainer has configured an AI provider (and the client has not opted out). */
    enabled: z.boolean(),
    /** The client asked that their data is not sent to the AI provider. */
    optedOut: z.boolean(),
    /** Older messages as the model remembers them (null until the conversation is long). */
    summary: z.object({ text: z.string(), messages: z.number(), upTo: z.string() }).nullable(),
    coachName: z.string(),
    budget: z.object({ used: z.number(), limit: z.number(), reached: z.boolean() }),
    messages: z.array(AiMessageSchema),
  })
  .meta({ id: 'AssistantState' });
export type AssistantState = z.infer<typeof AssistantStateSchema>;

export const AskAssistantSchema = z
  .object({ text: z.string().trim().min(1, 'Write something first').max(2000, 'At most 2,000 characters') })
  .meta({ id: 'AskAssistantInput' });

export const ConfirmActionSchema = z
  .object({ index: z.number().int('Which proposal').min(0, 'Which proposal').max(9, 'Which proposal') })
  .meta({ id: 'ConfirmAssistantActionInput' });

/** The client's choice about sending their data to the AI provider (the privacy page). */
export const AiConsentSchema = z.object({ optOut: z.boolean() }).meta({ id: 'AiConsentInput' });
export const AiConsentStateSchema = z
  .object({ aiEnabled: z.boolean(), optedOut: z.boolean(), optedOutAt: z.string().nullable() })
  .meta({ id: 'AiConsent' });
export type AiConsentState = z.infer<typeof AiConsentStateSchema>;

export const HandOffSchema = z.object({ messageId: z.uuid('Not a valid id') }).meta({ id: 'HandOffInput' });

export const AiUsageSchema = z
  .object({
    enabled: z.boolean(),
    model: z.string().nullable(),
    month: z.string(),
    budgets: z.object({ clientMonthlyTokens: z.number(), siteMonthlyTokens: z.number() }),
    totals: z.object({ tokens: z.number(), estimatedCostUsd: z.number() }),
    rows: z.array(
      z.object({
        clientId: z.string().nullable(),
        clientName: z.string().nullable(),
        feature: z.string(),
        calls: z.number(),
        inputTokens: z.number(),
        outputTokens: z.number(),
        estimatedCostUsd: z.number(),
      }),
    ),
  })
  .meta({ id: 'AiUsage' });
export type AiUsage = z.infer<typeof AiUsageSchema>;

/** What the trainer asks of a program draft (the client's onboarding answers come from their profile). */
export const DraftProgramSchema = z
  .object({
    weeks: z.number().int().min(1, 'At least 1 week').max(12, 'At most 12 weeks').default(4),
    workoutsPerWeek: z.number().int().min(1, 'At least 1').max(6, 'At most 6').default(3),
    brief: z.string().trim().max(1000, 'At most 1,000 characters').default(''),
  })
  .meta({ id: 'DraftProgramInput' });
export type DraftProgramInput = z.input<typeof DraftProgramSchema>;

/** A first draft for reviewing a check-in: what changed, what to praise, what to ask, and a reply to edit. */
export const CheckinDraftSchema = z
  .object({
    summary: z.string(),
    changes: z.array(z.string()),
    praise: z.array(z.string()),
    questions: z.array(z.string()),
    reply: z.string(),
  })
  .meta({ id: 'CheckinDraft' });
export type CheckinDraft = z.infer<typeof CheckinDraftSchema>;

/** A goal's projection from the data (least squares over recent weeks), with its uncertainty. */
export const GoalProjectionSchema = z.object({
  goalId: z.string(),
  title: z.string(),
  unit: z.string(),
  current: z.number().nullable(),
  target: z.number(),
  /** Change per week in the goal's unit (negative: going down). */
  ratePerWeek: z.number().nullable(),
  projectedDate: z.string().nullable(),
  /** The range of dates the rate's uncertainty allows (null when open-ended). */
  earliest: z.string().nullable(),
  latest: z.string().nullable(),
  status: z.enum(['on_track', 'off_track', 'reached', 'not_enough_data']),
  /** No trend the data can tell from flat over the window (a plateau worth a change of plan). */
  plateau: z.boolean(),
});
export type GoalProjection = z.infer<typeof GoalProjectionSchema>;

export const InsightSchema = z
  .object({
    projections: z.array(GoalProjectionSchema),
    /** Two sentences from the model explaining the numbers; null when AI is off or failed. */
    text: z.string().nullable(),
    generatedAt: z.string(),
  })
  .meta({ id: 'ClientInsight' });
export type Insight = z.infer<typeof InsightSchema>;

export const ReplySuggestionsSchema = z.object({ suggestions: z.array(z.string()) }).meta({ id: 'ReplySuggestions' });
export const FollowUpInputSchema = z.object({ key: z.string().min(1).max(200) }).meta({ id: 'FollowUpDraftInput' });
export const FollowUpDraftSchema = z.object({ clientId: z.string(), reason: z.string(), text: z.string() }).meta({ id: 'FollowUpDraft' });

/** What the trainer asks of a meal-plan draft: a training or rest day's targets, and a brief ("vegetarian, no nuts"). */
export const DraftMealPlanSchema = z
  .object({
    day: z.enum(['training', 'rest']).default('training'),
    brief: z.string().trim().max(1000, 'At most 1,000 characters').default(''),
  })
  .meta({ id: 'DraftMealPlanInput' });
export type DraftMealPlanInput = z.input<typeof DraftMealPlanSchema>;

/** A meal plan the AI drafted from the food database, not saved: it opens in the builder for the trainer to edit and save. */
export const MealPlanDraftSchema = z
  .object({
    name: z.string(),
    notes: z.string(),
    meals: z.array(z.string()),
    items: z.array(z.object({ meal: z.string(), grams: z.number(), food: FoodSchema })),
    totals: z.object({ kcal: z.number(), proteinG: z.number(), fatG: z.number(), carbsG: z.number() }),
    target: z.object({ kcal: z.number(), proteinG: z.number(), fatG: z.number(), carbsG: z.number() }),
    /** What the trainer should check (e.g. kcal 12 % under the target). */
    warnings: z.array(z.string()),
  })
  .meta({ id: 'MealPlanDraft' });
export type MealPlanDraft = z.infer<typeof MealPlanDraftSchema>;
