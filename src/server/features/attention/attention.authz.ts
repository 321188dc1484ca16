import { trainerOnly, type AuthzRows } from '../../../../tests/setup/authz';

export const attentionAuthz: AuthzRows = {
  'GET /api/attention': { expect: trainerOnly() },
  'POST /api/attention/dismiss': {
    expect: trainerOnly(),
    body: (ctx) => ({ key: `unanswered_message:${ctx.clientAId}:00000000-0000-4000-8000-000000000000`, snoozeHours: 4 }),
  },
};
