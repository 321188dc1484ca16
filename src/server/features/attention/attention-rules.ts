import type { AttentionItem } from '../../../shared/attention';

/**
 * The needs-attention registry: each rule is a pure function of loaded data and the time, so it is
 * tested without a database. Later features (check-ins, logging, nutrition, AI) add rules here.
 */
export type AttentionClient = {
  id: string;
  name: string;
  status: 'active' | 'paused';
  pauseUntil: string | null;
  health: Record<string, boolean> | null;
  onboardedAt: Date | null;
  timeZone: string;
};
/** The latest message of each side that a person wrote (automations and broadcasts left out). */
export type LastMessages = { client?: { id: string; at: Date }; trainer?: { id: string; at: Date } };
export type AttentionData = { clients: AttentionClient[]; lastMessages: Map<string, LastMessages>; today: (timeZone: string) => string };
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

export const attentionRules: AttentionRule[] = [unansweredClient, awaitingClient, healthFlags, pauseEnded];

/** High priority first, then whoever has waited longest. */
export function evaluateAttention(rules: AttentionRule[], data: AttentionData, now: Date): AttentionItem[] {
  return rules
    .flatMap((rule) => rule.evaluate(data, now))
    .sort((a, b) => (a.priority === b.priority ? a.since.localeCompare(b.since) : a.priority === 'high' ? -1 : 1));
}
