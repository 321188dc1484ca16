import { z } from 'zod';

/**
 * The only place process.env is read. Parsed once at boot; an invalid value stops the
 * server with every bad variable named. Empty strings count as unset.
 */
const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: z.string().default('0.0.0.0'),
    DATA_DIR: z.string().default('./data'),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    NETLIFY_DB_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    APP_URL: z.url({ protocol: /^https?$/ }).optional(),
    /** Netlify sets URL to the site's main address. */
    URL: z.url().optional(),
    NETLIFY: z.enum(['true', 'false']).optional(),
    AUTH_SECRET: z.string().min(32, 'Use at least 32 random characters (e.g. `openssl rand -hex 32`)').optional(),
    SETUP_TOKEN: z.string().min(12, 'Use at least 12 characters').optional(),
    SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
    MAIL_FROM: z.string().default('OneCoach <no-reply@onecoach.local>'),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    /** S3-compatible storage for uploads (photos, files): all four of bucket and keys, or none. */
    S3_BUCKET: z.string().optional(),
    S3_ACCESS_KEY_ID: z.string().optional(),
    S3_SECRET_ACCESS_KEY: z.string().optional(),
    S3_REGION: z.string().default('us-east-1'),
    S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
    S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).optional(),
    /** Stripe: the secret key (sk_test_… / sk_live_…) and the webhook endpoint's signing secret. */
    STRIPE_SECRET_KEY: z
      .string()
      .regex(/^(sk|rk)_(test|live)_/, 'A Stripe secret key starts with sk_test_ or sk_live_')
      .optional(),
    STRIPE_WEBHOOK_SECRET: z
      .string()
      .regex(/^whsec_/, 'A webhook signing secret starts with whsec_')
      .optional(),
    /** Another Stripe API address (stripe-mock, the test stand-in); normally unset. */
    STRIPE_API_BASE: z.url({ protocol: /^https?$/ }).optional(),
    /** AI: OpenAI by default (the key), or any OpenAI-compatible endpoint (base URL, e.g. a local Ollama: no key needed). */
    OPENAI_API_KEY: z.string().optional(),
    OPENAI_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
    AI_MODEL: z.string().default('gpt-4o-mini'),
    /** US dollars per million input / output tokens, for the cost estimates on the AI settings page. */
    AI_PRICE_INPUT_PER_M: z.coerce.number().min(0).default(0.15),
    AI_PRICE_OUTPUT_PER_M: z.coerce.number().min(0).default(0.6),
    /** Largest form-check video in MB (default 50; on Netlify at most 4: a function's request body is limited). */
    FORM_CHECK_VIDEO_MAX_MB: z.coerce.number().min(1).max(500).optional(),
  })
  .transform((raw) => {
    const onNetlify = raw.NETLIFY === 'true';
    const appUrl = (raw.APP_URL ?? (onNetlify ? raw.URL : undefined) ?? `http://localhost:${raw.PORT}`).replace(/\/+$/, '');
    return {
      nodeEnv: raw.NODE_ENV,
      port: raw.PORT,
      host: raw.HOST,
      dataDir: raw.DATA_DIR,
      databaseUrl: raw.DATABASE_URL ?? raw.NETLIFY_DB_URL,
      appUrl,
      onNetlify,
      authSecret: raw.AUTH_SECRET,
      setupToken: raw.SETUP_TOKEN,
      /** Wherever others can reach the site, first-run setup also needs a one-time token. */
      setupNeedsToken: onNetlify || raw.NODE_ENV === 'production',
      smtpUrl: raw.SMTP_URL,
      mailFrom: raw.MAIL_FROM,
      logLevel: raw.LOG_LEVEL,
      s3: raw.S3_BUCKET
        ? {
            bucket: raw.S3_BUCKET,
            accessKeyId: raw.S3_ACCESS_KEY_ID ?? '',
            secretAccessKey: raw.S3_SECRET_ACCESS_KEY ?? '',
            region: raw.S3_REGION,
            endpoint: raw.S3_ENDPOINT,
            // Custom endpoints (MinIO, R2…) are addressed by path unless told otherwise.
            forcePathStyle: raw.S3_FORCE_PATH_STYLE ? raw.S3_FORCE_PATH_STYLE === 'true' : Boolean(raw.S3_ENDPOINT),
          }
        : null,
      stripe: raw.STRIPE_SECRET_KEY
        ? { secretKey: raw.STRIPE_SECRET_KEY, webhookSecret: raw.STRIPE_WEBHOOK_SECRET ?? null, apiBase: raw.STRIPE_API_BASE ?? null }
        : null,
      videoMaxBytes: Math.round(
        (onNetlify ? Math.min(raw.FORM_CHECK_VIDEO_MAX_MB ?? 4, 4) : (raw.FORM_CHECK_VIDEO_MAX_MB ?? 50)) * 1024 * 1024,
      ),
      ai:
        raw.OPENAI_API_KEY || raw.OPENAI_BASE_URL
          ? {
              apiKey: raw.OPENAI_API_KEY ?? 'not-needed',
              baseUrl: raw.OPENAI_BASE_URL ?? null,
              model: raw.AI_MODEL,
              pricePerMillion: { input: raw.AI_PRICE_INPUT_PER_M, output: raw.AI_PRICE_OUTPUT_PER_M },
            }
          : null,
    };
  })
  .superRefine((env, ctx) => {
    if (env.onNetlify && !env.authSecret) {
      ctx.addIssue({ code: 'custom', path: ['AUTH_SECRET'], message: 'Required on Netlify (functions keep no files)' });
    }
    if (env.s3 && !env.s3.accessKeyId) ctx.addIssue({ code: 'custom', path: ['S3_ACCESS_KEY_ID'], message: 'Required with S3_BUCKET' });
    if (env.s3 && !env.s3.secretAccessKey)
      ctx.addIssue({ code: 'custom', path: ['S3_SECRET_ACCESS_KEY'], message: 'Required with S3_BUCKET' });
  });

export type Env = z.output<typeof EnvSchema>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''));
  const result = EnvSchema.safeParse(cleaned);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((issue) => `${issue.path.join('.') || '(env)'}: ${issue.message}`));
  }
  return result.data;
}

/** `overrides` lets a platform adapter state facts about where it runs (e.g. NETLIFY=true). */
export function loadEnv(overrides: Record<string, string> = {}): Env {
  return parseEnv({ ...process.env, ...overrides });
}
