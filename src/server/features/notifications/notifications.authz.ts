import { signedIn, trainerOnly, type AuthzRows } from '../../../../tests/setup/authz';
import { DEFAULT_PREFERENCES } from './notifications.service';

/** Everyone has their own notification centre; automations are the trainer's. */
export const notificationsAuthz: AuthzRows = {
  'GET /api/notifications': { expect: signedIn() },
  'POST /api/notifications/read': { expect: signedIn(), body: () => ({}) },
  'GET /api/notifications/preferences': { expect: signedIn() },
  'PUT /api/notifications/preferences': { expect: signedIn(), body: () => DEFAULT_PREFERENCES },
  'GET /api/automations': { expect: trainerOnly() },
  'PUT /api/automations/:kind': {
    expect: trainerOnly(),
    path: () => '/api/automations/inactivity',
    body: () => ({ enabled: false, template: 'Hi {firstName}', params: { days: 7 } }),
  },
  'POST /api/automations/:kind/preview': {
    expect: trainerOnly(),
    path: () => '/api/automations/welcome/preview',
    body: () => ({ template: 'Hi {firstName}' }),
  },
};
