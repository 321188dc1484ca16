import { createRoute, z } from '@hono/zod-openapi';
import {
  AUTOMATION_KINDS,
  AutomationPreviewInputSchema,
  AutomationPreviewSchema,
  AutomationSchema,
  UpdateAutomationSchema,
} from '../../../shared/notifications';
import { requireTrainer } from '../../lib/access';
import { body, createRouter, errorResponses, json } from '../../lib/validate';
import { listAutomations, previewAutomation, updateAutomation, type AutomationDeps } from './automations.service';

const tags = ['Automations'];
const errors = errorResponses(400, 401, 403);
const KindParam = z.object({ kind: z.enum(AUTOMATION_KINDS, 'Not an automation') });
const AutomationListSchema = z.object({ items: z.array(AutomationSchema) }).meta({ id: 'AutomationList' });

/** Under /api/automations: the trainer's automated messages. */
export function automationsRoutes(deps: AutomationDeps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/',
        tags,
        summary: 'Every automated message, on or off, with its text and how often it was sent',
        responses: { 200: json(AutomationListSchema, 'Automations'), ...errors },
      }),
      async (c) => {
        requireTrainer(c);
        return c.json({ items: await listAutomations(deps) }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'put',
        path: '/{kind}',
        tags,
        summary: 'Turn an automation on or off, change its text and settings',
        request: { params: KindParam, ...body(UpdateAutomationSchema) },
        responses: { 200: json(AutomationSchema, 'Saved'), ...errors },
      }),
      async (c) => c.json(await updateAutomation(deps, requireTrainer(c), c.req.valid('param').kind, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/{kind}/preview',
        tags,
        summary: 'The text as a client would read it (a chosen client, or sample values)',
        request: { params: KindParam, ...body(AutomationPreviewInputSchema) },
        responses: { 200: json(AutomationPreviewSchema, 'Preview'), ...errors },
      }),
      async (c) => {
        requireTrainer(c);
        return c.json(await previewAutomation(deps, c.req.valid('param').kind, c.req.valid('json')), 200);
      },
    );
}
