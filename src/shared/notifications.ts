import { z } from 'zod';

export const NOTIFICATION_TYPES = [
  'message',
  'checkin_due',
  'checkin_submitted',
  'checkin_reviewed',
  'workout_comment',
  'food_comment',
  'form_check',
  'form_check_comment',
  'ai_escalation',
  'pr',
  'badge',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

export const NOTIFICATION_TYPE_LABELS: Record<NotificationType, string> = {
  message: 'New messages',
  checkin_due: 'Check-ins due',
  checkin_submitted: 'Check-ins to review',
  checkin_reviewed: 'Check-ins reviewed',
  workout_comment: 'Comments on workouts',
  food_comment: 'Comments on your food log',
  form_check: 'Form-check videos to review',
  form_check_comment: 'Comments on your form-check videos',
  ai_escalation: 'Red flags a client told the AI assistant',
  pr: 'Personal records',
  badge: 'Badges',
};

export const NotificationSchema = z
  .object({
    id: z.string(),
    type: z.enum(NOTIFICATION_TYPES),
    title: z.string(),
    body: z.string(),
    link: z.string(),
    count: z.number(),
    clientId: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    readAt: z.string().nullable(),
  })
  .meta({ id: 'Notification' });
export type Notification = z.infer<typeof NotificationSchema>;

export const NotificationListSchema = z.object({ items: z.array(NotificationSchema), unread: z.number() }).meta({ id: 'NotificationList' });
export type NotificationList = z.infer<typeof NotificationListSchema>;

export const NotificationsQuerySchema = z.object({
  unreadOnly: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});

export const MarkNotificationsReadSchema = z
  .object({
    /** Notifications to mark read; omit to mark every notification read. */
    ids: z.array(z.uuid('Not a valid id')).max(100).optional(),
  })
  .meta({ id: 'MarkNotificationsReadInput' });

const LocalTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM (24-hour)');

export const NotificationPreferencesSchema = z
  .object({
    emailEnabled: z.boolean(),
    mutedInApp: z.array(z.enum(NOTIFICATION_TYPES)).max(NOTIFICATION_TYPES.length),
    mutedEmail: z.array(z.enum(NOTIFICATION_TYPES)).max(NOTIFICATION_TYPES.length),
    quietStart: LocalTime.nullable(),
    quietEnd: LocalTime.nullable(),
  })
  .superRefine((value, ctx) => {
    if ((value.quietStart === null) !== (value.quietEnd === null))
      ctx.addIssue({
        code: 'custom',
        path: [value.quietStart === null ? 'quietStart' : 'quietEnd'],
        message: 'Set both ends of the quiet hours',
      });
    if (value.quietStart !== null && value.quietStart === value.quietEnd)
      ctx.addIssue({ code: 'custom', path: ['quietEnd'], message: 'Quiet hours must end at another time than they start' });
  })
  .meta({ id: 'NotificationPreferences' });
export type NotificationPreferences = z.infer<typeof NotificationPreferencesSchema>;

export const AUTOMATION_KINDS = ['welcome', 'missed_workouts', 'inactivity', 'personal_record'] as const;
export type AutomationKind = (typeof AUTOMATION_KINDS)[number];

/** Variables each automation's text may use; anything else in braces is left as written. */
export const AUTOMATION_VARIABLES: Record<AutomationKind, readonly string[]> = {
  welcome: ['firstName', 'coachName'],
  missed_workouts: ['firstName', 'coachName', 'missed', 'workoutName'],
  inactivity: ['firstName', 'coachName', 'days'],
  personal_record: ['firstName', 'coachName', 'exerciseName', 'record', 'workoutName'],
};

/** The setting each automation takes, with its bounds (the server enforces them; forms show them). */
export const AUTOMATION_PARAMS: Record<AutomationKind, Record<string, { min: number; max: number; label: string }>> = {
  welcome: {},
  missed_workouts: { missed: { min: 1, max: 7, label: 'Missed workouts in a row' } },
  inactivity: { days: { min: 2, max: 60, label: 'Days without opening the app' } },
  personal_record: {},
};

export const AutomationSchema = z
  .object({
    kind: z.enum(AUTOMATION_KINDS),
    enabled: z.boolean(),
    template: z.string(),
    params: z.record(z.string(), z.number()),
    variables: z.array(z.string()),
    sentCount: z.number(),
    lastSentAt: z.string().nullable(),
  })
  .meta({ id: 'Automation' });
export type Automation = z.infer<typeof AutomationSchema>;

export const UpdateAutomationSchema = z
  .object({
    enabled: z.boolean(),
    template: z.string().trim().min(1, 'Write the message').max(2000, 'At most 2000 characters'),
    /** missed_workouts: { missed: 1–7 }; inactivity: { days: 2–60 }; welcome: {}. */
    params: z.record(z.string(), z.number().int().min(1).max(60)).default({}),
  })
  .meta({ id: 'UpdateAutomationInput' });
export type UpdateAutomationInput = z.input<typeof UpdateAutomationSchema>;

export const AutomationPreviewInputSchema = z
  .object({
    template: z.string().max(2000, 'At most 2000 characters'),
    params: z.record(z.string(), z.number().int().min(1).max(60)).default({}),
    clientId: z.uuid('Not a valid id').nullable().default(null),
  })
  .meta({ id: 'AutomationPreviewInput' });
export const AutomationPreviewSchema = z
  .object({ text: z.string(), unknownVariables: z.array(z.string()) })
  .meta({ id: 'AutomationPreview' });
