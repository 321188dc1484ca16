import type { AttentionRule } from '../attention/attention-rules';

const HOUR = 3_600_000;

/**
 * A form-check video the trainer has not marked reviewed: normal priority, high after a day
 * (a client filming their squat is waiting for an answer).
 */
export const formCheckWaiting: AttentionRule = {
  id: 'form_check_waiting',
  evaluate(data, now) {
    const clients = new Map(data.clients.map((client) => [client.id, client]));
    return (data.waitingFormChecks ?? []).flatMap((formCheck) => {
      const client = clients.get(formCheck.clientId);
      if (!client) return [];
      const waited = now.getTime() - formCheck.createdAt.getTime();
      const hours = Math.floor(waited / HOUR);
      const age = hours < 1 ? '' : hours < 48 ? ` for ${hours} hours` : ` for ${Math.floor(hours / 24)} days`;
      return [
        {
          key: `form_check_waiting:${client.id}:${formCheck.id}`,
          rule: 'form_check_waiting',
          clientId: client.id,
          clientName: client.name,
          priority: waited >= 24 * HOUR ? ('high' as const) : ('normal' as const),
          reason: `Form-check video (${formCheck.label}) waiting for your review${age}`,
          since: formCheck.createdAt.toISOString(),
          action: { label: 'Watch', link: `/form-checks/${formCheck.id}` },
        },
      ];
    });
  },
};
