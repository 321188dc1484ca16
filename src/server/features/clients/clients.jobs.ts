import { recordAudit } from '../audit/audit.repo';
import type { JobHandler } from '../jobs/jobs.runner';
import { findEndedPauses, resumeIfPaused } from './clients.repo';

/** A pause with an end date ends by itself: the client is active again on that day. */
export const resumeEndedPauses: JobHandler = async ({ db, clock, logger }) => {
  const now = clock.now();
  for (const client of await findEndedPauses(db, now)) {
    const resumed = await db.transaction(async (tx) => {
      if (!(await resumeIfPaused(tx, client.id, now))) return false;
      await recordAudit(tx, {
        actorId: null,
        actorRole: 'system',
        action: 'client.resume',
        subjectType: 'client',
        subjectId: client.id,
        details: { reason: 'pause ended', until: client.pauseUntil },
        at: now,
      });
      return true;
    });
    if (resumed) logger.info('pause ended, client resumed', { clientId: client.id });
  }
};
