import type { z } from 'zod';
import {
  NOTIFICATION_TYPE_LABELS,
  type MarkNotificationsReadSchema,
  type Notification,
  type NotificationList,
  type NotificationPreferences,
  type NotificationType,
} from '../../../shared/notifications';
import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../lib/access';
import type { Clock } from '../../lib/clock';
import type { Logger } from '../../lib/logger';
import { notificationDigestEmail } from '../emails/email-templates';
import { sendEmail } from '../emails/emails.service';
import type { Mailer } from '../emails/mailer';
import type { Hub } from '../realtime/hub';
import { inLocalWindow } from './local-time';
import {
  countUnreadNotifications,
  findEmailDue,
  findPreferences,
  listNotificationRows,
  markEmailed,
  markNotificationsRead,
  upsertPreferences,
  upsertUnreadNotification,
  type NotificationRow,
  type PreferencesRow,
} from './notifications.repo';

/** An unread notification is emailed once it has waited this long unseen. */
export const EMAIL_DELAY_MS = 15 * 60 * 1000;

export type NotifyDeps = { db: DbOrTx; clock: Clock; hub: Hub };

export const DEFAULT_PREFERENCES: NotificationPreferences = {
  emailEnabled: true,
  mutedInApp: [],
  mutedEmail: [],
  quietStart: null,
  quietEnd: null,
};

function toNotification(row: NotificationRow): Notification {
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    body: row.body,
    link: row.link,
    count: row.count,
    clientId: row.clientId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    readAt: row.readAt ? row.readAt.toISOString() : null,
  };
}

function toPreferences(row: PreferencesRow | null): NotificationPreferences {
  if (!row) return DEFAULT_PREFERENCES;
  return {
    emailEnabled: row.emailEnabled,
    mutedInApp: row.mutedInApp as NotificationType[],
    mutedEmail: row.mutedEmail as NotificationType[],
    quietStart: row.quietStart,
    quietEnd: row.quietEnd,
  };
}

/**
 * Records an event for one person (unless they turned that kind off) and tells their open apps.
 * Events with the same group key fold into one unread notification.
 */
export async function notify(
  deps: NotifyDeps,
  input: {
    recipientId: string;
    clientId: string | null;
    type: NotificationType;
    groupKey: string;
    title: string;
    body: string;
    link: string;
  },
): Promise<void> {
  const preferences = toPreferences(await findPreferences(deps.db, input.recipientId));
  if (preferences.mutedInApp.includes(input.type)) return;
  await upsertUnreadNotification(deps.db, { ...input, createdAt: deps.clock.now() });
  deps.hub.publish({ type: 'notifications', userId: input.recipientId });
}

/** Marks a group read for one person (e.g. they opened the conversation) and tells their apps. */
export async function readGroup(deps: NotifyDeps, recipientId: string, groupKey: string): Promise<void> {
  const changed = await markNotificationsRead(deps.db, recipientId, deps.clock.now(), { groupKey });
  if (changed > 0) deps.hub.publish({ type: 'notifications', userId: recipientId });
}

export async function listNotifications(
  deps: { db: Db },
  actor: Actor,
  query: { unreadOnly?: 'true' | 'false' | undefined; limit: number },
): Promise<NotificationList> {
  const [rows, unread] = await Promise.all([
    listNotificationRows(deps.db, actor.userId, { unreadOnly: query.unreadOnly === 'true', limit: query.limit }),
    countUnreadNotifications(deps.db, actor.userId),
  ]);
  return { items: rows.map(toNotification), unread };
}

export async function markRead(deps: NotifyDeps & { db: Db }, actor: Actor, input: z.output<typeof MarkNotificationsReadSchema>) {
  await markNotificationsRead(deps.db, actor.userId, deps.clock.now(), { ids: input.ids });
  deps.hub.publish({ type: 'notifications', userId: actor.userId });
  return { unread: await countUnreadNotifications(deps.db, actor.userId) };
}

export async function getPreferences(deps: { db: Db }, actor: Actor): Promise<NotificationPreferences> {
  return toPreferences(await findPreferences(deps.db, actor.userId));
}

export async function savePreferences(deps: { db: Db; clock: Clock }, actor: Actor, input: NotificationPreferences) {
  return toPreferences(await upsertPreferences(deps.db, { userId: actor.userId, ...input, updatedAt: deps.clock.now() }));
}

export type DigestDeps = { db: Db; clock: Clock; logger: Logger; mailer: Mailer; appUrl: string };

/**
 * Job: one email per person for what they have not seen in the app for 15 minutes. A notification
 * is emailed at most once; a busy conversation is one notification, so one email, not twenty.
 * In someone's quiet hours nothing is sent: the next run after them sends it.
 */
export async function emailUnseenNotifications(deps: DigestDeps): Promise<{ emails: number }> {
  const now = deps.clock.now();
  const due = await findEmailDue(deps.db, new Date(now.getTime() - EMAIL_DELAY_MS), 500);
  const byRecipient = new Map<string, typeof due>();
  for (const row of due) {
    const list = byRecipient.get(row.notification.recipientId) ?? [];
    list.push(row);
    byRecipient.set(row.notification.recipientId, list);
  }
  let emails = 0;
  for (const rows of byRecipient.values()) {
    const first = rows[0]!;
    const preferences = toPreferences(first.preferences);
    const timeZone = (first.role === 'client' ? first.clientTimeZone : first.trainerTimeZone) ?? 'UTC';
    if (preferences.quietStart && preferences.quietEnd && inLocalWindow(now, timeZone, preferences.quietStart, preferences.quietEnd))
      continue;
    const wanted = preferences.emailEnabled ? rows.filter((row) => !preferences.mutedEmail.includes(row.notification.type)) : [];
    if (wanted.length > 0) {
      const items = wanted.map((row) => ({
        title: row.notification.title,
        body: row.notification.body,
        url: `${deps.appUrl}${row.notification.link}`,
        kind: NOTIFICATION_TYPE_LABELS[row.notification.type],
      }));
      // Marked first: a crash after sending can at worst lose one digest, never send it twice.
      await markEmailed(
        deps.db,
        rows.map((row) => row.notification.id),
        now,
      );
      await sendEmail(deps, {
        ...notificationDigestEmail({
          to: first.email,
          name: first.name,
          items,
          settingsUrl: `${deps.appUrl}${first.role === 'client' ? '/profile/notifications' : '/settings/notifications'}`,
        }),
        kind: 'notifications',
        link: items[0]?.url,
      });
      emails += 1;
    } else {
      // Email off for these: they are settled, not reconsidered every run.
      await markEmailed(
        deps.db,
        rows.map((row) => row.notification.id),
        now,
      );
    }
  }
  return { emails };
}
