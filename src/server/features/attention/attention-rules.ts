import type { AttentionItem } from '../../../shared/attention';
import type { NutritionFacts } from '../nutrition/nutrition.attention';
import { isFarOff } from '../nutrition/nutrition-rules';
import { aiEscalation } from '../ai/ai.attention';
import { formCheckWaiting } from '../form-checks/form-checks.attention';
import { addDays } from '../programs/schedule-rules';

/**
 * The needs-attention registry: each rule is a pure function of loaded data and the time, so it is
 * tested without a database. Later features (check-ins, logging, nutrition, AI) add rules here.
 */
export type AttentionClient = {
  id: string;
  name: string;
  status: 'active' | 'paused';
  pauseUntil: string | null;
  pausedAt?: Date | null;
  health: Record<string, boolean> | null;
  onboardedAt: Date | null;
  timeZone: string;
  lastActiveAt?: Date | null;
};
/** The latest message of each side that a person wrote (automations and broadcasts left out). */
export type LastMessages = { client?: { id: string; at: Date }; trainer?: { id: string; at: Date } };
/** A submitted check-in nobody has reviewed yet. */
export type WaitingCheckin = { id: string; clientId: string; formName: string; submittedAt: Date };
/** A client's current check-in occurrence that is past its grace period and not sent. */
export type OverdueCheckin = { clientId: string; scheduleId: string; formName: string; dueDate: string; overdueAt: Date };
/** Scheduled workouts around today in the client's calendar (paused days left out). */
export type WorkoutCounts = {
  weekStart: string;
  /** Scheduled this week before today and neither done nor skipped. */
  missedThisWeek: number;
  /** The last 7 days, and the 30 days before them: scheduled (due) and done. */
  planned7: number;
  done7: number;
  plannedBefore: number;
  doneBefore: number;
};
export type AttentionData = {
  clients: AttentionClient[];
  lastMessages: Map<string, LastMessages>;
  today: (timeZone: string) => string;
  waitingCheckins?: WaitingCheckin[];
  overdueCheckins?: OverdueCheckin[];
  workouts?: Map<string, WorkoutCounts>;
  /** Clients with nutrition targets: last day logged, last complete week (nutrition.attention.ts). */
  nutrition?: Map<string, NutritionFacts>;
  /** The trainer's "no food logged for N days" setting. */
  nutritionQuietDays?: number;
  /** Client messages to the AI assistant its escalation screen flagged (the last 14 days). */
  aiEscalations?: AiEscalationItem[];
  /** Form-check videos the trainer has not marked reviewed. */
  waitingFormChecks?: WaitingFormCheck[];
};
export type WaitingFormCheck = { id: string; clientId: string; label: string; createdAt: Date };
export type AiEscalationItem = { id: string; clientId: string; content: string; categories: string[]; createdAt: Date };
export type AttentionRule = { id: string; evaluate(data: AttentionData, now: Date): AttentionItem[] };

const HOUR = 3_600_000;
export const REPLY_WINDOW_MS = 24 * HOUR;

const hoursOrDays = (ms: number) => {
  const hours = Math.floor(ms / HOUR);
  return hours < 48 ? `${hours} hours` : `${Math.floor(hours / 24)} days`;
};
const first = (name: string) => name.trim().split(/\s+/)[0] ?? name;

export const unansweredClient: AttentionRule = {
  id: 'unanswered_message',
  evaluate(data, now) {
    return data.clients.flatMap((client) => {
      const last = data.lastMessages.get(client.id);
      if (!last?.client) return [];
      const answered = last.trainer && last.trainer.at >= last.client.at;
      const waited = now.getTime() - last.client.at.getTime();
      if (answered || waited < REPLY_WINDOW_MS) return [];
      return [
        {
          key: `unanswered_message:${client.id}:${last.client.id}`,
          rule: 'unanswered_message',
          clientId: client.id,
          clientName: client.name,
          priority: 'high' as const,
          reason: `${first(client.name)} has been waiting ${hoursOrDays(waited)} for your reply`,
          since: last.client.at.toISOString(),
          action: { label: 'Reply', link: `/clients/${client.id}/messages` },
        },
      ];
    });
  },
};

export const awaitingClient: AttentionRule = {
  id: 'no_reply_from_client',
  evaluate(data, now) {
    return data.clients.flatMap((client) => {
      const last = data.lastMessages.get(client.id);
      if (!last?.trainer || client.status !== 'active') return [];
      const replied = last.client && last.client.at >= last.trainer.at;
      const waited = now.getTime() - last.trainer.at.getTime();
      if (replied || waited < REPLY_WINDOW_MS) return [];
      return [
        {
          key: `no_reply_from_client:${client.id}:${last.trainer.id}`,
          rule: 'no_reply_from_client',
          clientId: client.id,
          clientName: client.name,
          priority: 'normal' as const,
          reason: `No reply to your message from ${hoursOrDays(waited)} ago`,
          since: last.trainer.at.toISOString(),
          action: { label: 'Follow up', link: `/clients/${client.id}/messages` },
        },
      ];
    });
  },
};

export const healthFlags: AttentionRule = {
  id: 'health_screen',
  evaluate(data) {
    return data.clients.flatMap((client) => {
      const yes = Object.values(client.health ?? {}).filter(Boolean).length;
      if (yes === 0 || !client.onboardedAt) return [];
      return [
        {
          key: `health_screen:${client.id}:${client.onboardedAt.toISOString()}`,
          rule: 'health_screen',
          clientId: client.id,
          clientName: client.name,
          priority: 'high' as const,
          reason: `Answered yes to ${yes} health ${yes === 1 ? 'question' : 'questions'}: review before training`,
          since: client.onboardedAt.toISOString(),
          action: { label: 'Review answers', link: `/clients/${client.id}` },
        },
      ];
    });
  },
};

export const pauseEnded: AttentionRule = {
  id: 'pause_ended',
  evaluate(data) {
    return data.clients.flatMap((client) => {
      if (client.status !== 'paused' || !client.pauseUntil || client.pauseUntil > data.today(client.timeZone)) return [];
      return [
        {
          key: `pause_ended:${client.id}:${client.pauseUntil}`,
          rule: 'pause_ended',
          clientId: client.id,
          clientName: client.name,
          priority: 'normal' as const,
          reason: `Pause ended on ${client.pauseUntil}: resume or extend it`,
          since: `${client.pauseUntil}T00:00:00.000Z`,
          action: { label: 'Open client', link: `/clients/${client.id}` },
        },
      ];
    });
  },
};

const byId = (data: AttentionData) => new Map(data.clients.map((client) => [client.id, client]));

export const checkinWaiting: AttentionRule = {
  id: 'checkin_waiting',
  evaluate(data, now) {
    const clients = byId(data);
    return (data.waitingCheckins ?? []).flatMap((checkin) => {
      const client = clients.get(checkin.clientId);
      if (!client) return [];
      const waited = now.getTime() - checkin.submittedAt.getTime();
      return [
        {
          key: `checkin_waiting:${client.id}:${checkin.id}`,
          rule: 'checkin_waiting',
          clientId: client.id,
          clientName: client.name,
          priority: waited >= REPLY_WINDOW_MS ? ('high' as const) : ('normal' as const),
          reason: `“${checkin.formName}” waiting for your review${waited >= HOUR ? ` for ${hoursOrDays(waited)}` : ''}`,
          since: checkin.submittedAt.toISOString(),
          action: { label: 'Review', link: `/checkins/review/${checkin.id}` },
        },
      ];
    });
  },
};

export const checkinOverdue: AttentionRule = {
  id: 'checkin_overdue',
  evaluate(data) {
    const clients = byId(data);
    return (data.overdueCheckins ?? []).flatMap((checkin) => {
      const client = clients.get(checkin.clientId);
      if (!client || client.status !== 'active') return [];
      return [
        {
          key: `checkin_overdue:${client.id}:${checkin.scheduleId}:${checkin.dueDate}`,
          rule: 'checkin_overdue',
          clientId: client.id,
          clientName: client.name,
          priority: 'normal' as const,
          reason: `“${checkin.formName}” due ${checkin.dueDate} is overdue`,
          since: checkin.overdueAt.toISOString(),
          action: { label: 'Nudge', link: `/clients/${client.id}/messages` },
        },
      ];
    });
  },
};

export const missedWorkouts: AttentionRule = {
  id: 'missed_workouts',
  evaluate(data) {
    return data.clients.flatMap((client) => {
      const counts = data.workouts?.get(client.id);
      if (client.status !== 'active' || !counts || counts.missedThisWeek < 2) return [];
      return [
        {
          key: `missed_workouts:${client.id}:${counts.weekStart}`,
          rule: 'missed_workouts',
          clientId: client.id,
          clientName: client.name,
          priority: 'normal' as const,
          reason: `Missed ${counts.missedThisWeek} scheduled workouts this week`,
          since: `${counts.weekStart}T00:00:00.000Z`,
          action: { label: 'Check in', link: `/clients/${client.id}/messages` },
        },
      ];
    });
  },
};

/** Percentages of done over planned, or null when nothing was planned. */
const rate = (done: number, planned: number) => (planned > 0 ? Math.round((100 * done) / planned) : null);

export const complianceDrop: AttentionRule = {
  id: 'compliance_drop',
  evaluate(data) {
    return data.clients.flatMap((client) => {
      const counts = data.workouts?.get(client.id);
      if (client.status !== 'active' || !counts) return [];
      const recent = rate(counts.done7, counts.planned7);
      // At least a few workouts before, so one missed session in a quiet month is not a "drop".
      const before = counts.plannedBefore >= 3 ? rate(counts.doneBefore, counts.plannedBefore) : null;
      if (recent === null || before === null || before - recent < 20) return [];
      return [
        {
          key: `compliance_drop:${client.id}:${counts.weekStart}`,
          rule: 'compliance_drop',
          clientId: client.id,
          clientName: client.name,
          priority: 'normal' as const,
          reason: `Workout compliance ${recent}% this week, down from ${before}% the 30 days before`,
          since: `${counts.weekStart}T00:00:00.000Z`,
          action: { label: 'Open training', link: `/clients/${client.id}/training` },
        },
      ];
    });
  },
};

export const INACTIVE_DAYS = 7;

export const inactive: AttentionRule = {
  id: 'inactive',
  evaluate(data, now) {
    return data.clients.flatMap((client) => {
      const last = client.lastActiveAt ?? client.onboardedAt;
      if (client.status !== 'active' || !last) return [];
      const quiet = now.getTime() - last.getTime();
      if (quiet < INACTIVE_DAYS * 24 * HOUR) return [];
      return [
        {
          key: `inactive:${client.id}:${last.toISOString().slice(0, 10)}`,
          rule: 'inactive',
          clientId: client.id,
          clientName: client.name,
          priority: 'normal' as const,
          reason: `No activity for ${Math.floor(quiet / (24 * HOUR))} days`,
          since: last.toISOString(),
          action: { label: 'Reach out', link: `/clients/${client.id}/messages` },
        },
      ];
    });
  },
};

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** A client with targets who has logged no food for the trainer's N days (counted from the targets if never). */
export const nutritionQuiet: AttentionRule = {
  id: 'nutrition_quiet',
  evaluate(data) {
    const quietDays = data.nutritionQuietDays ?? 3;
    return data.clients.flatMap((client) => {
      const facts = data.nutrition?.get(client.id);
      if (client.status !== 'active' || !facts) return [];
      const since = facts.lastLogged ?? facts.targetsSetOn;
      const days = daysBetween(since, facts.today);
      if (days < quietDays) return [];
      return [
        {
          key: `nutrition_quiet:${client.id}:${since}`,
          rule: 'nutrition_quiet',
          clientId: client.id,
          clientName: client.name,
          priority: 'normal' as const,
          reason: facts.lastLogged ? `No food logged for ${days} days` : `No food logged since targets were set ${days} days ago`,
          since: `${addDays(since, 1)}T00:00:00.000Z`,
          action: { label: 'Open nutrition', link: `/clients/${client.id}/nutrition` },
        },
      ];
    });
  },
};

const kcal = (value: number) => `${Math.round(value).toLocaleString('en')} kcal`;

/** Last complete week's average far from target (±20 %), judged on at least 3 logged days. */
export const nutritionOffTarget: AttentionRule = {
  id: 'nutrition_off_target',
  evaluate(data) {
    return data.clients.flatMap((client) => {
      const week = data.nutrition?.get(client.id)?.lastWeek;
      if (client.status !== 'active' || !week || !isFarOff(week)) return [];
      const average = week.average!.kcal;
      const target = week.target!.kcal;
      const off = Math.round((100 * (average - target)) / target);
      return [
        {
          key: `nutrition_off_target:${client.id}:${week.weekStart}`,
          rule: 'nutrition_off_target',
          clientId: client.id,
          clientName: client.name,
          priority: 'normal' as const,
          reason: `Last week averaged ${kcal(average)} a day against ${kcal(target)} (${off > 0 ? '+' : ''}${off}%, ${week.daysLogged} days logged)`,
          since: `${addDays(week.weekStart, 7)}T00:00:00.000Z`,
          action: { label: 'Open nutrition', link: `/clients/${client.id}/nutrition` },
        },
      ];
    });
  },
};

export const attentionRules: AttentionRule[] = [
  unansweredClient,
  awaitingClient,
  healthFlags,
  pauseEnded,
  checkinWaiting,
  checkinOverdue,
  missedWorkouts,
  complianceDrop,
  inactive,
  nutritionQuiet,
  nutritionOffTarget,
  aiEscalation,
  formCheckWaiting,
];

/** High priority first, then whoever has waited longest. */
export function evaluateAttention(rules: AttentionRule[], data: AttentionData, now: Date): AttentionItem[] {
  return rules
    .flatMap((rule) => rule.evaluate(data, now))
    .sort((a, b) => (a.priority === b.priority ? a.since.localeCompare(b.since) : a.priority === 'high' ? -1 : 1));
}
