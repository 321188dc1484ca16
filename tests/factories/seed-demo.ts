import { createApp, type AppDeps } from '../../src/server/app';
import { createTestClock, DAY_MS } from '../../src/server/lib/clock';
import { createInvitedClient, createJoinedClient, createTrainer } from './clients';
import { DEMO_CLIENTS, DEMO_TRAINER } from './demo';

/**
 * Builds the demo business through the real API, with the clock moved back so joins and last
 * activity spread over the past months. Used by `npm run seed:demo` and by its test.
 */
export async function seedDemo(deps: Omit<AppDeps, 'clock'>, now = Date.now()) {
  const clock = createTestClock(new Date(now - 120 * DAY_MS));
  const app = createApp({ ...deps, clock });
  const baseUrl = deps.env.appUrl;
  const trainer = await createTrainer(app, DEMO_TRAINER, baseUrl);
  for (const demo of DEMO_CLIENTS) {
    clock.set(new Date(now - demo.joinedDaysAgo * DAY_MS));
    const client = { name: demo.name, email: demo.email, tags: demo.tags, note: demo.note };
    let id: string;
    if (demo.state === 'invited' || demo.state === 'invitation-expired') {
      id = (await createInvitedClient(trainer.agent, client)).client.id;
    } else {
      const joined = await createJoinedClient(app, trainer.agent, {
        client,
        onboarding: demo.state === 'joined-not-onboarded' ? false : demo.onboarding,
        baseUrl,
      });
      id = joined.client.id;
      if (demo.lastActiveDaysAgo !== undefined) {
        clock.set(new Date(now - demo.lastActiveDaysAgo * DAY_MS));
        await joined.agent.get('/api/me/client');
      }
    }
    clock.set(new Date(now));
    if (demo.state === 'paused') await trainer.agent.post(`/api/clients/${id}/pause`, demo.pause);
    if (demo.state === 'archived') await trainer.agent.post(`/api/clients/${id}/archive`);
  }
  return { trainer: DEMO_TRAINER, clients: DEMO_CLIENTS.length };
}
