import { createRoute } from '@hono/zod-openapi';
import { ClientSchema, OnboardingSchema } from '../../../shared/clients';
import { requireClient } from '../../lib/access';
import { body, createRouter, errorResponses, json } from '../../lib/validate';
import { getClient, saveOnboarding, type ClientsDeps } from './clients.service';

const tags = ['Me'];
const errors = errorResponses(400, 401, 403);

const routes = {
  get: createRoute({
    method: 'get',
    path: '/client',
    tags,
    summary: "The signed-in client's own profile",
    responses: { 200: json(ClientSchema, 'Your profile'), ...errors },
  }),
  onboarding: createRoute({
    method: 'put',
    path: '/onboarding',
    tags,
    summary: 'Save the onboarding questionnaire (again later to update it)',
    request: body(OnboardingSchema),
    responses: { 200: json(ClientSchema, 'Your profile'), ...errors },
  }),
};

export function meRoutes(deps: ClientsDeps) {
  return createRouter()
    .openapi(routes.get, async (c) => {
      const actor = requireClient(c);
      return c.json(await getClient(deps, actor, actor.clientId), 200);
    })
    .openapi(routes.onboarding, async (c) => c.json(await saveOnboarding(deps, requireClient(c), c.req.valid('json')), 200));
}
