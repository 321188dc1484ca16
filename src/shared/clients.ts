import { z } from 'zod';
import { EmailSchema, PageQuerySchema, longText, nameText, pageOf } from './common';

export const CLIENT_STATUSES = ['invited', 'active', 'paused', 'archived'] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];

export const PAUSE_REASONS = ['vacation', 'injury', 'illness', 'other'] as const;
export type PauseReason = (typeof PAUSE_REASONS)[number];

export const TagSchema = nameText(32);
export const TagsSchema = z
  .array(TagSchema)
  .max(20, 'At most 20 tags')
  .transform((tags) => [...new Set(tags.map((tag) => tag.toLowerCase()))]);

export const CreateClientSchema = z
  .object({
    name: nameText(100),
    email: EmailSchema,
    tags: TagsSchema.default([]),
    note: longText(2000).default(''),
  })
  .meta({ id: 'CreateClientInput' });
export type CreateClientInput = z.input<typeof CreateClientSchema>;

export const UpdateClientSchema = z
  .object({
    name: nameText(100),
    email: EmailSchema,
    tags: TagsSchema,
    note: longText(2000),
    /** Whether the client may move their own scheduled workouts to another day. */
    canMoveWorkouts: z.boolean(),
  })
  .partial()
  .meta({ id: 'UpdateClientInput' });
export type UpdateClientInput = z.input<typeof UpdateClientSchema>;

export const IsoDateSchema = z.iso.date('Use a date like 2026-03-31');

export const PauseClientSchema = z
  .object({
    reason: z.enum(PAUSE_REASONS),
    note: longText(500).default(''),
    until: IsoDateSchema.nullable().default(null),
  })
  .meta({ id: 'PauseClientInput' });
export type PauseClientInput = z.input<typeof PauseClientSchema>;

export const CLIENT_SORTS = ['name', 'lastActive', 'joined'] as const;
export const ListClientsQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  status: z.enum([...CLIENT_STATUSES, 'all', 'current']).default('current'),
  tag: z.string().trim().max(32).optional(),
  sort: z.enum(CLIENT_SORTS).default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
});
export type ListClientsQuery = z.input<typeof ListClientsQuerySchema>;

/* ---------- onboarding ---------- */

export const GOALS = ['lose_fat', 'build_muscle', 'get_stronger', 'improve_fitness', 'sport_performance', 'health', 'other'] as const;
export const EXPERIENCE_LEVELS = ['new', 'beginner', 'intermediate', 'advanced'] as const;
export const EQUIPMENT = [
  'full_gym',
  'barbell_rack',
  'dumbbells',
  'kettlebells',
  'resistance_bands',
  'pull_up_bar',
  'cardio_machine',
  'bodyweight_only',
] as const;
export const UNITS = ['kg', 'lb'] as const;
export type Units = (typeof UNITS)[number];

/** PAR-Q+ style screen: any "yes" means the trainer should talk to the client before training hard. */
export const HEALTH_QUESTIONS = [
  { key: 'heartCondition', text: 'Has a doctor ever said you have a heart condition or high blood pressure?' },
  { key: 'chestPain', text: 'Do you feel pain in your chest at rest, in daily activities, or when you exercise?' },
  { key: 'dizziness', text: 'Do you lose balance because of dizziness, or have you lost consciousness in the last 12 months?' },
  {
    key: 'chronicCondition',
    text: 'Have you been diagnosed with another chronic medical condition (other than heart disease or high blood pressure)?',
  },
  { key: 'medication', text: 'Are you currently taking prescribed medication for a chronic medical condition?' },
  { key: 'boneJoint', text: 'Do you have a bone, joint or soft-tissue problem that could be made worse by becoming more active?' },
  { key: 'supervision', text: 'Has a doctor ever said you should only do medically supervised physical activity?' },
] as const;
export type HealthKey = (typeof HEALTH_QUESTIONS)[number]['key'];
export const WAIVER_VERSION = '2026-11-1';

export const isValidTimeZone = (tz: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

const HealthScreenSchema = z.object(
  Object.fromEntries(HEALTH_QUESTIONS.map((q) => [q.key, z.boolean({ error: 'Answer yes or no' })])) as Record<HealthKey, z.ZodBoolean>,
);

export const OnboardingSchema = z
  .object({
    goals: z.array(z.enum(GOALS), { error: 'Pick at least one goal' }).min(1, 'Pick at least one goal').max(GOALS.length),
    goalNote: longText(1000).default(''),
    experience: z.enum(EXPERIENCE_LEVELS, { error: 'Pick how much you have trained' }),
    injuries: longText(2000).default(''),
    equipment: z
      .array(z.enum(EQUIPMENT), { error: 'Pick what you can train with' })
      .min(1, 'Pick what you can train with')
      .max(EQUIPMENT.length),
    daysPerWeek: z.number({ error: 'Pick how many days a week' }).int('Whole days only').min(1, 'At least 1 day').max(7, 'At most 7 days'),
    units: z.enum(UNITS, { error: 'Pick kg or lb' }),
    timeZone: z.string({ error: 'Pick your time zone' }).max(64).refine(isValidTimeZone, 'Unknown time zone'),
    dateOfBirth: z.iso.date({ error: 'Enter your date of birth' }).refine((value) => {
      const year = Number(value.slice(0, 4));
      return year >= 1900 && Date.parse(value) <= Date.now() - 10 * 365 * 24 * 3600 * 1000;
    }, 'Enter your real date of birth'),
    heightCm: z.number({ error: 'Enter your height' }).min(100, 'Between 100 and 250 cm').max(250, 'Between 100 and 250 cm'),
    health: HealthScreenSchema,
    healthNote: longText(2000).default(''),
    waiverAccepted: z.literal(true, 'Please accept the waiver to continue'),
  })
  .meta({ id: 'OnboardingInput' });
export type OnboardingInput = z.input<typeof OnboardingSchema>;
export type Onboarding = z.output<typeof OnboardingSchema>;

/* ---------- responses ---------- */

export const INVITATION_STATES = ['pending', 'expired', 'revoked', 'accepted'] as const;

export const InvitationSummarySchema = z.object({
  state: z.enum(INVITATION_STATES),
  expiresAt: z.string(),
  sentAt: z.string(),
});

export const ClientSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    status: z.enum(CLIENT_STATUSES),
    tags: z.array(z.string()),
    note: z.string(),
    pause: z.object({ reason: z.enum(PAUSE_REASONS), note: z.string(), until: z.string().nullable(), since: z.string() }).nullable(),
    joinedAt: z.string(),
    lastActiveAt: z.string().nullable(),
    /** Completed ÷ scheduled workouts over the last 7, 30 and 90 days in the client's time zone (null: nothing scheduled). */
    compliance: z.object({ d7: z.number().nullable(), d30: z.number().nullable(), d90: z.number().nullable() }),
    archivedAt: z.string().nullable(),
    canMoveWorkouts: z.boolean(),
    /** The client asked that their data is not sent to the AI provider (AI drafts about them are off). */
    aiOptedOut: z.boolean(),
    invitation: InvitationSummarySchema.nullable(),
    onboarding: z
      .object({
        goals: z.array(z.enum(GOALS)),
        goalNote: z.string(),
        experience: z.enum(EXPERIENCE_LEVELS, { error: 'Pick how much you have trained' }),
        injuries: z.string(),
        equipment: z.array(z.enum(EQUIPMENT)),
        daysPerWeek: z.number(),
        units: z.enum(UNITS, { error: 'Pick kg or lb' }),
        timeZone: z.string(),
        dateOfBirth: z.string(),
        heightCm: z.number(),
        health: z.record(z.string(), z.boolean()),
        healthNote: z.string(),
        waiverVersion: z.string(),
        completedAt: z.string(),
      })
      .nullable(),
  })
  .meta({ id: 'Client' });
export type Client = z.infer<typeof ClientSchema>;

export const ClientPageSchema = pageOf(ClientSchema).meta({ id: 'ClientPage' });
export type ClientPage = z.infer<typeof ClientPageSchema>;

export const InvitationLinkSchema = z
  .object({ url: z.string(), expiresAt: z.string(), emailed: z.boolean() })
  .meta({ id: 'InvitationLink' });
export type InvitationLink = z.infer<typeof InvitationLinkSchema>;

export const CreateClientResultSchema = z
  .object({ client: ClientSchema, invitation: InvitationLinkSchema })
  .meta({ id: 'CreateClientResult' });

export const TagListSchema = z.object({ tags: z.array(z.string()) }).meta({ id: 'TagList' });

/* ---------- invitations (public side) ---------- */

export const InvitationTokenParamSchema = z.object({ token: z.string().min(20).max(200) });

export const InvitationViewSchema = z
  .object({
    state: z.enum(INVITATION_STATES),
    clientName: z.string(),
    email: z.string(),
    trainerName: z.string(),
    expiresAt: z.string(),
  })
  .meta({ id: 'InvitationView' });
export type InvitationView = z.infer<typeof InvitationViewSchema>;

export const AcceptInvitationSchema = z
  .object({ password: z.string().min(10, 'Use at least 10 characters').max(128, 'At most 128 characters') })
  .meta({ id: 'AcceptInvitationInput' });
export type AcceptInvitationInput = z.infer<typeof AcceptInvitationSchema>;
