import { resumeEndedPauses } from '../clients/clients.jobs';
import type { JobRegistry } from './jobs.runner';

/** Every background job the app knows, and the sweeps that run on a period. */
export const jobRegistry: JobRegistry = {
  handlers: {
    'clients.resume-ended-pauses': resumeEndedPauses,
  },
  schedules: [{ kind: 'clients.resume-ended-pauses', everyMs: 15 * 60 * 1000 }],
};
