import { createRoute, z } from '@hono/zod-openapi';
import { IdParamSchema, OkSchema } from '../../../shared/common';
import {
  BroadcastResultSchema,
  BroadcastSchema,
  ConversationFlagsSchema,
  ConversationPageSchema,
  EditMessageSchema,
  InboxSchema,
  ListMessagesQuerySchema,
  MessageSchema,
  SendMessageSchema,
  UnreadSchema,
} from '../../../shared/messages';
import { requireActor, requireTrainer } from '../../lib/access';
import { body, createRouter, errorResponses, json } from '../../lib/validate';
import {
  broadcast,
  deleteMessage,
  editMessage,
  inbox,
  listConversation,
  markRead,
  searchMessages,
  sendMessage,
  setNeedsReply,
  setPinned,
  unreadCounts,
  type MessagesDeps,
} from './messages.service';

const tags = ['Messages'];
const errors = errorResponses(400, 401, 403, 404, 409);
const params = { params: IdParamSchema };
const SearchQuerySchema = z.object({ q: z.string().trim().min(2, 'Type at least 2 characters').max(100) });
const MessageListSchema = z.object({ items: z.array(MessageSchema) }).meta({ id: 'MessageList' });

/** Under /api/clients/{id}: one client's conversation (the trainer, or that client). */
export function conversationRoutes(deps: MessagesDeps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/messages',
        tags,
        summary: 'The conversation, newest page first (oldest first within it)',
        request: { ...params, query: ListMessagesQuerySchema },
        responses: { 200: json(ConversationPageSchema, 'Messages'), ...errors },
      }),
      async (c) => c.json(await listConversation(deps, requireActor(c), c.req.valid('param').id, c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/{id}/messages',
        tags,
        summary: 'Send a message, optionally about a workout or a check-in',
        request: { ...params, ...body(SendMessageSchema) },
        responses: { 201: json(MessageSchema, 'Sent'), ...errors },
      }),
      async (c) => c.json(await sendMessage(deps, requireActor(c), c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/{id}/messages/read',
        tags,
        summary: 'Mark the conversation read (read receipts)',
        request: params,
        responses: { 200: json(OkSchema, 'Read'), ...errors },
      }),
      async (c) => {
        await markRead(deps, requireActor(c), c.req.valid('param').id);
        return c.json({ ok: true as const }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'put',
        path: '/{id}/conversation',
        tags,
        summary: 'Mark the conversation as needing a reply, or not (trainer)',
        request: { ...params, ...body(ConversationFlagsSchema) },
        responses: { 200: json(ConversationFlagsSchema, 'Flags'), ...errors },
      }),
      async (c) => c.json(await setNeedsReply(deps, requireTrainer(c), c.req.valid('param').id, c.req.valid('json').needsReply), 200),
    );
}

/** Under /api/messages: one message, unread counts, search. */
export function messagesRoutes(deps: MessagesDeps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/unread',
        tags,
        summary: 'Unread messages: per client for the trainer, own total for a client',
        responses: { 200: json(UnreadSchema, 'Counts'), ...errors },
      }),
      async (c) => c.json(await unreadCounts(deps, requireActor(c)), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/conversations',
        tags,
        summary: "The trainer's inbox: every conversation by latest message, with unread counts and the needs-reply flag",
        responses: { 200: json(InboxSchema, 'Inbox'), ...errors },
      }),
      async (c) => {
        requireTrainer(c);
        return c.json(await inbox(deps), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/search',
        tags,
        summary: 'Search every conversation (trainer)',
        request: { query: SearchQuerySchema },
        responses: { 200: json(MessageListSchema, 'Matches'), ...errors },
      }),
      async (c) => {
        return c.json(await searchMessages(deps, requireTrainer(c), c.req.valid('query').q), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/broadcast',
        tags,
        summary: 'Send one message to every active client, or to those with a tag (each in their own conversation)',
        request: body(BroadcastSchema),
        responses: { 201: json(BroadcastResultSchema, 'How many clients got it'), ...errors },
      }),
      async (c) => c.json(await broadcast(deps, requireTrainer(c), c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/{id}',
        tags,
        summary: 'Edit your own message within 15 minutes (shows "edited")',
        request: { ...params, ...body(EditMessageSchema) },
        responses: { 200: json(MessageSchema, 'Edited'), ...errors },
      }),
      async (c) => c.json(await editMessage(deps, requireActor(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/{id}',
        tags,
        summary: 'Delete your own message (a "deleted" trace stays)',
        request: params,
        responses: { 200: json(MessageSchema, 'Deleted'), ...errors },
      }),
      async (c) => c.json(await deleteMessage(deps, requireActor(c), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/{id}/pin',
        tags,
        summary: 'Pin a message in its conversation (trainer)',
        request: params,
        responses: { 200: json(MessageSchema, 'Pinned'), ...errors },
      }),
      async (c) => c.json(await setPinned(deps, requireTrainer(c), c.req.valid('param').id, true), 200),
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/{id}/pin',
        tags,
        summary: 'Unpin a message (trainer)',
        request: params,
        responses: { 200: json(MessageSchema, 'Unpinned'), ...errors },
      }),
      async (c) => c.json(await setPinned(deps, requireTrainer(c), c.req.valid('param').id, false), 200),
    );
}
