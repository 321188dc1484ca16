import type { z } from 'zod';
import type { AttentionList, DismissAttentionSchema } from '../../../shared/attention';
import type { Db } from '../../db/client';
import { actorRef, type Actor } from '../../lib/access';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { recordAudit } from '../audit/audit.repo';
import { localDate } from '../programs/schedule-rules';
import { attentionRules, evaluateAttention } from './attention-rules';
import { findAttentionClients, findDismissals, findLastPersonalMessages, upsertDismissal } from './attention.repo';

export type AttentionDeps = { db: Db; clock: Clock };

/** Who needs the trainer today, minus what they dismissed or snoozed. */
export async function listAttention(deps: AttentionDeps): Promise<AttentionList> {
  const now = deps.clock.now();
  const [clients, lastMessages, dismissals] = await Promise.all([
    findAttentionClients(deps.db),
    findLastPersonalMessages(deps.db),
    findDismissals(deps.db),
  ]);
  const hidden = new Set(dismissals.filter((d) => d.snoozedUntil === null || d.snoozedUntil > now).map((d) => d.key));
  const items = evaluateAttention(attentionRules, { clients, lastMessages, today: (timeZone) => localDate(now, timeZone) }, now);
  return { items: items.filter((item) => !hidden.has(item.key)) };
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
