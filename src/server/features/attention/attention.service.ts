import type { z } from 'zod';
import type { AttentionList, DismissAttentionSchema } from '../../../shared/attention';
import type { Db } from '../../db/client';
import { actorRef, type Actor } from '../../lib/access';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { recordAudit } from '../audit/audit.repo';
import { localDate } from '../programs/schedule-rules';
import { occurrenceOnOrBefore, overdueAt } from '../checkins/checkin-rules';
import { reviewQueue, schedulesFor, sentOccurrences, type ScheduleWithForm } from '../checkins/checkins.repo';
import { getSettings } from '../settings/settings.service';
import { escalatedMessages } from '../ai/ai.repo';
import { findNutritionFacts } from '../nutrition/nutrition.attention';
import { listFormCheckRows } from '../form-checks/form-checks.repo';
import { attentionRules, evaluateAttention, type AttentionClient, type OverdueCheckin } from './attention-rules';
import { findAttentionClients, findDismissals, findLastPersonalMessages, findWorkoutCounts, upsertDismissal } from './attention.repo';

export type AttentionDeps = { db: Db; clock: Clock };

/** Who needs the trainer today, minus what they dismissed or snoozed. */
export async function listAttention(deps: AttentionDeps): Promise<AttentionList> {
  const now = deps.clock.now();
  const settings = await getSettings(deps.db);
  const { weekStartsOn } = settings;
  const [clients, lastMessages, dismissals, waiting, schedules, workouts] = await Promise.all([
    findAttentionClients(deps.db),
    findLastPersonalMessages(deps.db),
    findDismissals(deps.db),
    reviewQueue(deps.db),
    schedulesFor(deps.db, null),
    findWorkoutCounts(deps.db, now, weekStartsOn),
  ]);
  const overdueCheckins = await findOverdueCheckins(deps, clients, schedules, now);
  const aiEscalations = (await escalatedMessages(deps.db, new Date(now.getTime() - 14 * 86_400_000))).map((row) => ({
    id: row.id,
    clientId: row.clientId,
    content: row.content,
    categories: row.escalation?.categories ?? [],
    createdAt: row.createdAt,
  }));
  const nutrition = await findNutritionFacts(deps.db, {
    clients,
    now,
    weekStartsOn,
    tolerance: { kcalPct: settings.nutritionKcalTolerancePct, proteinPct: settings.nutritionProteinTolerancePct },
  });
  const waitingFormChecks = (await listFormCheckRows(deps.db, { status: 'waiting' }, 500)).map(({ formCheck }) => ({
    id: formCheck.id,
    clientId: formCheck.clientId,
    label: formCheck.label,
    createdAt: formCheck.createdAt,
  }));
  const hidden = new Set(dismissals.filter((d) => d.snoozedUntil === null || d.snoozedUntil > now).map((d) => d.key));
  const items = evaluateAttention(
    attentionRules,
    {
      clients,
      lastMessages,
      today: (timeZone) => localDate(now, timeZone),
      waitingCheckins: waiting.map(({ checkin }) => ({
        id: checkin.id,
        clientId: checkin.clientId,
        formName: checkin.formName,
        submittedAt: checkin.submittedAt,
      })),
      overdueCheckins,
      workouts,
      nutrition,
      nutritionQuietDays: settings.nutritionQuietDays,
      aiEscalations,
      waitingFormChecks,
    },
    now,
  );
  return { items: items.filter((item) => !hidden.has(item.key)) };
}

/** Each active client's current check-in occurrences that are overdue and not sent. */
async function findOverdueCheckins(
  deps: AttentionDeps,
  clients: AttentionClient[],
  schedules: ScheduleWithForm[],
  now: Date,
): Promise<OverdueCheckin[]> {
  const candidates: OverdueCheckin[] = [];
  for (const client of clients) {
    if (client.status !== 'active') continue;
    const today = localDate(now, client.timeZone);
    for (const schedule of schedules) {
      if (schedule.clientId !== null && schedule.clientId !== client.id) continue;
      const due = occurrenceOnOrBefore(schedule, today);
      if (!due) continue;
      const at = overdueAt(due, schedule.graceHours, client.timeZone);
      if (at > now) continue;
      candidates.push({ clientId: client.id, scheduleId: schedule.id, formName: schedule.form.name, dueDate: due, overdueAt: at });
    }
  }
  if (candidates.length === 0) return [];
  const sent = await sentOccurrences(deps.db, candidates);
  return candidates.filter((candidate) => !sent.has(`${candidate.clientId}:${candidate.scheduleId}:${candidate.dueDate}`));
}

export async function dismissAttention(deps: AttentionDeps, actor: Actor, input: z.output<typeof DismissAttentionSchema>) {
  if (!/^[a-z_]+:[0-9a-f-]{36}:/.test(input.key)) throw AppError.field('key', 'Not a needs-attention item.');
  const now = deps.clock.now();
  const until = input.snoozeHours === null ? null : new Date(now.getTime() + input.snoozeHours * 3_600_000);
  await upsertDismissal(deps.db, input.key, until, now);
  await recordAudit(deps.db, {
    ...actorRef(actor),
    action: until ? 'attention.snooze' : 'attention.dismiss',
    subjectType: 'attention',
    subjectId: input.key,
    at: now,
  });
  return listAttention(deps);
}
