import { trainerOnly, type AuthzRows } from '../../../../tests/setup/authz';

export const settingsAuthz: AuthzRows = {
  'GET /api/settings': { expect: trainerOnly() },
  'PUT /api/settings': { expect: trainerOnly(), body: () => ({ weekStartsOn: 1 }) },
};
