import { all, type AuthzRows } from '../../../../tests/setup/authz';

export const systemAuthz: AuthzRows = {
  'GET /api/health': { expect: all(200) },
  'GET /api/openapi.json': { expect: all(200) },
  'GET /api/docs': { expect: all(200) },
  'GET /api/docs/init.js': { expect: all(200) },
  'GET /api/docs/:asset': { expect: all(200), path: () => '/api/docs/swagger-ui.css' },
};
