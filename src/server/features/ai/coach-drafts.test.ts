import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJoinedClient, createTrainer } from '../../../../tests/factories/clients';
import { startOpenAiStandIn, textOf } from '../../../../tests/stand-ins/openai';
import type { Agent } from '../../../../tests/setup/agent';
import { createTestApp, type TestApp } from '../../../../tests/setup/test-app';

/** Reply suggestions and needs-attention follow-ups, in the trainer's voice; drafts only, never sent. */
let openai: Awaited<ReturnType<typeof startOpenAiStandIn>>;
let t: TestApp;
let trainer: Agent;
let client: Agent;
let clientId = '';
beforeAll(async () => {
  openai = await startOpenAiStandIn();
  t = await createTestApp({ env: { OPENAI_BASE_URL: openai.url, OPENAI_API_KEY: openai.apiKey } });
  trainer = (await createTrainer(t.app, { name: 'Sam Rivera' })).agent;
  const joined = await createJoinedClient(t.app, trainer, { client: { name: 'Lena Fischer' } });
  [client, clientId] = [joined.agent, joined.client.id];
});
afterAll(async () => {
  await t.close();
  await openai.close();
});

describe('drafts in the trainer’s voice', () => {
  it('suggests three replies to the conversation, written the way the trainer described, and sends nothing', async () => {
    expect((await trainer.post(`/api/clients/${clientId}/ai/reply-suggestions`)).status).toBe(409);
    await client.post(`/api/clients/${clientId}/messages`, { body: 'Can I swap Friday’s run for a swim?' });
    const voice = await trainer.put('/api/settings', {
      aiVoice: 'Short, warm, British spelling, no emojis',
      aiVoiceExamples: ['Cracking week, Lena — proud of you.'],
    });
    expect(voice.status).toBe(200);
    openai.reset();
    openai.respond(() => ({
      content: JSON.stringify({ texts: ['Yes — a swim is a great swap.', 'Sure, keep it easy.', 'Go for it!', 'A fourth one'] }),
    }));
    const res = await trainer.post(`/api/clients/${clientId}/ai/reply-suggestions`);
    expect(res.body.suggestions).toEqual(['Yes — a swim is a great swap.', 'Sure, keep it easy.', 'Go for it!']);
    const request = openai.received[0]!;
    expect(textOf(request.messages[0]!.content)).toContain('Short, warm, British spelling');
    expect(textOf(request.messages[0]!.content)).toContain('Cracking week, Lena');
    expect(textOf(request.messages[1]!.content)).toContain('swap Friday’s run for a swim');
    const thread = (await trainer.get(`/api/clients/${clientId}/messages`)).body.items as { body: string }[];
    expect(thread).toHaveLength(1);
    expect((await client.post(`/api/clients/${clientId}/ai/reply-suggestions`)).status).toBe(403);
    const tooMany = await trainer.put('/api/settings', { aiVoiceExamples: ['a', 'b', 'c', 'd'] });
    expect(tooMany.body.error.details.fields[0].path).toBe('aiVoiceExamples');
  });

  it('drafts a follow-up for a needs-attention item, from the reason it was flagged', async () => {
    const items = (await trainer.get('/api/attention')).body.items as { key: string; clientId: string; reason: string }[];
    const item = items.find((candidate) => candidate.clientId === clientId)!;
    openai.reset();
    openai.respond(() => ({ content: JSON.stringify({ texts: ['Hi Lena, how are you getting on this week?'] }) }));
    const res = await trainer.post('/api/ai/follow-up', { key: item.key });
    expect(res.body).toEqual({ clientId, reason: item.reason, text: 'Hi Lena, how are you getting on this week?' });
    expect(textOf(openai.received[0]!.messages[1]!.content)).toContain(item.reason.slice(0, 20));
    expect((await trainer.post('/api/ai/follow-up', { key: 'inactive:00000000-0000-0000-0000-000000000000:x' })).status).toBe(404);
    openai.respond(() => ({ content: JSON.stringify({ texts: [] }) }));
    expect((await trainer.post('/api/ai/follow-up', { key: item.key })).status).toBe(502);
  });
});
