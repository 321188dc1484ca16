import { createRoute } from '@hono/zod-openapi';
import { ViewerSchema } from '../../../shared/auth';
import { ErrorResponseSchema } from '../../../shared/common';
import { AcceptInvitationSchema, InvitationTokenParamSchema, InvitationViewSchema } from '../../../shared/clients';
import { body, createRouter, json } from '../../lib/validate';
import { forwardCookies } from '../auth/auth-errors';
import { describeViewer } from '../auth/auth.service';
import { acceptInvitation, viewInvitation, type InvitationDeps } from './invitations.service';

const tags = ['Invitations'];
const params = { params: InvitationTokenParamSchema };

const routes = {
  view: createRoute({
    method: 'get',
    path: '/{token}',
    tags,
    summary: 'What an invitation link is for, and whether it can still be used',
    request: params,
    responses: { 200: json(InvitationViewSchema, 'The invitation'), 404: json(ErrorResponseSchema, 'Unknown link') },
  }),
  accept: createRoute({
    method: 'post',
    path: '/{token}/accept',
    tags,
    summary: 'Choose a password, join, and sign in as the client',
    request: { ...params, ...body(AcceptInvitationSchema) },
    responses: {
      201: json(ViewerSchema, 'Signed in as the client'),
      400: json(ErrorResponseSchema, 'Invalid password'),
      404: json(ErrorResponseSchema, 'Unknown link'),
      409: json(ErrorResponseSchema, 'Expired, revoked or already used'),
    },
  }),
};

export function invitationsRoutes(deps: InvitationDeps) {
  return createRouter()
    .openapi(routes.view, async (c) => c.json(await viewInvitation(deps, c.req.valid('param').token), 200))
    .openapi(routes.accept, async (c) => {
      const { token } = c.req.valid('param');
      const { headers, viewer } = await acceptInvitation(deps, token, c.req.valid('json').password, c.req.raw.headers);
      forwardCookies(c, headers);
      return c.json(await describeViewer(deps, viewer), 201);
    });
}
