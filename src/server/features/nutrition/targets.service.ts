import type { z } from 'zod';
import type { SaveTargetsSchema, Targets } from '../../../shared/nutrition';
import { ageFromBirthDate, applyOverrides, computeTargets, type DayTargets } from '../../../shared/nutrition-targets';
import type { Db } from '../../db/client';
import { actorRef, type Actor } from '../../lib/access';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { recordAudit } from '../audit/audit.repo';
import { loadVisibleClient } from '../clients/client-access';
import { localDate, zonedMidnight, addDays } from '../programs/schedule-rules';
import { insertTargets, latestBodyFigures, listTargets, type TargetsRow } from './nutrition.repo';
import { syncWaterTarget } from './trackers';

export type TargetsDeps = { db: Db; clock: Clock };

export function toTargets(row: TargetsRow & { createdByName?: string | null }): Targets {
  return {
    id: row.id,
    clientId: row.clientId,
    kcal: row.kcal,
    proteinG: row.proteinG,
    fatG: row.fatG,
    carbsG: row.carbsG,
    fiberG: row.fiberG,
    waterMl: row.waterMl,
    restDay: row.restDay,
    inputs: row.inputs,
    explanation: row.figures?.explanation ?? [],
    warnings: row.figures?.warnings ?? [],
    overridden: row.overridden,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
    createdByName: row.createdByName ?? null,
  };
}

/** The targets in force on a date: the newest set before that day ended (history rows are newest first). */
export function targetsOn<T extends { createdAt: Date }>(rows: T[], date: string, timeZone: string): T | null {
  const end = zonedMidnight(addDays(date, 1), timeZone).getTime();
  return rows.find((row) => row.createdAt.getTime() < end) ?? null;
}

/** A day's targets: rest-day figures on a day without a scheduled workout, when the trainer set them. */
export function dayTargets(row: TargetsRow | null, isTrainingDay: boolean): DayTargets | null {
  if (!row) return null;
  if (!isTrainingDay && row.restDay) return row.restDay;
  return { kcal: row.kcal, proteinG: row.proteinG, fatG: row.fatG, carbsG: row.carbsG, fiberG: row.fiberG, waterMl: row.waterMl };
}

export async function clientTargets(
  deps: TargetsDeps,
  actor: Actor,
  clientId: string,
): Promise<{ current: Targets | null; history: Targets[] }> {
  await loadVisibleClient(deps.db, actor, clientId);
  const rows = await listTargets(deps.db, clientId);
  return { current: rows[0] ? toTargets(rows[0]) : null, history: rows.map(toTargets) };
}

/** What the calculator starts from: the client's age, height and newest weight and body fat. */
export async function targetSuggestion(deps: TargetsDeps, actor: Actor, clientId: string) {
  const client = await loadVisibleClient(deps.db, actor, clientId);
  const figures = await latestBodyFigures(deps.db, clientId);
  const today = localDate(deps.clock.now(), client.timeZone);
  const previous = (await listTargets(deps.db, clientId, 1))[0]?.inputs ?? null;
  return {
    sex: previous?.sex ?? null,
    ageYears: client.dateOfBirth ? ageFromBirthDate(client.dateOfBirth, today) : (previous?.ageYears ?? null),
    heightCm: client.heightCm ?? previous?.heightCm ?? null,
    weightKg: figures.weightKg ?? previous?.weightKg ?? null,
    bodyFatPct: figures.bodyFatPct,
    units: client.units,
  };
}

/**
 * New targets (the trainer): computed from the inputs with any figure typed over, or typed in
 * full. Each save is a new row, so the history shows who changed what and when; the water habit's
 * target follows.
 */
export async function saveTargets(
  deps: TargetsDeps,
  actor: Actor,
  clientId: string,
  input: z.output<typeof SaveTargetsSchema>,
): Promise<Targets> {
  const client = await loadVisibleClient(deps.db, actor, clientId);
  if (client.status === 'archived') throw new AppError('CONFLICT', 'This client is archived: restore them first.');
  const now = deps.clock.now();
  const today = localDate(now, client.timeZone);
  const values = input.inputs ? computed(input.inputs, input.overrides) : typed(input.overrides);
  const row = await deps.db.transaction(async (tx) => {
    const created = await insertTargets(tx, { clientId, ...values, note: input.note, createdBy: actor.userId, createdAt: now });
    await syncWaterTarget(tx, clientId, created.waterMl, today);
    await recordAudit(tx, {
      ...actorRef(actor),
      action: 'nutrition.targets',
      subjectType: 'client',
      subjectId: clientId,
      details: { kcal: created.kcal, overridden: created.overridden },
      at: now,
    });
    return created;
  });
  return toTargets({ ...row, createdByName: actor.name });
}

function computed(inputs: NonNullable<z.output<typeof SaveTargetsSchema>['inputs']>, overrides: Partial<DayTargets>) {
  const figures = applyOverrides(computeTargets(inputs), overrides);
  const { kcal, proteinG, fatG, carbsG, fiberG, waterMl } = figures;
  return { kcal, proteinG, fatG, carbsG, fiberG, waterMl, restDay: figures.restDay, inputs, figures, overridden: figures.overridden };
}

function typed(overrides: Partial<DayTargets>) {
  const { kcal = 0, proteinG = 0, fatG = 0, carbsG = 0, fiberG = 0, waterMl = 0 } = overrides;
  return { kcal, proteinG, fatG, carbsG, fiberG, waterMl, restDay: null, inputs: null, figures: null, overridden: Object.keys(overrides) };
}
