import { z } from 'zod';

export const ATTENTION_PRIORITIES = ['high', 'normal'] as const;

export const AttentionItemSchema = z
  .object({
    /** rule:client:occasion: a dismissal lapses when the condition comes back on another occasion. */
    key: z.string(),
    rule: z.string(),
    clientId: z.string(),
    clientName: z.string(),
    priority: z.enum(ATTENTION_PRIORITIES),
    reason: z.string(),
    /** Since when the condition holds (e.g. the unanswered message's time). */
    since: z.string(),
    action: z.object({ label: z.string(), link: z.string() }),
  })
  .meta({ id: 'AttentionItem' });
export type AttentionItem = z.infer<typeof AttentionItemSchema>;

export const AttentionListSchema = z.object({ items: z.array(AttentionItemSchema) }).meta({ id: 'AttentionList' });
export type AttentionList = z.infer<typeof AttentionListSchema>;

export const DismissAttentionSchema = z
  .object({
    key: z.string().min(3).max(300),
    /** Hours to snooze; null dismisses for good (until the condition comes back on another occasion). */
    snoozeHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 30)
      .nullable()
      .default(null),
  })
  .meta({ id: 'DismissAttentionInput' });
