import { AI_FEATURE_IDS, AiFeatureSettingsSchema, type AiFeatureId, type AiFeatureSettings } from '../../../shared/ai-features';
import { ApiError, errorMessage } from '../../lib/api';

/* Settings → AI → Features: the form's values, what is saved, and where errors go (unit-tested). */

export type FeatureValues = Record<AiFeatureId, { model: string; instructions: string }>;
/** Messages by field, keyed like the server's paths: "assistant.model", "insight.instructions". */
export type FeatureErrors = { fields: Partial<Record<string, string>>; root?: string };

/** Every feature with its saved model and instructions ('' = the default model, no extra instructions). */
export function featureValues(saved: AiFeatureSettings | undefined): FeatureValues {
  return Object.fromEntries(
    AI_FEATURE_IDS.map((id) => [id, { model: saved?.[id]?.model ?? '', instructions: saved?.[id]?.instructions ?? '' }]),
  ) as FeatureValues;
}

/** The whole object the server keeps (saving replaces it): only features with something set. */
export function featuresToSave(values: FeatureValues): AiFeatureSettings {
  const saved: AiFeatureSettings = {};
  for (const id of AI_FEATURE_IDS) {
    const model = values[id].model.trim();
    const instructions = values[id].instructions.trim();
    if (model || instructions) saved[id] = { model, instructions };
  }
  return saved;
}

export const sameFeatures = (a: FeatureValues, b: FeatureValues) => JSON.stringify(featuresToSave(a)) === JSON.stringify(featuresToSave(b));

/** "aiFeatures.insight.model" (server) or ["insight", "model"] (zod) → "insight.model". */
const fieldKey = (path: string | readonly PropertyKey[]) =>
  (typeof path === 'string' ? path : path.map(String).join('.')).replace(/^aiFeatures\./, '');

/** The same checks the server makes, before sending. */
export function checkFeatures(values: FeatureValues): FeatureErrors | null {
  const result = AiFeatureSettingsSchema.safeParse(featuresToSave(values));
  if (result.success) return null;
  const fields: FeatureErrors['fields'] = {};
  for (const issue of result.error.issues) fields[fieldKey(issue.path)] ??= issue.message;
  return { fields };
}

/** The server's field errors on their inputs; anything else above the button. */
export function featureErrors(error: unknown): FeatureErrors {
  if (!(error instanceof ApiError) || error.fields.length === 0) return { fields: {}, root: errorMessage(error) };
  const fields: FeatureErrors['fields'] = {};
  let root: string | undefined;
  for (const field of error.fields) {
    const key = fieldKey(field.path);
    if (/^[a-z_]+\.(model|instructions)$/.test(key)) fields[key] ??= field.message;
    else root ??= field.message;
  }
  return { fields, root };
}

/** Features with an error, to open their rows. */
export const featuresWithErrors = (errors: FeatureErrors): AiFeatureId[] =>
  AI_FEATURE_IDS.filter((id) => errors.fields[`${id}.model`] || errors.fields[`${id}.instructions`]);
