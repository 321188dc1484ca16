import type { Actor } from './lib/access';

/** What the Hono context carries through a request. */
export type AppEnv = {
  Variables: {
    requestId: string;
    actor: Actor | null;
  };
};
