import { all, trainerOnly, type AuthzRows } from '../../../../tests/setup/authz';

export const authAuthz: AuthzRows = {
  'GET /api/setup': { expect: all(200) },
  'POST /api/setup': { expect: all(409), body: () => ({ name: 'Second', email: 'second@example.com', password: 'second-trainer-pw' }) },
  'GET /api/auth/session': { expect: all(200) },
  'POST /api/auth/sign-in': { expect: all(401), body: () => ({ email: 'sam@example.com', password: 'wrong-password' }) },
  'POST /api/auth/sign-out': { expect: all(200) },
  'POST /api/auth/password/forgot': { expect: all(202), body: () => ({ email: 'someone@example.com' }) },
  'POST /api/auth/password/reset': { expect: all(400), body: () => ({ token: 'made-up-token', password: 'whatever-password' }) },
  'POST /api/auth/password/change': {
    expect: { anonymous: 401, clientA: 400, clientB: 400, trainer: 400 },
    body: () => ({ currentPassword: 'not-my-password', newPassword: 'a-new-password-1' }),
  },
  'GET /api/emails': { expect: trainerOnly() },
  'GET /api/emails/:id': { expect: trainerOnly(), path: (ctx) => `/api/emails/${ctx.emailId}` },
};
