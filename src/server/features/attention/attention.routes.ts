import { createRoute } from '@hono/zod-openapi';
import { AttentionListSchema, DismissAttentionSchema } from '../../../shared/attention';
import { requireTrainer } from '../../lib/access';
import { body, createRouter, errorResponses, json } from '../../lib/validate';
import { dismissAttention, listAttention, type AttentionDeps } from './attention.service';

const tags = ['Needs attention'];
const errors = errorResponses(400, 401, 403);

/** Under /api/attention: the trainer's "who needs me today" list. */
export function attentionRoutes(deps: AttentionDeps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/',
        tags,
        summary: 'Clients who need the trainer now, with the reason and an action, most urgent first',
        responses: { 200: json(AttentionListSchema, 'Needs attention'), ...errors },
      }),
      async (c) => {
        requireTrainer(c);
        return c.json(await listAttention(deps), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/dismiss',
        tags,
        summary: 'Dismiss an item (until it happens again) or snooze it for some hours',
        request: body(DismissAttentionSchema),
        responses: { 200: json(AttentionListSchema, 'What is left'), ...errors },
      }),
      async (c) => c.json(await dismissAttention(deps, requireTrainer(c), c.req.valid('json')), 200),
    );
}
