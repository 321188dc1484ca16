import type { AuthzRows } from '../../../../tests/setup/authz';

export const exercisesAuthz: AuthzRows = {};
