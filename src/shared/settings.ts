import { z } from 'zod';
import { isValidTimeZone, UNITS } from './clients';
import { AiFeatureSettingsSchema } from './ai-features';
import { nameText } from './common';

/** The trainer's business settings. The week start decides how calendars and weekly numbers group days. */
export const SettingsSchema = z
  .object({
    businessName: nameText(100),
    timeZone: z.string().max(64).refine(isValidTimeZone, 'Unknown time zone'),
    /** ISO weekday the week starts on: 1 = Monday, 7 = Sunday. */
    weekStartsOn: z.union([z.literal(1), z.literal(7)]),
    units: z.enum(UNITS),
    /** Days a client keeps full access after a failed payment (then it is limited). */
    billingGraceDays: z.number().int('Whole days').min(0, 'At least 0 days').max(30, 'At most 30 days'),
    /** A few lines about the trainer, shown on the public plans page. */
    bio: z.string().trim().max(2000, 'At most 2,000 characters'),
    /** A logged day is on target when kcal is within ± this % of the day's target … */
    nutritionKcalTolerancePct: z.number().int('Whole percent').min(1, 'At least 1 %').max(50, 'At most 50 %'),
    /** … and protein within ± this %. */
    nutritionProteinTolerancePct: z.number().int('Whole percent').min(1, 'At least 1 %').max(50, 'At most 50 %'),
    /** Days without any food logged before a client with targets shows in needs-attention. */
    nutritionQuietDays: z.number().int('Whole days').min(1, 'At least 1 day').max(30, 'At most 30 days'),
    /** AI budgets in tokens a month: per client, and for the whole site. */
    aiClientMonthlyTokens: z.number().int('Whole tokens').min(0, 'At least 0').max(50_000_000, 'At most 50 million'),
    aiSiteMonthlyTokens: z.number().int('Whole tokens').min(0, 'At least 0').max(1_000_000_000, 'At most 1 billion'),
    /** How AI drafts should sound, in the trainer's words ("short, warm, a bit of humour, British spelling"). */
    aiVoice: z.string().trim().max(1000, 'At most 1,000 characters'),
    /** Up to three of the trainer's own messages drafts should sound like. */
    aiVoiceExamples: z.array(z.string().trim().min(1, 'Empty example').max(1000, 'At most 1,000 characters')).max(3, 'At most 3 examples'),
    /** Per AI feature: another model and extra instructions (absent: the default model and prompt). */
    aiFeatures: AiFeatureSettingsSchema,
  })
  .meta({ id: 'Settings' });
export type Settings = z.infer<typeof SettingsSchema>;

export const UpdateSettingsSchema = SettingsSchema.partial().meta({ id: 'UpdateSettingsInput' });

/** The trainer's public face (the plans page): no session needed. */
export const PublicProfileSchema = z
  .object({
    businessName: z.string(),
    trainerName: z.string(),
    bio: z.string(),
    /** An image URL served to anyone, or null without a photo. */
    photoUrl: z.string().nullable(),
  })
  .meta({ id: 'PublicProfile' });
export type PublicProfile = z.infer<typeof PublicProfileSchema>;
