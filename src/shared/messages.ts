import { z } from 'zod';

import { MESSAGE_MAX } from './message-limits';

export { EDIT_WINDOW_MS, MESSAGE_MAX } from './message-limits';
export const SUBJECT_TYPES = ['scheduled_workout', 'workout_session', 'checkin', 'food_day', 'form_check'] as const;

/** What a message can be about ("about: Tuesday — Lower body"). */
export const SubjectSchema = z.object({
  type: z.enum(SUBJECT_TYPES),
  id: z.string().min(1).max(64),
  /** A moment in the subject (a form-check video), in milliseconds from its start. */
  atMs: z.number().int('Whole milliseconds').min(0, 'Not before the start').max(600_000, 'Past the end').optional(),
});

const MessageBody = z.string().trim().min(1, 'Write something first').max(MESSAGE_MAX, `At most ${MESSAGE_MAX} characters`);

/** A message is text, an attachment (uploaded first through POST /api/uploads), or both. */
export const SendMessageSchema = z
  .object({
    body: z.string().trim().max(MESSAGE_MAX, `At most ${MESSAGE_MAX} characters`).default(''),
    subject: SubjectSchema.nullable().default(null),
    attachmentId: z.uuid('Not a valid upload id').nullable().default(null),
  })
  .superRefine((value, ctx) => {
    if (!value.body && !value.attachmentId) ctx.addIssue({ code: 'custom', path: ['body'], message: 'Write something first' });
  })
  .meta({ id: 'SendMessageInput' });
export type SendMessageInput = z.input<typeof SendMessageSchema>;

export const EditMessageSchema = z.object({ body: MessageBody }).meta({ id: 'EditMessageInput' });

export const AttachmentSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['image', 'file', 'video']),
    name: z.string(),
    contentType: z.string(),
    size: z.number(),
    width: z.number().nullable(),
    height: z.number().nullable(),
    /** Authorised download (the session cookie decides), never a public address. */
    url: z.string(),
    thumbnailUrl: z.string().nullable(),
  })
  .meta({ id: 'Attachment' });
export type Attachment = z.infer<typeof AttachmentSchema>;

export const MessageSchema = z
  .object({
    id: z.string(),
    clientId: z.string(),
    sender: z.enum(['trainer', 'client']),
    /** Null once deleted: the message stays as a visible "deleted" trace. */
    body: z.string().nullable(),
    subject: SubjectSchema.nullable(),
    /** What the subject was when the message was sent, e.g. "Tue 3 Mar — Lower body". */
    subjectLabel: z.string().nullable(),
    attachment: AttachmentSchema.nullable(),
    /** Shown to the trainer only: the client sees their coach's message. */
    automated: z.boolean(),
    pinned: z.boolean(),
    createdAt: z.string(),
    editedAt: z.string().nullable(),
    deletedAt: z.string().nullable(),
  })
  .meta({ id: 'Message' });
export type Message = z.infer<typeof MessageSchema>;

export const ListMessagesQuerySchema = z.object({
  /** Page backwards: messages created before this instant. */
  before: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export const ConversationPageSchema = z
  .object({
    /** Oldest first within the page. */
    items: z.array(MessageSchema),
    hasMore: z.boolean(),
    /** When the other side last read the conversation (read receipts). */
    otherLastReadAt: z.string().nullable(),
    needsReply: z.boolean(),
  })
  .meta({ id: 'ConversationPage' });
export type ConversationPage = z.infer<typeof ConversationPageSchema>;

export const UnreadSchema = z
  .object({ total: z.number(), byClient: z.array(z.object({ clientId: z.string(), count: z.number() })) })
  .meta({ id: 'Unread' });

export const ConversationFlagsSchema = z.object({ needsReply: z.boolean() }).meta({ id: 'ConversationFlagsInput' });

export const BroadcastSchema = z
  .object({
    body: MessageBody,
    /** Every active client, or only those with this tag. */
    tag: z.string().trim().min(1).max(40).nullable().default(null),
  })
  .meta({ id: 'BroadcastInput' });
export type BroadcastInput = z.input<typeof BroadcastSchema>;
export const BroadcastResultSchema = z.object({ sent: z.number() }).meta({ id: 'BroadcastResult' });

export const InboxItemSchema = z
  .object({
    clientId: z.string(),
    clientName: z.string(),
    clientStatus: z.string(),
    needsReply: z.boolean(),
    unread: z.number(),
    lastMessageAt: z.string(),
    /** A short preview: the text, "Photo", "File", or "Message deleted". */
    preview: z.string(),
    lastSender: z.enum(['trainer', 'client']),
    lastAutomated: z.boolean(),
  })
  .meta({ id: 'InboxItem' });
export type InboxItem = z.infer<typeof InboxItemSchema>;
export const InboxSchema = z.object({ items: z.array(InboxItemSchema) }).meta({ id: 'Inbox' });
export type Inbox = z.infer<typeof InboxSchema>;
