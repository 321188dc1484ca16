import { runAutomations } from '../automations/automations.service';
import { remindDueCheckins } from '../checkins/checkins.jobs';
import { resumeEndedPauses } from '../clients/clients.jobs';
import { emailUnseenNotifications } from '../notifications/notifications.service';
import { firstLook } from '../form-checks/form-check-ai';
import { FIRST_LOOK_JOB } from '../form-checks/form-checks.service';
import { sweepOrphanUploads } from '../uploads/uploads.service';
import type { JobRegistry } from './jobs.runner';

const MINUTE = 60 * 1000;

/** Every background job the app knows, and the sweeps that run on a period. */
export const jobRegistry: JobRegistry = {
  handlers: {
    'clients.resume-ended-pauses': resumeEndedPauses,
    'notifications.email': async (deps) => {
      await emailUnseenNotifications(deps);
    },
    'automations.run': async (deps) => {
      await runAutomations(deps);
    },
    'uploads.sweep-orphans': async (deps) => {
      await sweepOrphanUploads(deps);
    },
    'checkins.remind-due': async (deps) => {
      await remindDueCheckins(deps);
    },
    [FIRST_LOOK_JOB]: async (deps, payload) => {
      if (typeof payload.formCheckId === 'string') await firstLook({ ...deps, ai: deps.ai ?? null, videoMaxBytes: 0 }, payload.formCheckId);
    },
  },
  schedules: [
    { kind: 'clients.resume-ended-pauses', everyMs: 15 * MINUTE },
    { kind: 'notifications.email', everyMs: 5 * MINUTE },
    { kind: 'automations.run', everyMs: 15 * MINUTE },
    { kind: 'uploads.sweep-orphans', everyMs: 60 * MINUTE },
    { kind: 'checkins.remind-due', everyMs: 15 * MINUTE },
  ],
};
