import { createRoute } from '@hono/zod-openapi';
import { SettingsSchema, UpdateSettingsSchema } from '../../../shared/settings';
import { requireTrainer } from '../../lib/access';
import { body, createRouter, errorResponses, json } from '../../lib/validate';
import { getSettings, updateSettings, type SettingsDeps } from './settings.service';

const tags = ['Settings'];
const errors = errorResponses(400, 401, 403);

const routes = {
  get: createRoute({
    method: 'get',
    path: '/',
    tags,
    summary: 'Business settings (trainer)',
    responses: { 200: json(SettingsSchema, 'Settings'), ...errors },
  }),
  update: createRoute({
    method: 'put',
    path: '/',
    tags,
    summary: 'Change business settings: name, time zone, week start, units (trainer)',
    request: body(UpdateSettingsSchema),
    responses: { 200: json(SettingsSchema, 'Settings'), ...errors },
  }),
};

export function settingsRoutes(deps: SettingsDeps) {
  return createRouter()
    .openapi(routes.get, async (c) => {
      requireTrainer(c);
      return c.json(await getSettings(deps.db), 200);
    })
    .openapi(routes.update, async (c) => c.json(await updateSettings(deps, requireTrainer(c), c.req.valid('json')), 200));
}
