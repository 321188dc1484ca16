import type { AttentionRule } from '../attention/attention-rules';

const CATEGORY_WORDS: Record<string, string> = {
  emergency: 'possible emergency symptoms',
  injury: 'pain or injury',
  pregnancy: 'pregnancy',
  eating: 'disordered eating',
  self_harm: 'self-harm or crisis',
  medical: 'a medical condition',
};

/** A red flag the client told the AI assistant: high priority, quoting them, one item per message. */
export const aiEscalation: AttentionRule = {
  id: 'ai_escalation',
  evaluate(data) {
    const clients = new Map(data.clients.map((client) => [client.id, client]));
    return (data.aiEscalations ?? []).flatMap((item) => {
      const client = clients.get(item.clientId);
      if (!client) return [];
      const quote = item.content.length > 160 ? `${item.content.slice(0, 159)}…` : item.content;
      return [
        {
          key: `ai_escalation:${client.id}:${item.id}`,
          rule: 'ai_escalation',
          clientId: client.id,
          clientName: client.name,
          priority: 'high' as const,
          reason: `Told the AI assistant (${item.categories.map((category) => CATEGORY_WORDS[category] ?? category).join(', ')}): “${quote}”`,
          since: item.createdAt.toISOString(),
          action: { label: 'Read and reply', link: `/clients/${client.id}/assistant` },
        },
      ];
    });
  },
};
