import { signedIn, type AuthzRows } from '../../../../tests/setup/authz';

/** Each person's own stream; what it carries is tested in events.test.ts. */
export const eventsAuthz: AuthzRows = {
  'GET /api/events': { expect: signedIn() },
};
