import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from './app-env';
import type { Db } from './db/client';
import { loadActor } from './lib/access';
import type { Clock } from './lib/clock';
import type { Env } from './lib/env';
import { AppError } from './lib/errors';
import type { Logger } from './lib/logger';
import { createRouter } from './lib/validate';
import { createAuth } from './features/auth/auth.instance';
import { authRoutes } from './features/auth/auth.routes';
import { clientsRoutes } from './features/clients/clients.routes';
import { invitationsRoutes } from './features/clients/invitations.routes';
import { meRoutes } from './features/clients/me.routes';
import { docsRoutes } from './features/docs/docs.routes';
import { passwordResetEmail } from './features/emails/email-templates';
import type { Mailer } from './features/emails/mailer';
import { emailsRoutes } from './features/emails/emails.routes';
import { exercisesRoutes } from './features/exercises/exercises.routes';
import { sendEmail } from './features/emails/emails.service';
import { healthRoutes } from './features/health/health.routes';
import { clientTrainingRoutes, myScheduleRoutes, scheduledWorkoutsRoutes } from './features/programs/calendar.routes';
import { programsRoutes } from './features/programs/programs.routes';
import { publicProfileRoutes, trainerPhotoRoutes } from './features/settings/profile.routes';
import { settingsRoutes } from './features/settings/settings.routes';
import { alternativesRoutes, clientHistoryRoutes, mySessionsRoutes, sessionsRoutes } from './features/logging/logging.routes';
import { conversationRoutes, messagesRoutes } from './features/messages/messages.routes';
import {
  clientBillingRoutes,
  myBillingRoutes,
  paymentRoutes,
  planRoutes,
  revenueRoutes,
  webhookRoutes,
} from './features/billing/billing.routes';
import { requireArea } from './features/billing/billing.gate';
import { couponRoutes } from './features/billing/coupons';
import { billingTransition } from './features/billing/billing.service';
import { createStripe, type StripeSetup } from './features/billing/stripe-client';
import {
  checkinFormRoutes,
  checkinRoutes,
  checkinScheduleRoutes,
  clientCheckinRoutes,
  habitRoutes,
  myCheckinRoutes,
  myHabitRoutes,
} from './features/checkins/checkins.routes';
import { clientGoalRoutes, goalRoutes, photoRoutes } from './features/progress/goals.routes';
import { clientProgressRoutes, measurementRoutes, metricDefinitionRoutes } from './features/progress/progress.routes';
import { clientTrainingChartRoutes } from './features/progress/training-charts.routes';
import { foodRoutes, recipeRoutes } from './features/nutrition/foods.routes';
import { clientNutritionRoutes, foodEntryRoutes, mealPlanRoutes } from './features/nutrition/nutrition.routes';
import { createAi, type AiSetup } from './features/ai/ai-client';
import { aiUsageRoutes, checkinDraftRoutes, clientAssistantRoutes, myAiConsentRoutes, myAssistantRoutes } from './features/ai/ai.routes';
import { attentionRoutes } from './features/attention/attention.routes';
import { automationsRoutes } from './features/automations/automations.routes';
import { notificationsRoutes } from './features/notifications/notifications.routes';
import { eventsRoutes } from './features/realtime/events.routes';
import { silentHub, type Hub } from './features/realtime/hub';
import type { Storage } from './features/uploads/storage';
import { FILE_CSP, UPLOAD_MAX_BODY_BYTES, uploadsRoutes } from './features/uploads/uploads.routes';
import { formCheckRoutes } from './features/form-checks/form-checks.routes';

export type AppDeps = {
  db: Db;
  env: Env;
  clock: Clock;
  logger: Logger;
  mailer: Mailer;
  authSecret: string;
  /** Where uploaded files live (local disk, Netlify Blobs). */
  storage: Storage;
  /** Live events to open apps; null where a process cannot hold streams (Netlify): apps poll. */
  hub: Hub | null;
  /** The caller's IP as the platform reports it (used for sign-in rate limits). */
  clientIp?: (c: Context<AppEnv>) => string;
  /** Stripe (null: not configured); made from the environment when left out. */
  stripe?: StripeSetup | null;
  /** The AI provider (null: not configured); made from the environment when left out. */
  ai?: AiSetup | null;
  /** Serves the built web app for every non-API path (Node only; Netlify's CDN does it there). */
  web?: MiddlewareHandler<AppEnv>;
  /** Runs due background jobs now (the Node server; elsewhere they wait for the next scheduled run). */
  kickJobs?: () => void;
};

export const MAX_JSON_BYTES = 1024 * 1024;

export function createApp(deps: AppDeps) {
  const { db, env, clock, logger, mailer } = deps;
  const appUrl = env.appUrl;
  const emailDeps = { db, clock, logger, mailer };
  const auth = createAuth({
    db,
    appUrl,
    secret: deps.authSecret,
    sendResetPassword: async ({ email, name, token }) => {
      const url = `${appUrl}/reset-password?token=${encodeURIComponent(token)}`;
      await sendEmail(emailDeps, { ...passwordResetEmail({ to: email, name, url }), kind: 'password_reset', link: url });
    },
  });
  const clientIp = deps.clientIp ?? (() => 'unknown');
  const hub = deps.hub ?? silentHub;
  const stripe = deps.stripe === undefined ? createStripe(env) : deps.stripe;
  const ai = deps.ai === undefined ? createAi(env) : deps.ai;
  const billingDeps = { db, clock, hub, storage: deps.storage, stripe, appUrl, mailer, logger };
  const billing = { beforeTransition: (action: string, clientId: string) => billingTransition(billingDeps, action, clientId) };
  const featureDeps = { db, clock, logger, mailer, appUrl, auth, hub, billing };
  const liveDeps = { db, clock, hub, storage: deps.storage };

  const api = createRouter().basePath('/api');
  const jsonLimit = bodyLimit({
    maxSize: MAX_JSON_BYTES,
    onError: () => {
      throw new AppError('PAYLOAD_TOO_LARGE', 'That request is too large (the limit is 1 MB).');
    },
  });
  const uploadLimit = bodyLimit({
    maxSize: UPLOAD_MAX_BODY_BYTES,
    onError: () => {
      throw new AppError('PAYLOAD_TOO_LARGE', 'That file is too large (photos up to 15 MB, documents up to 10 MB).', {
        fields: [{ path: 'file', message: 'Too large' }],
      });
    },
  });
  const videoLimit = bodyLimit({
    // The video, up to six stills of at most 1 MB and the form around them.
    maxSize: env.videoMaxBytes + 7 * 1024 * 1024,
    onError: () => {
      throw new AppError('PAYLOAD_TOO_LARGE', `That video is too large (the limit is ${Math.round(env.videoMaxBytes / 1024 / 1024)} MB).`, {
        fields: [{ path: 'video', message: 'Too large' }],
      });
    },
  });
  const isUpload = (path: string, method: string) =>
    method === 'POST' &&
    (/^\/api\/uploads\/?$/.test(path) || /^\/api\/clients\/[^/]+\/photos\/?$/.test(path) || path === '/api/settings/photo');
  api.use('*', async (c, next) => {
    const isVideo = c.req.method === 'POST' && /^\/api\/form-checks\/?$/.test(c.req.path);
    const limit = isVideo ? videoLimit : isUpload(c.req.path, c.req.method) ? uploadLimit : jsonLimit;
    // eslint-disable-next-line @typescript-eslint/no-unsafe-argument -- Hono types a middleware's input as `any`
    return limit(c, next);
  });
  api.use('*', refuseForeignOrigins(appUrl));
  api.use('*', loadActor({ auth, db, clock }));
  api.route('/health', healthRoutes({ db }));
  api.route('/', authRoutes({ ...featureDeps, setup: { needsToken: env.setupNeedsToken, token: env.setupToken }, clientIp }));
  api.route('/clients', clientsRoutes(featureDeps));
  api.route('/me', meRoutes(featureDeps));
  api.route('/invitations', invitationsRoutes(featureDeps));
  api.route('/emails', emailsRoutes({ db, mailer }));
  api.route('/exercises', exercisesRoutes({ db, clock }));
  api.route('/programs', programsRoutes({ db, clock }));
  api.route('/clients', clientTrainingRoutes({ db, clock }));
  api.route('/scheduled-workouts', scheduledWorkoutsRoutes({ db, clock }));
  api.route('/me', myScheduleRoutes({ db, clock }));
  api.route('/settings', settingsRoutes({ db, clock }));
  api.route('/settings', trainerPhotoRoutes(liveDeps));
  api.route('/public', publicProfileRoutes(liveDeps));
  api.route('/clients', conversationRoutes(liveDeps));
  api.route('/messages', messagesRoutes(liveDeps));
  api.route('/uploads', uploadsRoutes(liveDeps));
  api.route('/events', eventsRoutes({ hub: deps.hub }));
  api.route('/notifications', notificationsRoutes(liveDeps));
  api.route('/automations', automationsRoutes(liveDeps));
  api.route('/attention', attentionRoutes({ db, clock }));
  api.route('/me/sessions', mySessionsRoutes(liveDeps));
  api.route('/sessions', sessionsRoutes(liveDeps));
  api.route('/clients', clientHistoryRoutes(liveDeps));
  api.route('/exercises', alternativesRoutes(liveDeps));
  api.route('/clients', clientProgressRoutes(liveDeps));
  api.route('/clients', clientGoalRoutes(liveDeps));
  api.route('/goals', goalRoutes(liveDeps));
  api.route('/photos', photoRoutes(liveDeps));
  api.route('/clients', clientTrainingChartRoutes(liveDeps));
  api.route('/measurements', measurementRoutes(liveDeps));
  api.route('/metrics', metricDefinitionRoutes(liveDeps));
  // What a plan gates: each asks the one entitlements module (messaging stays even when limited).
  for (const path of ['/me/checkins', '/me/checkins/*', '/me/habits/*']) api.use(path, requireArea(billingDeps, 'checkins'));
  api.route('/checkin-forms', checkinFormRoutes(liveDeps));
  api.route('/checkin-schedules', checkinScheduleRoutes(liveDeps));
  api.route('/me/checkins', myCheckinRoutes(liveDeps));
  api.route('/me/habits', myHabitRoutes(liveDeps));
  api.route('/checkins', checkinRoutes(liveDeps));
  api.route('/clients', clientCheckinRoutes(liveDeps));
  api.route('/habits', habitRoutes(liveDeps));
  for (const path of [
    '/foods',
    '/foods/*',
    '/recipes',
    '/recipes/*',
    '/food-entries/*',
    '/meal-plans/*',
    '/clients/:id/nutrition/*',
    '/clients/:id/meal-plans',
    '/clients/:id/meal-plan-days/*',
    '/clients/:id/shopping-list',
  ])
    api.use(path, requireArea(billingDeps, 'nutrition'));
  api.route('/foods', foodRoutes({ db, clock }));
  api.route('/recipes', recipeRoutes({ db, clock }));
  api.route('/clients', clientNutritionRoutes({ db, clock }));
  api.route('/food-entries', foodEntryRoutes({ db, clock }));
  api.route('/meal-plans', mealPlanRoutes({ db, clock }));
  const aiDeps = { ...liveDeps, logger, ai };
  for (const path of ['/me/assistant', '/me/assistant/*']) api.use(path, requireArea(billingDeps, 'ai_coach'));
  api.route('/me/assistant', myAssistantRoutes(aiDeps));
  api.route('/me/ai-consent', myAiConsentRoutes(aiDeps));
  api.route('/clients', clientAssistantRoutes(aiDeps));
  api.route('/ai', aiUsageRoutes(aiDeps));
  api.route('/checkins', checkinDraftRoutes(aiDeps));
  api.route('/form-checks', formCheckRoutes({ ...aiDeps, videoMaxBytes: env.videoMaxBytes, kickJobs: deps.kickJobs }));
  api.route('/plans', planRoutes(billingDeps));
  api.route('/clients', clientBillingRoutes(billingDeps));
  api.route('/me/billing', myBillingRoutes(billingDeps));
  api.route('/billing', webhookRoutes(billingDeps));
  api.route('/revenue', revenueRoutes(billingDeps));
  api.route('/payments', paymentRoutes(billingDeps));
  api.route('/coupons', couponRoutes(billingDeps));
  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'OneCoach API', version: '0.1.0', description: 'Every error answers { "error": { "code", "message", "details" } }.' },
  });
  api.route('/docs', docsRoutes());

  const app = new Hono<AppEnv>();
  app.use('*', requestId({ headerName: 'x-request-id' }));
  // Files are served under a sandboxing policy instead of the app's (outermost, so it has the last word).
  app.use('/api/uploads/*', async (c, next) => {
    await next();
    if (c.req.method === 'GET' && c.res.ok) c.res.headers.set('content-security-policy', FILE_CSP);
  });
  app.use('*', securityHeaders(appUrl.startsWith('https://')));
  app.use('*', logRequests(logger));
  app.route('/', api);
  if (deps.web) app.use('*', deps.web);
  app.notFound((c) => c.json(new AppError('NOT_FOUND', 'There is nothing at this address.').toBody(), 404));
  app.onError((error, c) => errorResponse(error, c, logger));
  return app;
}

export type App = ReturnType<typeof createApp>;

function securityHeaders(https: boolean): MiddlewareHandler<AppEnv> {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      // The form-check sheet previews the chosen video and takes stills from it through a local blob: URL.
      mediaSrc: ["'self'", 'blob:'],
      connectSrc: ["'self'"],
      fontSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      // Exercise demo videos the trainer links are embedded from these players only.
      frameSrc: ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'],
      workerSrc: ["'self'"],
      manifestSrc: ["'self'"],
    },
    referrerPolicy: 'strict-origin-when-cross-origin',
    xFrameOptions: 'DENY',
    xContentTypeOptions: 'nosniff',
    strictTransportSecurity: https ? 'max-age=31536000; includeSubDomains' : false,
    crossOriginEmbedderPolicy: false,
  });
}

/** A state-changing request from another site's page is refused (CSRF defence beside SameSite=Lax). */
function refuseForeignOrigins(appUrl: string): MiddlewareHandler<AppEnv> {
  const appOrigin = new URL(appUrl).origin;
  return async (c, next) => {
    if (!['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) {
      const origin = c.req.header('origin');
      const host = c.req.header('host');
      const sameHost = origin && host && safeHost(origin) === host;
      if (origin && origin !== appOrigin && !sameHost)
        throw new AppError('FORBIDDEN', 'This request came from another site and was refused.');
      if (!origin && c.req.header('sec-fetch-site') === 'cross-site')
        throw new AppError('FORBIDDEN', 'This request came from another site and was refused.');
    }
    await next();
  };
}

const safeHost = (origin: string) => {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
};

function logRequests(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    if (!c.req.path.startsWith('/api/')) return;
    logger.info('request', {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    });
  };
}

function errorResponse(error: Error, c: Context<AppEnv>, logger: Logger) {
  if (error instanceof AppError) {
    return c.json(error.toBody(), error.status as ContentfulStatusCode, error.headers);
  }
  if (error instanceof HTTPException && error.status < 500) {
    const mapped =
      error.status === 400
        ? AppError.field('(body)', 'The request body is not valid JSON.')
        : error.status === 413
          ? new AppError('PAYLOAD_TOO_LARGE', 'That request is too large.')
          : error.status === 401
            ? new AppError('UNAUTHENTICATED', 'Please sign in to continue.')
            : new AppError('VALIDATION_FAILED', error.message || 'That request could not be understood.');
    return c.json(mapped.toBody(), mapped.status as ContentfulStatusCode);
  }
  const id = c.get('requestId');
  logger.error('unhandled error', { requestId: id, method: c.req.method, path: c.req.path, error });
  const body = new AppError('INTERNAL', `Something went wrong on our side. Please try again (reference ${id}).`, {
    requestId: id,
  }).toBody();
  return c.json(body, 500);
}
