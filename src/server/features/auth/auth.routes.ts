import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import {
  ChangePasswordSchema,
  ForgotPasswordSchema,
  ResetPasswordSchema,
  SetupSchema,
  SetupStatusSchema,
  SignInSchema,
  ViewerSchema,
} from '../../../shared/auth';
import { ErrorResponseSchema, OkSchema } from '../../../shared/common';
import type { AppEnv } from '../../app-env';
import { requireActor, resolveActor } from '../../lib/access';
import { AppError } from '../../lib/errors';
import { body, createRouter, json } from '../../lib/validate';
import { forwardCookies } from './auth-errors';
import {
  actorToViewer,
  changePassword,
  describeViewer,
  requestPasswordReset,
  resetPassword,
  setupStatus,
  setupTrainer,
  signIn,
  signOut,
  type AuthDeps,
} from './auth.service';

const err = (description: string) => json(ErrorResponseSchema, description);
const tags = ['Auth'];

const routes = {
  setupStatus: createRoute({
    method: 'get',
    path: '/setup',
    tags,
    summary: 'Whether first-run setup is still needed',
    responses: { 200: json(SetupStatusSchema, 'Setup status') },
  }),
  setup: createRoute({
    method: 'post',
    path: '/setup',
    tags,
    summary: 'Create the one trainer account and sign in (only while none exists)',
    request: body(SetupSchema),
    responses: { 201: json(ViewerSchema, 'Signed in as the trainer'), 400: err('Invalid input'), 409: err('Already set up') },
  }),
  session: createRoute({
    method: 'get',
    path: '/auth/session',
    tags,
    summary: 'Who is signed in (user is null when nobody)',
    responses: { 200: json(ViewerSchema, 'The viewer') },
  }),
  signIn: createRoute({
    method: 'post',
    path: '/auth/sign-in',
    tags,
    summary: 'Sign in with email and password (10 failures per email and IP in 15 minutes)',
    request: body(SignInSchema),
    responses: { 200: json(ViewerSchema, 'Signed in'), 401: err('Wrong email or password'), 429: err('Too many failures') },
  }),
  signOut: createRoute({
    method: 'post',
    path: '/auth/sign-out',
    tags,
    summary: 'Sign out of this device',
    responses: { 200: json(OkSchema, 'Signed out') },
  }),
  forgot: createRoute({
    method: 'post',
    path: '/auth/password/forgot',
    tags,
    summary: 'Email a password reset link (answers the same whether or not the account exists)',
    request: body(ForgotPasswordSchema),
    responses: { 202: json(OkSchema, 'Accepted') },
  }),
  reset: createRoute({
    method: 'post',
    path: '/auth/password/reset',
    tags,
    summary: 'Set a new password with the emailed token (signs out every device)',
    request: body(ResetPasswordSchema),
    responses: { 200: json(OkSchema, 'Password changed'), 400: err('Invalid or expired token') },
  }),
  change: createRoute({
    method: 'post',
    path: '/auth/password/change',
    tags,
    summary: 'Change your password (signs out your other devices)',
    request: body(ChangePasswordSchema),
    responses: { 200: json(OkSchema, 'Password changed'), 400: err('Wrong current password'), 401: err('Not signed in') },
  }),
};

export function authRoutes(deps: AuthDeps & { clientIp: (c: Context<AppEnv>) => string }) {
  const viewerAfter = async (headers: Headers) => {
    // The response carries the new cookie; read it back to describe who is now signed in.
    const cookie = headers
      .getSetCookie()
      .map((value) => value.split(';')[0])
      .join('; ');
    return actorToViewer(await resolveActor(deps, new Headers({ cookie })));
  };
  return createRouter()
    .openapi(routes.setupStatus, async (c) => c.json(await setupStatus(deps), 200))
    .openapi(routes.setup, async (c) => {
      const { headers, viewer } = await setupTrainer(deps, c.req.valid('json'), c.req.raw.headers);
      forwardCookies(c, headers);
      return c.json(await describeViewer(deps, viewer), 201);
    })
    .openapi(routes.session, async (c) => c.json(await describeViewer(deps, actorToViewer(c.get('actor'))), 200))
    .openapi(routes.signIn, async (c) => {
      const { headers } = await signIn(deps, c.req.valid('json'), { ip: deps.clientIp(c), headers: c.req.raw.headers });
      forwardCookies(c, headers);
      const user = await viewerAfter(headers);
      if (!user) throw new AppError('UNAUTHENTICATED', "That email and password don't match.");
      return c.json(await describeViewer(deps, user), 200);
    })
    .openapi(routes.signOut, async (c) => {
      if (c.get('actor')) forwardCookies(c, await signOut(deps, c.req.raw.headers));
      return c.json({ ok: true as const }, 200);
    })
    .openapi(routes.forgot, async (c) => {
      await requestPasswordReset(deps, c.req.valid('json'), c.req.raw.headers);
      return c.json({ ok: true as const }, 202);
    })
    .openapi(routes.reset, async (c) => {
      await resetPassword(deps, c.req.valid('json'));
      return c.json({ ok: true as const }, 200);
    })
    .openapi(routes.change, async (c) => {
      const actor = requireActor(c);
      forwardCookies(c, await changePassword(deps, actor, c.req.valid('json'), c.req.raw.headers));
      return c.json({ ok: true as const }, 200);
    });
}
