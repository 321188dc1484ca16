import type { z } from 'zod';
import type { Settings, UpdateSettingsSchema } from '../../../shared/settings';
import type { Db, DbOrTx } from '../../db/client';
import { actorRef, type Actor } from '../../lib/access';
import type { Clock } from '../../lib/clock';
import { recordAudit } from '../audit/audit.repo';
import { findTrainer } from '../auth/auth.repo';
import { findSettings, upsertSettings } from './settings.repo';

export type SettingsDeps = { db: Db; clock: Clock };

/** Settings as stored, or sensible defaults before the trainer has saved any. */
export async function getSettings(db: DbOrTx): Promise<Settings> {
  const row = await findSettings(db);
  if (row) {
    return {
      businessName: row.businessName,
      timeZone: row.timeZone,
      weekStartsOn: row.weekStartsOn === 7 ? 7 : 1,
      units: row.units,
      billingGraceDays: row.billingGraceDays,
      bio: row.bio,
      nutritionKcalTolerancePct: row.nutritionKcalTolerancePct,
      nutritionProteinTolerancePct: row.nutritionProteinTolerancePct,
      nutritionQuietDays: row.nutritionQuietDays,
      aiClientMonthlyTokens: row.aiClientMonthlyTokens,
      aiSiteMonthlyTokens: row.aiSiteMonthlyTokens,
      aiVoice: row.aiVoice,
      aiVoiceExamples: row.aiVoiceExamples,
      aiFeatures: row.aiFeatures,
    };
  }
  const trainer = await findTrainer(db);
  return {
    businessName: trainer ? `${trainer.name} Coaching` : 'OneCoach',
    timeZone: 'UTC',
    weekStartsOn: 1,
    units: 'kg',
    billingGraceDays: 7,
    bio: '',
    nutritionKcalTolerancePct: 10,
    nutritionProteinTolerancePct: 10,
    nutritionQuietDays: 3,
    aiClientMonthlyTokens: 200_000,
    aiSiteMonthlyTokens: 5_000_000,
    aiVoice: '',
    aiVoiceExamples: [],
    aiFeatures: {},
  };
}

export async function updateSettings(deps: SettingsDeps, actor: Actor, input: z.output<typeof UpdateSettingsSchema>): Promise<Settings> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const merged = { ...(await getSettings(tx)), ...input };
    await upsertSettings(tx, { ...merged, updatedAt: now });
    await recordAudit(tx, {
      ...actorRef(actor),
      action: 'settings.update',
      subjectType: 'settings',
      subjectId: '1',
      details: { fields: Object.keys(input) },
      at: now,
    });
    return merged;
  });
}
