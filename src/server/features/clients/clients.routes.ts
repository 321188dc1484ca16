import { createRoute } from '@hono/zod-openapi';
import { IdParamSchema } from '../../../shared/common';
import {
  ClientPageSchema,
  ClientSchema,
  CreateClientResultSchema,
  CreateClientSchema,
  InvitationLinkSchema,
  ListClientsQuerySchema,
  PauseClientSchema,
  TagListSchema,
  UpdateClientSchema,
} from '../../../shared/clients';
import { requireActor, requireTrainer } from '../../lib/access';
import { body, createRouter, errorResponses, json } from '../../lib/validate';
import {
  archiveClient,
  createClient,
  getClient,
  listClientTags,
  listClients,
  pauseClient,
  restoreClient,
  resendInvitation,
  resumeClient,
  revokeInvitation,
  updateClient,
  type ClientsDeps,
} from './clients.service';

const tags = ['Clients'];
const errors = errorResponses(400, 401, 403, 404, 409);
const params = { params: IdParamSchema };
const clientResponse = { 200: json(ClientSchema, 'The client'), ...errors };

const action = (path: string, summary: string) =>
  createRoute({ method: 'post', path: `/{id}/${path}`, tags, summary, request: params, responses: clientResponse });

const routes = {
  list: createRoute({
    method: 'get',
    path: '/',
    tags,
    summary: 'List clients: search, filter by status and tag, sort (trainer)',
    request: { query: ListClientsQuerySchema },
    responses: { 200: json(ClientPageSchema, 'A page of clients'), ...errors },
  }),
  tags: createRoute({
    method: 'get',
    path: '/tags',
    tags,
    summary: 'Every tag in use (trainer)',
    responses: { 200: json(TagListSchema, 'Tags'), ...errors },
  }),
  create: createRoute({
    method: 'post',
    path: '/',
    tags,
    summary: 'Add a client and invite them (link shown, emailed, valid 14 days)',
    request: body(CreateClientSchema),
    responses: { 201: json(CreateClientResultSchema, 'The client and their invitation link'), ...errors },
  }),
  get: createRoute({
    method: 'get',
    path: '/{id}',
    tags,
    summary: 'One client (the trainer, or the client themself)',
    request: params,
    responses: clientResponse,
  }),
  update: createRoute({
    method: 'patch',
    path: '/{id}',
    tags,
    summary: 'Edit name, email, tags or note (trainer)',
    request: { ...params, ...body(UpdateClientSchema) },
    responses: clientResponse,
  }),
  pause: createRoute({
    method: 'post',
    path: '/{id}/pause',
    tags,
    summary: 'Pause an active client (vacation, injury…), optionally until a date (trainer)',
    request: { ...params, ...body(PauseClientSchema) },
    responses: clientResponse,
  }),
  resume: action('resume', 'Resume a paused client (trainer)'),
  archive: action('archive', 'Archive a client: keeps every record, ends their sessions and invitations (trainer)'),
  restore: action('restore', 'Restore an archived client (trainer)'),
  resend: createRoute({
    method: 'post',
    path: '/{id}/invitation',
    tags,
    summary: 'Send a new invitation link (the previous one stops working) (trainer)',
    request: params,
    responses: { 200: json(InvitationLinkSchema, 'The new link'), ...errors },
  }),
  revoke: createRoute({
    method: 'delete',
    path: '/{id}/invitation',
    tags,
    summary: 'Revoke the open invitation (trainer)',
    request: params,
    responses: clientResponse,
  }),
};

export function clientsRoutes(deps: ClientsDeps) {
  return createRouter()
    .openapi(routes.list, async (c) => {
      requireTrainer(c);
      return c.json(await listClients(deps, c.req.valid('query')), 200);
    })
    .openapi(routes.tags, async (c) => {
      requireTrainer(c);
      return c.json({ tags: await listClientTags(deps) }, 200);
    })
    .openapi(routes.create, async (c) => {
      const actor = requireTrainer(c);
      return c.json(await createClient(deps, actor, c.req.valid('json')), 201);
    })
    .openapi(routes.get, async (c) => c.json(await getClient(deps, requireActor(c), c.req.valid('param').id), 200))
    .openapi(routes.update, async (c) => {
      const actor = requireTrainer(c);
      return c.json(await updateClient(deps, actor, c.req.valid('param').id, c.req.valid('json')), 200);
    })
    .openapi(routes.pause, async (c) => {
      const actor = requireTrainer(c);
      return c.json(await pauseClient(deps, actor, c.req.valid('param').id, c.req.valid('json')), 200);
    })
    .openapi(routes.resume, async (c) => c.json(await resumeClient(deps, requireTrainer(c), c.req.valid('param').id), 200))
    .openapi(routes.archive, async (c) => c.json(await archiveClient(deps, requireTrainer(c), c.req.valid('param').id), 200))
    .openapi(routes.restore, async (c) => c.json(await restoreClient(deps, requireTrainer(c), c.req.valid('param').id), 200))
    .openapi(routes.resend, async (c) => c.json(await resendInvitation(deps, requireTrainer(c), c.req.valid('param').id), 200))
    .openapi(routes.revoke, async (c) => c.json(await revokeInvitation(deps, requireTrainer(c), c.req.valid('param').id), 200));
}
