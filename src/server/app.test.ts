import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTrainer } from '../../tests/factories/clients';
import { Agent } from '../../tests/setup/agent';
import { createTestApp, TEST_APP_URL, type TestApp } from '../../tests/setup/test-app';

let t: TestApp;
let trainer: Agent;
beforeAll(async () => {
  t = await createTestApp();
  trainer = (await createTrainer(t.app)).agent;
});
afterAll(() => t.close());

describe('every response', () => {
  it('carries the security headers and a request id', async () => {
    for (const path of ['/api/health', '/api/clients', '/api/nope']) {
      const res = await t.app.request(path);
      const csp = res.headers.get('content-security-policy')!;
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain("'unsafe-inline'; script"); // no inline script anywhere
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(res.headers.get('x-request-id')).toMatch(/^[\w-]{10,}$/);
    }
  });

  it('answers unknown API paths with the error envelope', async () => {
    const res = await t.app.request('/api/does-not-exist');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'There is nothing at this address.' } });
  });

  it('reports health when the database answers', async () => {
    const res = await t.app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });
});

describe('bad input never causes a 500', () => {
  it('refuses malformed JSON, wrong types, missing fields and unknown enum values, naming each field', async () => {
    const malformed = await trainer.request('POST', '/api/clients', '{"name": "Ana",');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('VALIDATION_FAILED');

    const wrong = await trainer.post('/api/clients', { name: 42, tags: 'x' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details.fields.map((f: { path: string }) => f.path).sort()).toEqual(['email', 'name', 'tags']);

    const client = (await trainer.post('/api/clients', { name: 'Pause Me', email: 'pause@example.com' })).body.client;
    const badEnum = await trainer.post(`/api/clients/${client.id}/pause`, { reason: 'bored' });
    expect(badEnum.status).toBe(400);
    expect(badEnum.body.error.details.fields[0].path).toBe('reason');

    const badId = await trainer.get('/api/clients/not-a-uuid');
    expect(badId.status).toBe(400);
    expect(badId.body.error.details.fields[0].path).toBe('param.id');

    const badQuery = await trainer.get('/api/clients?limit=-4&sort=age');
    expect(badQuery.status).toBe(400);
    expect(badQuery.body.error.details.fields.map((f: { path: string }) => f.path).sort()).toEqual(['query.limit', 'query.sort']);
  });

  it('refuses 10 kB strings and stores emoji and right-to-left names exactly', async () => {
    const huge = await trainer.post('/api/clients', { name: 'x'.repeat(10_000), email: 'long@example.com', note: 'y'.repeat(10_000) });
    expect(huge.status).toBe(400);
    expect(huge.body.error.details.fields.map((f: { path: string }) => f.path).sort()).toEqual(['name', 'note']);

    for (const name of ['Zoë 💪🏽 Þórsdóttir', 'محمد الأحمد', 'שרה כהן', '王小明']) {
      const res = await trainer.post('/api/clients', {
        name,
        email: `${encodeURIComponent(name).slice(0, 20).replace(/%/g, '')}@example.com`,
      });
      expect(res.status).toBe(201);
      expect((await trainer.get(`/api/clients/${res.body.client.id}`)).body.name).toBe(name);
    }
    const control = await trainer.post('/api/clients', { name: 'Bell\u0007', email: 'bell@example.com' });
    expect(control.status).toBe(400);
  });

  it('answers bodies over 1 MB with 413', async () => {
    const res = await trainer.post('/api/clients', { name: 'Big', email: 'big@example.com', note: 'z'.repeat(1_100_000) });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });
});

describe('cross-site requests', () => {
  it('refuses a write whose Origin is another site, and accepts our own', async () => {
    const foreign = await trainer.request(
      'POST',
      '/api/clients',
      { name: 'Evil', email: 'evil@example.com' },
      { origin: 'https://evil.example' },
    );
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.code).toBe('FORBIDDEN');
    const ours = await trainer.request('POST', '/api/clients', { name: 'Good', email: 'good@example.com' }, { origin: TEST_APP_URL });
    expect(ours.status).toBe(201);
    const crossFetch = await trainer.request('POST', '/api/auth/sign-out', {}, { origin: '', 'sec-fetch-site': 'cross-site' });
    expect(crossFetch.status).toBe(403);
  });
});

describe('API description', () => {
  it('publishes an OpenAPI 3.1 document built from the shared schemas, and a docs page', async () => {
    const doc = await (await t.app.request('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/clients', '/api/clients/{id}', '/api/setup', '/api/invitations/{token}/accept']),
    );
    expect(doc.components.schemas.CreateClientInput.required).toEqual(expect.arrayContaining(['name', 'email']));
    const page = await t.app.request('/api/docs');
    const html = await page.text();
    expect(html).toContain('/api/docs/swagger-ui-bundle.js');
    expect(html).not.toMatch(/<script>(?!<\/script>)/); // no inline script under our CSP
    expect((await t.app.request('/api/docs/swagger-ui-bundle.js')).status).toBe(200);
  });
});

describe('anonymous access', () => {
  it('keeps trainer data behind a session', async () => {
    const anon = new Agent(t.app);
    const res = await anon.get('/api/clients');
    expect(res.status).toBe(401);
    expect(res.body.error).toEqual({ code: 'UNAUTHENTICATED', message: 'Please sign in to continue.' });
  });
});
