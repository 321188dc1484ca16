import { and, between, inArray } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import { arrayParam, queryRows, type DbOrTx } from '../../db/client';
import { scheduledWorkouts } from '../../db/schema';
import type { AttentionClient } from '../attention/attention-rules';
import { addDays, localDate, startOfWeek } from '../programs/schedule-rules';
import { weeklyCompliance, type WeekCompliance, type Tolerance } from './nutrition-rules';
import { currentTargets, lastLoggedDays } from './nutrition.repo';
import { dayTargets } from './targets.service';
import { pausedSince } from './compliance.service';

/** What the nutrition rules need about one client with targets. */
export type NutritionFacts = {
  targetsSetOn: string;
  lastLogged: string | null;
  today: string;
  /** The last complete week. */
  lastWeek: WeekCompliance;
};

/**
 * For every active or paused client with targets: the last day they logged food and their last
 * complete week's compliance (three statements for all clients together).
 */
export async function findNutritionFacts(
  db: DbOrTx,
  p: { clients: (AttentionClient & { pausedAt?: Date | null })[]; now: Date; weekStartsOn: number; tolerance: Tolerance },
): Promise<Map<string, NutritionFacts>> {
  const ids = p.clients.map((client) => client.id);
  const targets = await currentTargets(db, ids);
  const withTargets = p.clients.filter((client) => targets.has(client.id));
  if (withTargets.length === 0) return new Map();
  const lastLogged = await lastLoggedDays(
    db,
    withTargets.map((client) => client.id),
  );
  const weekOf = (client: AttentionClient) => addDays(startOfWeek(localDate(p.now, client.timeZone), p.weekStartsOn), -7);
  const starts = withTargets.map(weekOf).sort();
  const from = starts[0]!;
  const to = addDays(starts.at(-1)!, 6);
  const totals = await queryRows<{
    clientId: string;
    date: string;
    kcal: number;
    proteinG: number;
    fatG: number;
    carbsG: number;
    fiberG: number;
  }>(
    db,
    sql`select client_id as "clientId", to_char(date, 'YYYY-MM-DD') as date, sum(kcal)::float8 as kcal, sum(protein_g)::float8 as "proteinG",
          sum(fat_g)::float8 as "fatG", sum(carbs_g)::float8 as "carbsG", sum(fiber_g)::float8 as "fiberG"
        from food_log_entries where client_id = any(${arrayParam(
          withTargets.map((client) => client.id),
          'uuid',
        )}) and date between ${from} and ${to}
        group by client_id, date`,
  );
  const training = await db
    .selectDistinct({ clientId: scheduledWorkouts.clientId, date: scheduledWorkouts.date })
    .from(scheduledWorkouts)
    .where(
      and(
        inArray(
          scheduledWorkouts.clientId,
          withTargets.map((client) => client.id),
        ),
        between(scheduledWorkouts.date, from, to),
      ),
    );
  const trainingDays = new Set(training.map((row) => `${row.clientId}:${row.date}`));
  const facts = new Map<string, NutritionFacts>();
  for (const client of withTargets) {
    const row = targets.get(client.id)!;
    const weekStart = weekOf(client);
    const paused = pausedSince({ status: client.status, pausedAt: client.pausedAt ?? null, timeZone: client.timeZone });
    const [lastWeek] = weeklyCompliance({
      days: totals.filter((day) => day.clientId === client.id),
      firstWeekStart: weekStart,
      lastWeekStart: weekStart,
      targetFor: (date) => dayTargets(row, trainingDays.has(`${client.id}:${date}`)),
      tolerance: p.tolerance,
      isPaused: (date) => paused !== null && date >= paused,
    });
    facts.set(client.id, {
      targetsSetOn: localDate(row.createdAt, client.timeZone),
      lastLogged: lastLogged.get(client.id) ?? null,
      today: localDate(p.now, client.timeZone),
      lastWeek: lastWeek!,
    });
  }
  return facts;
}
