import { createRoute, z } from '@hono/zod-openapi';
import { IdParamSchema } from '../../../shared/common';
import {
  AssignProgramSchema,
  AssignResultSchema,
  CreateProgramSchema,
  ListProgramsQuerySchema,
  ProgramPageSchema,
  ProgramSchema,
  ProgramSummarySchema,
  SaveProgramSchema,
} from '../../../shared/programs';
import { requireActor, requireTrainer } from '../../lib/access';
import { body, createRouter, errorResponses, json } from '../../lib/validate';
import {
  assignProgram,
  createProgram,
  duplicateProgram,
  getProgram,
  listTemplates,
  saveProgram,
  setArchived,
  type ProgramsDeps,
} from './programs.service';

const tags = ['Programs'];
const errors = errorResponses(400, 401, 403, 404, 409);
const params = { params: IdParamSchema };

const routes = {
  list: createRoute({
    method: 'get',
    path: '/',
    tags,
    summary: 'The template library: search, tag, archived (trainer)',
    request: { query: ListProgramsQuerySchema },
    responses: { 200: json(ProgramPageSchema, 'A page of templates'), ...errors },
  }),
  create: createRoute({
    method: 'post',
    path: '/',
    tags,
    summary: 'Start a new program template (trainer)',
    request: body(CreateProgramSchema),
    responses: { 201: json(ProgramSchema, 'The program'), ...errors },
  }),
  get: createRoute({
    method: 'get',
    path: '/{id}',
    tags,
    summary: 'A program with its whole content (trainer, or the client it belongs to)',
    request: params,
    responses: { 200: json(ProgramSchema, 'The program'), ...errors },
  }),
  save: createRoute({
    method: 'put',
    path: '/{id}',
    tags,
    summary: 'Save the whole program (autosave); 409 if it changed since `version` (trainer)',
    request: { ...params, ...body(SaveProgramSchema) },
    responses: { 200: json(ProgramSchema, 'Saved, with the new version'), ...errors },
  }),
  duplicate: createRoute({
    method: 'post',
    path: '/{id}/duplicate',
    tags,
    summary: 'Copy a program into a new template (trainer)',
    request: params,
    responses: { 201: json(ProgramSchema, 'The copy'), ...errors },
  }),
  archive: createRoute({
    method: 'post',
    path: '/{id}/archive',
    tags,
    summary: 'Archive a program (trainer)',
    request: params,
    responses: { 200: json(ProgramSummarySchema, 'Archived'), ...errors },
  }),
  restore: createRoute({
    method: 'post',
    path: '/{id}/restore',
    tags,
    summary: 'Restore an archived program (trainer)',
    request: params,
    responses: { 200: json(ProgramSummarySchema, 'Restored'), ...errors },
  }),
  assign: createRoute({
    method: 'post',
    path: '/{id}/assign',
    tags,
    summary: 'Give clients their own copy and schedule it from a start date on chosen weekdays (trainer)',
    request: { ...params, ...body(AssignProgramSchema) },
    responses: { 200: json(AssignResultSchema, 'What was assigned'), ...errors },
  }),
};

export function programsRoutes(deps: ProgramsDeps) {
  return createRouter()
    .openapi(routes.list, async (c) => {
      requireTrainer(c);
      return c.json(await listTemplates(deps, c.req.valid('query')), 200);
    })
    .openapi(routes.create, async (c) => c.json(await createProgram(deps, requireTrainer(c), c.req.valid('json')), 201))
    .openapi(routes.get, async (c) => c.json(await getProgram(deps, requireActor(c), c.req.valid('param').id), 200))
    .openapi(routes.save, async (c) =>
      c.json(await saveProgram(deps, requireTrainer(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(routes.duplicate, async (c) => c.json(await duplicateProgram(deps, requireTrainer(c), c.req.valid('param').id), 201))
    .openapi(routes.archive, async (c) => c.json(await setArchived(deps, requireTrainer(c), c.req.valid('param').id, true), 200))
    .openapi(routes.restore, async (c) => c.json(await setArchived(deps, requireTrainer(c), c.req.valid('param').id, false), 200))
    .openapi(routes.assign, async (c) =>
      c.json(await assignProgram(deps, requireTrainer(c), c.req.valid('param').id, c.req.valid('json')), 200),
    );
}

export const ClientProgramListSchema = z.object({ items: z.array(ProgramSummarySchema) }).meta({ id: 'ClientProgramList' });
