import type { NutritionWeeks } from '../../../shared/nutrition';
import type { Db } from '../../db/client';
import type { Actor } from '../../lib/access';
import type { Clock } from '../../lib/clock';
import { loadVisibleClient } from '../clients/client-access';
import type { ClientRow } from '../clients/clients.repo';
import { addDays, localDate, startOfWeek } from '../programs/schedule-rules';
import { getSettings } from '../settings/settings.service';
import { weeklyCompliance } from './nutrition-rules';
import { dailyTotals, listTargets, scheduledDates } from './nutrition.repo';
import { dayTargets, targetsOn } from './targets.service';

export type ComplianceDeps = { db: Db; clock: Clock };

/** The days of the current pause (history of older pauses is not kept yet). */
export function pausedSince(client: Pick<ClientRow, 'status' | 'pausedAt' | 'timeZone'>): string | null {
  return client.status === 'paused' && client.pausedAt ? localDate(client.pausedAt, client.timeZone) : null;
}

/**
 * Weekly compliance for the trainer's chart: days logged, days on target (kcal and protein within
 * the trainer's tolerances, the day's training or rest target), and averages against targets.
 */
export async function nutritionWeeks(deps: ComplianceDeps, actor: Actor, clientId: string, weeks: number): Promise<NutritionWeeks> {
  const client = await loadVisibleClient(deps.db, actor, clientId);
  const settings = await getSettings(deps.db);
  const today = localDate(deps.clock.now(), client.timeZone);
  const lastWeekStart = startOfWeek(today, settings.weekStartsOn);
  const firstWeekStart = addDays(lastWeekStart, -7 * (weeks - 1));
  const [days, history, training] = await Promise.all([
    dailyTotals(deps.db, clientId, firstWeekStart, today),
    listTargets(deps.db, clientId, 500),
    scheduledDates(deps.db, clientId, firstWeekStart, today),
  ]);
  const paused = pausedSince(client);
  const tolerance = { kcalPct: settings.nutritionKcalTolerancePct, proteinPct: settings.nutritionProteinTolerancePct };
  const items = weeklyCompliance({
    days,
    firstWeekStart,
    lastWeekStart,
    targetFor: (date) => (date > today ? null : dayTargets(targetsOn(history, date, client.timeZone), training.has(date))),
    tolerance,
    isPaused: (date) => date > today || (paused !== null && date >= paused),
  });
  return { items, tolerance };
}
