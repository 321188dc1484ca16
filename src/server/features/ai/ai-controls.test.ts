import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createJoinedClient, createTrainer } from '../../../../tests/factories/clients';
import { ask } from '../../../../tests/setup/ask-assistant';
import type { Agent } from '../../../../tests/setup/agent';
import { createTestApp, type TestApp } from '../../../../tests/setup/test-app';
import { startOpenAiStandIn, textOf } from '../../../../tests/stand-ins/openai';
import type { AssistantState } from '../../../shared/ai';
import { SUMMARY_EVERY, SUMMARY_KEEPS } from './conversation-summary';

/**
 * The controls around every AI call: a client's opt-out (nothing about them reaches the provider,
 * red flags still reach the coach), per-feature model and instructions, long conversations
 * summarised, and a confirmed proposal recorded (not offered again).
 */
describe('AI controls', () => {
  let openai: Awaited<ReturnType<typeof startOpenAiStandIn>>;
  let t: TestApp;
  let trainer: Agent;
  let ana: Agent;
  let anaId = '';
  beforeAll(async () => {
    openai = await startOpenAiStandIn();
    t = await createTestApp({ env: { OPENAI_BASE_URL: openai.url, OPENAI_API_KEY: openai.apiKey, AI_MODEL: 'default-model' } });
    t.clock.set(new Date('2026-03-31T09:00:00Z'));
    trainer = (await createTrainer(t.app, { name: 'Sam Rivera' })).agent;
    const a = await createJoinedClient(t.app, trainer, { client: { name: 'Ana Ruiz' }, onboarding: { timeZone: 'UTC' } });
    [ana, anaId] = [a.agent, a.client.id];
  });
  beforeEach(() => openai.reset());
  afterAll(async () => {
    await t.close();
    await openai.close();
  });

  it('a confirmed weight is logged once, on the client’s day, and marked done', async () => {
    openai.respond((request) =>
      request.messages.at(-1)!.role === 'tool'
        ? { content: 'Shall I log 81.6 kg?' }
        : { toolCalls: [{ name: 'log_body_weight', arguments: { value: 81.6, unit: 'kg' } }] },
    );
    const answer = (await ask(ana, 'I weighed 81.6 kg this morning')).done!.answer;
    const confirmed = await ana.post(`/api/me/assistant/messages/${answer.id}/confirm`, { index: 0 });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.actions[0]).toMatchObject({ type: 'log_weight', value: 81.6, doneAt: expect.any(String) });
    expect((await ana.post(`/api/me/assistant/messages/${answer.id}/confirm`, { index: 0 })).status).toBe(200);
    const weights = (await ana.get(`/api/clients/${anaId}/measurements?metric=weight`)).body.items as { value: number; date: string }[];
    expect(weights.map((w) => [w.value, w.date])).toEqual([[81.6, '2026-03-31']]);
    // After a reload the proposal comes back done.
    const state = (await ana.get<AssistantState>('/api/me/assistant')).body;
    expect(state.messages.find((m) => m.id === answer.id)!.actions[0]).toHaveProperty('doneAt');
    const bad = await ana.post(`/api/me/assistant/messages/${answer.id}/confirm`, { index: 3 });
    expect(bad.body.error.details.fields[0].path).toBe('index');
  });

  it('uses the model and extra instructions the trainer set for a feature', async () => {
    const saved = await trainer.put('/api/settings', {
      aiFeatures: { assistant: { model: 'assistant-model-2', instructions: 'Always answer in British English.' } },
    });
    expect(saved.status).toBe(200);
    await ask(ana, 'What should I eat before training?');
    expect(openai.received[0]!.model).toBe('assistant-model-2');
    expect(textOf(openai.received[0]!.messages[0]!.content)).toContain('Always answer in British English.');
    // Other features keep the default model.
    openai.respond(() => ({ content: JSON.stringify({ texts: ['Hi Ana!', 'Hello', 'Hey'] }) }));
    await ana.post(`/api/me/assistant/handoff`, { messageId: (await ana.get<AssistantState>('/api/me/assistant')).body.messages[0]!.id });
    await trainer.post(`/api/clients/${anaId}/ai/reply-suggestions`);
    expect(openai.received.at(-1)!.model).toBe('default-model');
    const wrong = await trainer.put('/api/settings', { aiFeatures: { nonsense: { model: 'x', instructions: '' } } });
    expect(wrong.status).toBe(400);
    const badModel = await trainer.put('/api/settings', { aiFeatures: { insight: { model: 'gpt 4; drop', instructions: '' } } });
    expect(badModel.body.error.details.fields[0].path).toBe('aiFeatures.insight.model');
    await trainer.put('/api/settings', { aiFeatures: {} });
  });

  it('summarises a long conversation and sends the summary instead of the old messages', async () => {
    const many = SUMMARY_KEEPS + SUMMARY_EVERY;
    openai.respond(() => ({ content: 'Noted.' }));
    for (let i = 0; i < many / 2; i++) {
      t.clock.set(new Date(Date.UTC(2026, 2, 31, 10, i)));
      await ask(ana, `Question number ${i} about my squat`);
    }
    openai.reset();
    openai.respond((request) =>
      request.response_format?.type === 'json_schema'
        ? { content: JSON.stringify({ summary: 'Ana asked many squat questions; prefers mornings.' }) }
        : { content: 'Here you go.' },
    );
    t.clock.set(new Date(Date.UTC(2026, 2, 31, 12, 0)));
    await ask(ana, 'And one more thing');
    const [summaryCall, answerCall] = openai.received;
    expect(summaryCall!.response_format?.json_schema?.name).toBe('summary');
    expect(textOf(answerCall!.messages[0]!.content)).toContain('Earlier in this conversation (a summary): Ana asked many squat questions');
    // The model gets the summary plus only the newest messages, not the whole history.
    expect(answerCall!.messages.length).toBeLessThanOrEqual(SUMMARY_KEEPS + 2);
    const state = (await trainer.get<AssistantState>(`/api/clients/${anaId}/assistant`)).body;
    expect(state.summary).toMatchObject({ text: 'Ana asked many squat questions; prefers mornings.' });
    const usage = (await trainer.get('/api/ai/usage')).body.rows as { feature: string }[];
    expect(usage.map((row) => row.feature)).toContain('summary');
  });

  it('a client who opts out sends nothing to the provider; red flags still reach the coach', async () => {
    expect((await ana.get('/api/me/ai-consent')).body).toMatchObject({ aiEnabled: true, optedOut: false });
    const out = await ana.put('/api/me/ai-consent', { optOut: true });
    expect(out.body).toMatchObject({ optedOut: true, optedOutAt: expect.any(String) });
    expect((await ana.get<AssistantState>('/api/me/assistant')).body).toMatchObject({ enabled: false, optedOut: true });
    expect((await trainer.get(`/api/clients/${anaId}`)).body.aiOptedOut).toBe(true);
    const refused = await ask(ana, 'What is my workout today?');
    expect(refused.status).toBe(409);
    expect((refused.error as { error: { message: string } }).error.message).toMatch(/turned the AI assistant off/);
    const flagged = await ask(ana, 'I have chest pain and my left arm is numb');
    expect(flagged.done!.answer.status).toBe('escalated');
    const draft = await trainer.post(`/api/clients/${anaId}/ai/reply-suggestions`);
    expect(draft.status).toBe(409);
    expect(draft.body.error.message).toMatch(/Ana Ruiz has asked that their data is not sent/);
    const program = await trainer.post(`/api/clients/${anaId}/ai/program-draft`, { weeks: 2, workoutsPerWeek: 2 });
    expect(program.status).toBe(409);
    expect((await trainer.get(`/api/clients/${anaId}/ai/insight`)).body.text).toBeNull();
    expect(openai.received).toHaveLength(0);
    await ana.put('/api/me/ai-consent', { optOut: false });
    expect((await ana.get<AssistantState>('/api/me/assistant')).body.enabled).toBe(true);
  });
});
