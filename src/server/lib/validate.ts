import { OpenAPIHono } from '@hono/zod-openapi';
import { ErrorResponseSchema } from '../../shared/common';
import type { Context } from 'hono';
import type { AppEnv } from '../app-env';
import { AppError, fieldIssues } from './errors';

/**
 * Every feature router comes from here so that a failed validation, whatever the route,
 * answers our envelope (400 VALIDATION_FAILED naming each bad field) instead of the library's.
 */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const prefix = result.target === 'json' ? undefined : result.target;
        throw AppError.validation(fieldIssues(result.error, prefix));
      }
    },
  });
}

/** Reads a JSON body that no schema describes yet (never used for input a route relies on). */
export async function readJson(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw AppError.field('(body)', 'The request body is not valid JSON.');
  }
}

/** OpenAPI response/body helpers so route definitions stay short. */
export const json = <T>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
export const body = <T>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });

const ERROR_DESCRIPTIONS = {
  400: 'Invalid input: every bad field is named',
  401: 'Not signed in',
  403: 'Not allowed for this role',
  404: 'Not found, or not yours',
  409: 'Not possible in the current state',
  429: 'Too many requests: try again in a few minutes',
  502: 'An outside service (e.g. Stripe) did not answer; nothing was changed',
  503: 'The feature is not configured here',
} as const;
type DocumentedError = keyof typeof ERROR_DESCRIPTIONS;

/** The error responses a route can give, documented once with the shared envelope. */
export function errorResponses<S extends DocumentedError>(...statuses: S[]) {
  return Object.fromEntries(statuses.map((status) => [status, json(ErrorResponseSchema, ERROR_DESCRIPTIONS[status])])) as Record<
    S,
    ReturnType<typeof json<typeof ErrorResponseSchema>>
  >;
}
