import { z } from 'zod';
import { PageQuerySchema, pageOf } from './common';

export const EMAIL_KINDS = ['invitation', 'password_reset', 'password_changed', 'notifications', 'billing', 'other'] as const;
export const EMAIL_STATUSES = ['stored', 'sent', 'failed'] as const;

export const EmailSummarySchema = z
  .object({
    id: z.string(),
    to: z.string(),
    subject: z.string(),
    kind: z.enum(EMAIL_KINDS),
    status: z.enum(EMAIL_STATUSES),
    createdAt: z.string(),
  })
  .meta({ id: 'EmailSummary' });

export const EmailMessageSchema = EmailSummarySchema.extend({
  text: z.string(),
  html: z.string(),
  link: z.string().nullable(),
  error: z.string().nullable(),
}).meta({ id: 'EmailMessage' });
export type EmailMessage = z.infer<typeof EmailMessageSchema>;

export const EmailPageSchema = pageOf(EmailSummarySchema)
  .extend({
    /** How email leaves: `smtp` when SMTP_URL is set, else `outbox` (kept here, not delivered). */
    transport: z.enum(['smtp', 'outbox']),
  })
  .meta({ id: 'EmailPage' });
export type EmailPage = z.infer<typeof EmailPageSchema>;

export const ListEmailsQuerySchema = PageQuerySchema;
