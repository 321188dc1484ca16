import sharp from 'sharp';
import { ownOrTrainer, type AuthzCtx, type AuthzRows } from '../../../../tests/setup/authz';

const tinyPng = async () =>
  new Blob([
    new Uint8Array(
      await sharp({ create: { width: 4, height: 4, channels: 3, background: '#3366ff' } })
        .png()
        .toBuffer(),
    ),
  ]);

/** A photo in client A's conversation, uploaded by the trainer. */
const uploadForA = async (ctx: AuthzCtx) => {
  const res = await ctx.trainer.upload('/api/uploads', { file: new File([await tinyPng()], 'a.png'), clientId: ctx.clientAId });
  if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
};

/** Files belong to one client's conversation: A and the trainer, never B (404 like a missing file). */
export const uploadsAuthz: AuthzRows = {
  'POST /api/uploads': {
    expect: ownOrTrainer(201),
    body: async (ctx) => {
      const form = new FormData();
      form.append('file', new File([await tinyPng()], 'photo.png'));
      form.append('clientId', ctx.clientAId);
      return form;
    },
  },
  'GET /api/uploads/:id': { expect: ownOrTrainer(), path: async (ctx) => `/api/uploads/${await uploadForA(ctx)}` },
  'GET /api/uploads/:id/thumbnail': { expect: ownOrTrainer(), path: async (ctx) => `/api/uploads/${await uploadForA(ctx)}/thumbnail` },
};
