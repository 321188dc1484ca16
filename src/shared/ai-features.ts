import { z } from 'zod';

/**
 * Every AI feature: what it is for, who starts it, and exactly what is sent to the AI provider.
 * The privacy page and Settings → AI are made from this list, and each feature's call names its
 * entry (usage, per-feature model and instructions), so the page cannot drift from the code.
 */
export const AI_FEATURES = [
  {
    id: 'assistant',
    name: 'Client assistant',
    who: 'The client, in their AI assistant chat',
    sends: [
      'The client’s question and the last few messages of their assistant chat (older ones as a short summary)',
      'The client’s first name, the coach’s name and today’s date',
      'What the assistant looks up, one answer at a time: today’s and upcoming workouts, recent sets and records, body-weight trend and goals, today’s food totals and targets, injuries and limitations from onboarding, exercise descriptions',
    ],
  },
  {
    id: 'summary',
    name: 'Conversation summary',
    who: 'Automatic, when an assistant chat grows long',
    sends: ['The older messages of that client’s assistant chat'],
  },
  {
    id: 'program_draft',
    name: 'Program draft',
    who: 'The coach, on a client’s Training tab',
    sends: [
      'The client’s onboarding answers: goals, experience, days per week, equipment, injuries and limitations',
      'The coach’s brief',
      'Names, muscles and equipment of library exercises the client can do',
    ],
  },
  {
    id: 'checkin_draft',
    name: 'Check-in review draft',
    who: 'The coach, reviewing a check-in',
    sends: [
      'The check-in’s answers and the previous one’s',
      'Body-weight readings and workouts done around it',
      'The coach’s voice settings',
    ],
  },
  {
    id: 'insight',
    name: 'Client insight',
    who: 'The coach, on a client’s overview',
    sends: [
      'The client’s first name and today’s date',
      'Each goal’s title, unit, current value and target with the projection computed by the app (rate per week, dates, range, on or off track)',
    ],
  },
  {
    id: 'reply_suggestions',
    name: 'Reply suggestions',
    who: 'The coach, in a conversation',
    sends: ['The last messages of that conversation (text only, no files)', 'The coach’s voice settings'],
  },
  {
    id: 'follow_up',
    name: 'Follow-up draft',
    who: 'The coach, on a needs-attention item',
    sends: ['Why the client was flagged (the item’s reason)', 'The client’s first name', 'The coach’s voice settings'],
  },
  {
    id: 'meal_plan_draft',
    name: 'Meal-plan draft',
    who: 'The coach, in the meal-plan builder',
    sends: [
      'The client’s nutrition targets for the day and their dietary notes from onboarding',
      'The coach’s brief',
      'Names and nutrients of candidate foods from the food database',
    ],
  },
  {
    id: 'form_check',
    name: 'Form-check first look',
    who: 'Automatic, when a client sends a form-check video',
    sends: [
      'Up to six still frames the client’s own browser took from the video (never the video itself)',
      'The exercise, the set (load and reps) and the client’s note',
    ],
  },
] as const;

export type AiFeatureId = (typeof AI_FEATURES)[number]['id'];
export const AI_FEATURE_IDS = AI_FEATURES.map((feature) => feature.id) as [AiFeatureId, ...AiFeatureId[]];

/** Per feature: another model than the default and extra instructions appended to its prompt (both optional). */
export const AiFeatureSettingSchema = z.object({
  model: z
    .string()
    .trim()
    .max(100, 'At most 100 characters')
    .regex(/^[\w.:/@-]*$/, 'Letters, digits and . : / @ - only'),
  instructions: z.string().trim().max(2000, 'At most 2,000 characters'),
});
export const AiFeatureSettingsSchema = z.partialRecord(z.enum(AI_FEATURE_IDS), AiFeatureSettingSchema);
export type AiFeatureSettings = z.infer<typeof AiFeatureSettingsSchema>;
