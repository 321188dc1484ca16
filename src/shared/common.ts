import { z } from 'zod';

/** Trimmed text with a length cap: names, titles. Rejects control characters but keeps emoji and RTL text. */
export const nameText = (max = 100) =>
  z
    .string()
    .trim()
    .min(1, 'Required')
    .max(max, `At most ${max} characters`)
    // eslint-disable-next-line no-control-regex -- control characters are exactly what this rejects
    .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), 'Contains invisible control characters');

/** Free text (notes, answers): newlines allowed, capped. */
export const longText = (max = 2000) => z.string().trim().max(max, `At most ${max} characters`);

export const EmailSchema = z.string().trim().toLowerCase().max(254, 'At most 254 characters').pipe(z.email('Enter a valid email address'));

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;
export const PasswordSchema = z
  .string()
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `At most ${PASSWORD_MAX} characters`);

export const IdParamSchema = z.object({ id: z.uuid('Not a valid id') });

export const ErrorResponseSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .meta({ id: 'Error' });

export const OkSchema = z.object({ ok: z.literal(true) }).meta({ id: 'Ok' });

/** Offset pagination for lists a person scrolls through. */
export const PageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), limit: z.number().int(), offset: z.number().int() });
