import type { CreateClientInput, OnboardingInput } from '../../src/shared/clients';
import { Agent } from '../setup/agent';

/** Anything that answers requests like the app (the in-process Hono app). */
type App = ConstructorParameters<typeof Agent>[0];

let sequence = 0;
const next = () => ++sequence;

export const TRAINER_PASSWORD = 'lift-heavy-things-42';
export const CLIENT_PASSWORD = 'squat-day-every-day';

export function buildTrainer(overrides: Partial<{ name: string; email: string; password: string }> = {}) {
  return { name: 'Sam Rivera', email: `coach${next()}@example.com`, password: TRAINER_PASSWORD, ...overrides };
}

export function buildClient(overrides: Partial<CreateClientInput> = {}): CreateClientInput {
  const n = next();
  return { name: `Client ${n}`, email: `client${n}@example.com`, tags: [], note: '', ...overrides };
}

export function buildOnboarding(overrides: Partial<OnboardingInput> = {}): OnboardingInput {
  return {
    goals: ['build_muscle', 'get_stronger'],
    goalNote: 'Deadlift 140 kg by summer',
    experience: 'intermediate',
    injuries: 'Old left shoulder impingement: no overhead barbell work',
    equipment: ['full_gym'],
    daysPerWeek: 4,
    units: 'kg',
    timeZone: 'Europe/Madrid',
    dateOfBirth: '1990-04-12',
    heightCm: 172,
    health: {
      heartCondition: false,
      chestPain: false,
      dizziness: false,
      chronicCondition: false,
      medication: false,
      boneJoint: true,
      supervision: false,
    },
    healthNote: 'Shoulder is fine for most pressing',
    waiverAccepted: true,
    ...overrides,
  };
}

/** Runs first-run setup; returns the trainer's signed-in agent. */
export async function createTrainer(app: App, overrides: Parameters<typeof buildTrainer>[0] = {}, baseUrl?: string) {
  const input = buildTrainer(overrides);
  const agent = new Agent(app, {}, baseUrl);
  const res = await agent.post('/api/setup', input);
  if (res.status !== 201) throw new Error(`setup failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { agent, user: res.body.user, ...input };
}

export const tokenFromUrl = (url: string) => url.split('/invite/')[1]!;

/** The trainer adds a client; returns the client and their invitation token. */
export async function createInvitedClient(trainer: Agent, overrides: Partial<CreateClientInput> = {}) {
  const res = await trainer.post('/api/clients', buildClient(overrides));
  if (res.status !== 201) throw new Error(`create client failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { client: res.body.client, token: tokenFromUrl(res.body.invitation.url), url: res.body.invitation.url as string };
}

/** A client who accepted their invitation (and, unless told otherwise, finished onboarding). */
export async function createJoinedClient(
  app: App,
  trainer: Agent,
  options: { client?: Partial<CreateClientInput>; onboarding?: Partial<OnboardingInput> | false; baseUrl?: string } = {},
) {
  const invited = await createInvitedClient(trainer, options.client);
  const agent = new Agent(app, {}, options.baseUrl);
  const accepted = await agent.post(`/api/invitations/${invited.token}/accept`, { password: CLIENT_PASSWORD });
  if (accepted.status !== 201) throw new Error(`accept failed: ${accepted.status} ${JSON.stringify(accepted.body)}`);
  if (options.onboarding !== false) {
    const onboarded = await agent.put('/api/me/onboarding', buildOnboarding(options.onboarding || {}));
    if (onboarded.status !== 200) throw new Error(`onboarding failed: ${onboarded.status} ${JSON.stringify(onboarded.body)}`);
  }
  const me = await agent.get('/api/me/client');
  return { agent, client: me.body, email: me.body.email as string, password: CLIENT_PASSWORD };
}
