import type { z } from 'zod';
import {
  AUTOMATION_KINDS,
  AUTOMATION_VARIABLES,
  type Automation,
  type AutomationKind,
  type AutomationPreviewInputSchema,
  type UpdateAutomationSchema,
} from '../../../shared/notifications';
import type { Db } from '../../db/client';
import { actorRef, type Actor } from '../../lib/access';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import type { Logger } from '../../lib/logger';
import { recordAudit } from '../audit/audit.repo';
import { findTrainer } from '../auth/auth.repo';
import { findClient, type ClientRow } from '../clients/clients.repo';
import { latestRecordWorkout } from '../logging/logging.service';
import { sendAutomatedMessage } from '../messages/messages.service';
import { NIGHT, inLocalWindow } from '../notifications/local-time';
import { resolveWorkout } from '../programs/calendar.service';
import { listScheduledRows } from '../programs/programs.repo';
import { addDays, localDate } from '../programs/schedule-rules';
import type { Hub } from '../realtime/hub';
import type { Storage } from '../uploads/storage';
import { AUTOMATION_DEFAULTS, AUTOMATION_PARAMS, inactivityTrigger, missedWorkoutsTrigger, renderTemplate } from './automation-rules';
import {
  acceptedAt,
  claimRun,
  completeRun,
  findAutomationAudience,
  lastCompletedDate,
  listAutomationRows,
  releaseRun,
  runStats,
  upsertAutomation,
  type AutomationRow,
} from './automations.repo';

export type AutomationDeps = { db: Db; clock: Clock; hub: Hub; storage: Storage; logger?: Logger };

/** A welcome is sent only to clients who joined in the last three days (and after it was turned on). */
const WELCOME_WINDOW_MS = 3 * 86_400_000;
/** Missed workouts older than two weeks are history, not a reason to nudge. */
const MISSED_LOOKBACK_DAYS = 14;

type Effective = { kind: AutomationKind; enabled: boolean; template: string; params: Record<string, number>; enabledAt: Date | null };

function effective(rows: AutomationRow[]): Effective[] {
  const byKind = new Map(rows.map((row) => [row.kind, row]));
  return AUTOMATION_KINDS.map((kind) => {
    const row = byKind.get(kind);
    const defaults = AUTOMATION_DEFAULTS[kind];
    return row
      ? { kind, enabled: row.enabled, template: row.template, params: { ...defaults.params, ...row.params }, enabledAt: row.enabledAt }
      : { kind, enabled: false, template: defaults.template, params: defaults.params, enabledAt: null };
  });
}

export async function listAutomations(deps: { db: Db }): Promise<Automation[]> {
  const [rows, stats] = await Promise.all([listAutomationRows(deps.db), runStats(deps.db)]);
  const statsByKind = new Map(stats.map((row) => [row.kind, row]));
  return effective(rows).map((automation) => {
    const stat = statsByKind.get(automation.kind);
    return {
      kind: automation.kind,
      enabled: automation.enabled,
      template: automation.template,
      params: automation.params,
      variables: [...AUTOMATION_VARIABLES[automation.kind]],
      sentCount: stat?.sent ?? 0,
      lastSentAt: stat?.last ? new Date(stat.last).toISOString() : null,
    };
  });
}

function checkParams(kind: AutomationKind, params: Record<string, number>): Record<string, number> {
  const allowed = AUTOMATION_PARAMS[kind];
  const out: Record<string, number> = { ...AUTOMATION_DEFAULTS[kind].params };
  for (const [name, value] of Object.entries(params)) {
    const bounds = allowed[name];
    if (!bounds) throw AppError.field(`params.${name}`, `This automation has no “${name}” setting.`);
    if (value < bounds.min || value > bounds.max) throw AppError.field(`params.${name}`, `Choose between ${bounds.min} and ${bounds.max}.`);
    out[name] = value;
  }
  return out;
}

export async function updateAutomation(
  deps: AutomationDeps,
  actor: Actor,
  kind: AutomationKind,
  input: z.output<typeof UpdateAutomationSchema>,
) {
  const params = checkParams(kind, input.params);
  const current = effective(await listAutomationRows(deps.db)).find((automation) => automation.kind === kind)!;
  const now = deps.clock.now();
  await upsertAutomation(deps.db, {
    kind,
    enabled: input.enabled,
    template: input.template,
    params,
    // Turning it on starts the clock: nothing that happened before is acted on.
    enabledAt: input.enabled ? (current.enabled ? current.enabledAt : now) : null,
    updatedAt: now,
  });
  await recordAudit(deps.db, {
    ...actorRef(actor),
    action: 'automation.update',
    subjectType: 'automation',
    subjectId: kind,
    details: { enabled: input.enabled },
    at: now,
  });
  return (await listAutomations(deps)).find((automation) => automation.kind === kind)!;
}

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;

const SAMPLE_VALUES: Record<string, string | number> = {
  missed: 2,
  workoutName: 'Lower body',
  days: 7,
  exerciseName: 'Back squat',
  record: '102.5 kg heaviest lift',
};

export async function previewAutomation(deps: AutomationDeps, kind: AutomationKind, input: z.output<typeof AutomationPreviewInputSchema>) {
  const trainer = await findTrainer(deps.db);
  const client = input.clientId ? await findClient(deps.db, input.clientId) : null;
  if (input.clientId && !client) throw AppError.field('clientId', 'No such client.');
  return renderTemplate(kind, input.template, {
    ...SAMPLE_VALUES,
    ...input.params,
    firstName: client ? firstName(client.name) : 'Alex',
    coachName: trainer ? firstName(trainer.name) : 'Your coach',
  });
}

type Trigger = { key: string; values: Record<string, string | number> } | null;

async function evaluate(deps: AutomationDeps, automation: Effective, client: ClientRow, now: Date): Promise<Trigger> {
  const since = automation.enabledAt ?? now;
  switch (automation.kind) {
    case 'welcome': {
      const joined = await acceptedAt(deps.db, client.id);
      if (!joined || joined < since || now.getTime() - joined.getTime() > WELCOME_WINDOW_MS) return null;
      return { key: 'welcome', values: {} };
    }
    case 'missed_workouts': {
      const today = localDate(now, client.timeZone);
      const enabledDay = localDate(since, client.timeZone);
      const lookback = addDays(today, -MISSED_LOOKBACK_DAYS);
      const from = enabledDay > lookback ? enabledDay : lookback;
      const [rows, lastDone] = await Promise.all([
        listScheduledRows(deps.db, client.id, from, addDays(today, -1)),
        lastCompletedDate(deps.db, client.id),
      ]);
      const missed = rows
        .filter((row) => row.scheduled.status === 'scheduled' && (!lastDone || row.scheduled.date > lastDone))
        .map((row) => ({ id: row.scheduled.id, date: row.scheduled.date, name: resolveWorkout(row)?.name ?? 'Workout' }));
      return missedWorkoutsTrigger(missed, automation.params.missed ?? 2);
    }
    case 'inactivity': {
      const last = client.lastActiveAt ?? client.createdAt;
      // Quiet since before it was turned on counts from when it was turned on.
      return inactivityTrigger(last > since ? last : since, now, automation.params.days ?? 7);
    }
    case 'personal_record': {
      // Once per workout that set records, after it is finished (not in the middle of it).
      const found = await latestRecordWorkout(deps, client, since, now);
      return found
        ? {
            key: `session:${found.sessionId}`,
            values: { exerciseName: found.exerciseName, record: found.record, workoutName: found.workoutName },
          }
        : null;
    }
  }
}

/**
 * Job: every enabled automation, for every active client, at most once per trigger. Nothing is
 * sent in a client's night (21:00–08:00 their time): the trigger is still there on the morning run.
 */
export async function runAutomations(deps: AutomationDeps): Promise<{ sent: number }> {
  const enabled = effective(await listAutomationRows(deps.db)).filter((automation) => automation.enabled);
  if (enabled.length === 0) return { sent: 0 };
  const now = deps.clock.now();
  const trainer = await findTrainer(deps.db);
  const coachName = trainer ? firstName(trainer.name) : 'Your coach';
  let sent = 0;
  for (const client of await findAutomationAudience(deps.db)) {
    if (inLocalWindow(now, client.timeZone, NIGHT.start, NIGHT.end)) continue;
    for (const automation of enabled) {
      const trigger = await evaluate(deps, automation, client, now);
      if (!trigger) continue;
      const runId = await claimRun(deps.db, { kind: automation.kind, clientId: client.id, triggerKey: trigger.key, at: now });
      if (!runId) continue;
      try {
        const { text } = renderTemplate(automation.kind, automation.template, {
          ...trigger.values,
          firstName: firstName(client.name),
          coachName,
        });
        const message = await sendAutomatedMessage(deps, client, text);
        await completeRun(deps.db, runId, message?.id ?? null);
        if (message) sent += 1;
      } catch (error) {
        // Not sent: free the trigger so the next run tries again.
        await releaseRun(deps.db, runId);
        throw error;
      }
    }
  }
  return { sent };
}
