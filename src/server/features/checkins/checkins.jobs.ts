import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { clientProfiles, notifications } from '../../db/schema';
import type { JobDeps } from '../jobs/jobs.runner';
import { inLocalWindow, NIGHT } from '../notifications/local-time';
import { notify } from '../notifications/notifications.service';
import { localDate } from '../programs/schedule-rules';
import { occurrenceOnOrBefore } from './checkin-rules';
import { schedulesFor, sentOccurrences } from './checkins.repo';

/**
 * Job: tell each active client when a check-in becomes due — once per occurrence (the group key
 * names it, read or not), never during their night (the next run after 08:00 does it).
 */
export async function remindDueCheckins(deps: JobDeps): Promise<number> {
  const now = deps.clock.now();
  const schedules = await schedulesFor(deps.db, null);
  if (schedules.length === 0) return 0;
  const clients = await deps.db
    .select({ id: clientProfiles.id, userId: clientProfiles.userId, timeZone: clientProfiles.timeZone })
    .from(clientProfiles)
    .where(and(eq(clientProfiles.status, 'active'), isNotNull(clientProfiles.userId)));
  const due: Array<{ clientId: string; userId: string; scheduleId: string; formName: string; dueDate: string }> = [];
  for (const client of clients) {
    if (inLocalWindow(now, client.timeZone, NIGHT.start, NIGHT.end)) continue;
    const today = localDate(now, client.timeZone);
    for (const schedule of schedules) {
      if (schedule.clientId !== null && schedule.clientId !== client.id) continue;
      // Only on the day itself: an older one the client let pass is not announced late.
      if (occurrenceOnOrBefore(schedule, today) !== today) continue;
      due.push({ clientId: client.id, userId: client.userId!, scheduleId: schedule.id, formName: schedule.form.name, dueDate: today });
    }
  }
  if (due.length === 0) return 0;
  const sent = await sentOccurrences(deps.db, due);
  const keys = due.map((item) => `checkin_due:${item.scheduleId}:${item.dueDate}`);
  const told = await deps.db
    .select({ recipientId: notifications.recipientId, groupKey: notifications.groupKey })
    .from(notifications)
    .where(inArray(notifications.groupKey, [...new Set(keys)]));
  const already = new Set(told.map((row) => `${row.recipientId}|${row.groupKey}`));
  let count = 0;
  for (const item of due) {
    const groupKey = `checkin_due:${item.scheduleId}:${item.dueDate}`;
    if (sent.has(`${item.clientId}:${item.scheduleId}:${item.dueDate}`) || already.has(`${item.userId}|${groupKey}`)) continue;
    await notify(deps, {
      recipientId: item.userId,
      clientId: item.clientId,
      type: 'checkin_due',
      groupKey,
      title: 'Check-in due today',
      body: `Your coach asks for “${item.formName}” today.`,
      link: `/checkins/fill/${item.scheduleId}/${item.dueDate}`,
    });
    count += 1;
  }
  return count;
}
