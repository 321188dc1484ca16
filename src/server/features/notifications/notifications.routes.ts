import { createRoute, z } from '@hono/zod-openapi';
import {
  MarkNotificationsReadSchema,
  NotificationListSchema,
  NotificationPreferencesSchema,
  NotificationsQuerySchema,
} from '../../../shared/notifications';
import type { Db } from '../../db/client';
import { requireActor } from '../../lib/access';
import type { Clock } from '../../lib/clock';
import { body, createRouter, errorResponses, json } from '../../lib/validate';
import type { Hub } from '../realtime/hub';
import { getPreferences, listNotifications, markRead, savePreferences } from './notifications.service';

const tags = ['Notifications'];
const errors = errorResponses(400, 401);
const UnreadCountSchema = z.object({ unread: z.number() }).meta({ id: 'NotificationUnread' });

/** Under /api/notifications: the signed-in person's own notification centre and preferences. */
export function notificationsRoutes(deps: { db: Db; clock: Clock; hub: Hub }) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/',
        tags,
        summary: 'My notifications, newest first, with the unread count',
        request: { query: NotificationsQuerySchema },
        responses: { 200: json(NotificationListSchema, 'Notifications'), ...errors },
      }),
      async (c) => c.json(await listNotifications(deps, requireActor(c), c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/read',
        tags,
        summary: 'Mark some (ids) or all of my notifications read',
        request: body(MarkNotificationsReadSchema),
        responses: { 200: json(UnreadCountSchema, 'Unread left'), ...errors },
      }),
      async (c) => c.json(await markRead(deps, requireActor(c), c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/preferences',
        tags,
        summary: 'Which events notify me, email on/off, quiet hours',
        responses: { 200: json(NotificationPreferencesSchema, 'Preferences'), ...errors },
      }),
      async (c) => c.json(await getPreferences(deps, requireActor(c)), 200),
    )
    .openapi(
      createRoute({
        method: 'put',
        path: '/preferences',
        tags,
        summary: 'Save my notification preferences',
        request: body(NotificationPreferencesSchema),
        responses: { 200: json(NotificationPreferencesSchema, 'Saved'), ...errors },
      }),
      async (c) => c.json(await savePreferences(deps, requireActor(c), c.req.valid('json')), 200),
    );
}
