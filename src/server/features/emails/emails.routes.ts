import { createRoute } from '@hono/zod-openapi';
import { IdParamSchema } from '../../../shared/common';
import { EmailMessageSchema, EmailPageSchema, ListEmailsQuerySchema } from '../../../shared/emails';
import type { Db } from '../../db/client';
import type { Mailer } from './mailer';
import { requireTrainer } from '../../lib/access';
import { createRouter, errorResponses } from '../../lib/validate';
import { getOutboxEmail, listOutbox } from './emails.service';

const errors = errorResponses(401, 403, 404);

const list = createRoute({
  method: 'get',
  path: '/',
  tags: ['Emails'],
  summary: 'The outbox: every email the app has sent or stored (trainer)',
  request: { query: ListEmailsQuerySchema },
  responses: { 200: { description: 'A page of emails', content: { 'application/json': { schema: EmailPageSchema } } }, ...errors },
});

const get = createRoute({
  method: 'get',
  path: '/{id}',
  tags: ['Emails'],
  summary: 'One email with its body and link (trainer)',
  request: { params: IdParamSchema },
  responses: { 200: { description: 'The email', content: { 'application/json': { schema: EmailMessageSchema } } }, ...errors },
});

export function emailsRoutes(deps: { db: Db; mailer: Mailer }) {
  return createRouter()
    .openapi(list, async (c) => {
      requireTrainer(c);
      return c.json(await listOutbox(deps, c.req.valid('query')), 200);
    })
    .openapi(get, async (c) => {
      requireTrainer(c);
      return c.json(await getOutboxEmail(deps, c.req.valid('param').id), 200);
    });
}
