import type { AiConsentState } from '../../../shared/ai';
import { actorRef, type Actor } from '../../lib/access';
import { recordAudit } from '../audit/audit.repo';
import { findClient, updateClientRow } from '../clients/clients.repo';
import type { AiDeps } from './ai-gateway';

type ClientActor = Extract<Actor, { role: 'client' }>;

export async function aiConsent(deps: AiDeps, actor: ClientActor): Promise<AiConsentState> {
  const client = (await findClient(deps.db, actor.clientId))!;
  return { aiEnabled: deps.ai !== null, optedOut: client.aiOptOutAt !== null, optedOutAt: client.aiOptOutAt?.toISOString() ?? null };
}

/**
 * The client's choice: opted out, nothing about them goes to the AI provider any more — their
 * assistant is off (red flags are still screened and sent to the coach: that needs no provider),
 * and the trainer's drafts, insight text and form-check first looks about them say so instead.
 */
export async function setAiConsent(deps: AiDeps, actor: ClientActor, optOut: boolean): Promise<AiConsentState> {
  const client = (await findClient(deps.db, actor.clientId))!;
  const now = deps.clock.now();
  if (optOut !== (client.aiOptOutAt !== null)) {
    await updateClientRow(deps.db, client.id, { aiOptOutAt: optOut ? now : null, updatedAt: now });
    await recordAudit(deps.db, {
      ...actorRef(actor),
      action: optOut ? 'ai.opt_out' : 'ai.opt_in',
      subjectType: 'client',
      subjectId: client.id,
      at: now,
    });
  }
  return aiConsent(deps, actor);
}
