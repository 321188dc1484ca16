import type { MiddlewareHandler } from 'hono';
import { PLAN_AREA_LABELS, type PlanArea } from '../../../shared/billing';
import type { AppEnv } from '../../app-env';
import { AppError } from '../../lib/errors';
import type { BillingDeps } from './billing.service';
import { statusFor } from './billing.service';
import { allows } from './entitlements';

/**
 * Gates a client's route on their plan, asking the one place that decides (entitlements). The
 * trainer and anonymous callers pass through: the route's own access rules answer them.
 */
export function requireArea(deps: BillingDeps, area: PlanArea): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const actor = c.get('actor');
    if (actor?.role === 'client') {
      const status = await statusFor(deps, actor.clientId);
      if (!allows(status, area))
        throw new AppError('FORBIDDEN', `${PLAN_AREA_LABELS[area]} is not part of your plan. See Billing, or ask your coach.`, {
          area,
          billing: status.state,
        });
    }
    await next();
  };
}
