import { createRoute, z } from '@hono/zod-openapi';
import { ErrorResponseSchema } from '../../../shared/common';
import type { Db } from '../../db/client';
import { AppError } from '../../lib/errors';
import { createRouter, json } from '../../lib/validate';
import { pingDatabase } from './health.repo';

const HealthSchema = z.object({ status: z.literal('ok') }).meta({ id: 'Health' });

const health = createRoute({
  method: 'get',
  path: '/',
  tags: ['System'],
  summary: 'Liveness: answers ok when the database answers',
  responses: { 200: json(HealthSchema, 'Healthy'), 502: json(ErrorResponseSchema, 'Database unreachable') },
});

export function healthRoutes(deps: { db: Db }) {
  return createRouter().openapi(health, async (c) => {
    try {
      await pingDatabase(deps.db);
    } catch {
      throw new AppError('UPSTREAM_FAILED', 'The database is not answering.');
    }
    return c.json({ status: 'ok' as const }, 200);
  });
}
