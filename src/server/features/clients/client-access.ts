import type { DbOrTx } from '../../db/client';
import { assertCanSeeClient, type Actor } from '../../lib/access';
import { AppError } from '../../lib/errors';
import { findClient, type ClientRow } from './clients.repo';

/** The client this actor may see (their own, or any for the trainer); anyone else's is 404 like a missing one. */
export async function loadVisibleClient(db: DbOrTx, actor: Actor, clientId: string): Promise<ClientRow> {
  assertCanSeeClient(actor, clientId);
  const row = await findClient(db, clientId);
  if (!row) throw AppError.notFound('That client');
  return row;
}
