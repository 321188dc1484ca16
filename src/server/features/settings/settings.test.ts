import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTrainer } from '../../../../tests/factories/clients';
import { Agent } from '../../../../tests/setup/agent';
import { createTestApp, type TestApp } from '../../../../tests/setup/test-app';

let t: TestApp;
let trainer: Agent;
beforeAll(async () => {
  t = await createTestApp();
  trainer = (await createTrainer(t.app)).agent;
});
afterAll(() => t.close());

describe('the public profile', () => {
  it('shows the trainer name, business, bio and photo to anyone; the photo is re-encoded and replaced', async () => {
    const jpeg = async (background: string) =>
      new Uint8Array(
        await sharp({ create: { width: 400, height: 400, channels: 3, background } })
          .jpeg()
          .withExif({ IFD0: { Model: 'Pocket 9' } })
          .toBuffer(),
      );
    const anyone = new Agent(t.app);
    expect((await anyone.get('/api/public/profile')).body).toMatchObject({ bio: '', photoUrl: null });
    expect((await trainer.put('/api/settings', { bio: 'Strength coach for busy parents.' })).status).toBe(200);
    const form = new FormData();
    form.append('file', new File([await jpeg('#884422')], 'me.jpg'));
    const set = await trainer.request('POST', '/api/settings/photo', form);
    expect(set.status).toBe(200);
    const profile = (await anyone.get('/api/public/profile')).body;
    expect(profile).toMatchObject({ bio: 'Strength coach for busy parents.', photoUrl: set.body.photoUrl });
    const photo = await anyone.download(profile.photoUrl);
    expect(photo.status).toBe(200);
    expect(photo.headers.get('cache-control')).toContain('public');
    expect(Buffer.from(photo.bytes).includes('Pocket 9')).toBe(false);
    const text = new FormData();
    text.append('file', new File(['not a photo'], 'me.jpg'));
    expect((await trainer.request('POST', '/api/settings/photo', text)).body.error.details.fields[0].path).toBe('file');
    expect((await trainer.delete('/api/settings/photo')).status).toBe(200);
    expect((await anyone.get('/api/public/profile')).body.photoUrl).toBeNull();
    expect((await anyone.download('/api/public/trainer-photo')).status).toBe(404);
  });
});
