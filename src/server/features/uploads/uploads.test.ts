import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJoinedClient, createTrainer } from '../../../../tests/factories/clients';
import type { Agent } from '../../../../tests/setup/agent';
import { createTestApp, type TestApp } from '../../../../tests/setup/test-app';
import { cleanName } from './upload-pipeline';

let t: TestApp;
let trainer: Agent;
beforeAll(async () => {
  t = await createTestApp();
  trainer = (await createTrainer(t.app)).agent;
});
afterAll(() => t.close());

/** A phone photo: 1200×800 stored sideways with orientation 6, camera details and a GPS position. */
async function phonePhoto(): Promise<Uint8Array> {
  const buffer = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#c0ffee' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'Phone Co', Model: 'Pocket 9' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '40/1 25/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '3/1 42/1 0/1' },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
  return new Uint8Array(buffer);
}

const file = (bytes: Uint8Array | string, name: string) => new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name);
const PDF = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';

describe('the upload pipeline', () => {
  it('re-encodes a photo upright without any metadata, with a thumbnail, readable only by its client and the trainer', async () => {
    const a = await createJoinedClient(t.app, trainer);
    const b = await createJoinedClient(t.app, trainer);
    const original = await phonePhoto();
    expect(await sharp(original).metadata()).toMatchObject({ orientation: 6, width: 1200, exif: expect.anything() });

    const res = await a.agent.upload('/api/uploads', { file: file(original, 'IMG_0042.HEIC.jpg') });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'image', contentType: 'image/jpeg', width: 800, height: 1200, name: 'IMG_0042.HEIC.jpg' });

    const stored = await a.agent.download(res.body.url);
    expect(stored.status).toBe(200);
    expect(stored.headers.get('content-type')).toBe('image/jpeg');
    expect(stored.headers.get('cache-control')).toContain('private');
    const meta = await sharp(stored.bytes).metadata();
    expect(meta).toMatchObject({ width: 800, height: 1200 });
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect(Buffer.from(stored.bytes).includes('Pocket 9')).toBe(false);

    const thumb = await trainer.download(res.body.thumbnailUrl);
    expect(thumb.headers.get('content-type')).toBe('image/webp');
    expect((await sharp(thumb.bytes).metadata()).height).toBe(480);

    expect((await b.agent.download(res.body.url)).status).toBe(404);
    expect((await b.agent.upload('/api/uploads', { file: file(original, 'x.jpg'), clientId: a.client.id })).status).toBe(404);
  });

  it('accepts documents by their content and refuses files that lie about their type', async () => {
    const { agent } = await createJoinedClient(t.app, trainer);
    const pdf = await agent.upload('/api/uploads', { file: file(PDF, 'meal plan.pdf') });
    expect(pdf.body).toMatchObject({ kind: 'file', contentType: 'application/pdf', name: 'meal plan.pdf', thumbnailUrl: null });
    const download = await agent.download(pdf.body.url);
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''meal%20plan.pdf`);
    expect(download.headers.get('content-security-policy')).toContain('sandbox');

    const csv = await agent.upload('/api/uploads', { file: file('date,weight\n2026-11-01,81.2\n', 'weights.csv') });
    expect(csv.body.contentType).toBe('text/csv; charset=utf-8');

    const fakeJpeg = await agent.upload('/api/uploads', { file: file('<script>alert(1)</script>', 'cute.jpg') });
    expect(fakeJpeg.status).toBe(400);
    expect(fakeJpeg.body.error).toMatchObject({ code: 'VALIDATION_FAILED', details: { fields: [{ path: 'file' }] } });
    expect(fakeJpeg.body.error.message).toContain('named .jpg but its content is not');

    const exe = new Uint8Array(512);
    exe.set([0x4d, 0x5a, 0x90, 0x00]); // "MZ": a Windows program
    const fakePdf = await agent.upload('/api/uploads', { file: file(exe, 'invoice.pdf') });
    expect(fakePdf.status).toBe(400);

    const html = await agent.upload('/api/uploads', { file: file('<html><body>hi</body></html>', 'page.html') });
    expect(html.status).toBe(400);
    expect((await agent.upload('/api/uploads', { file: file('', 'empty.txt') })).status).toBe(400);
    const missing = await agent.upload('/api/uploads', { purpose: 'message' });
    expect(missing.body.error.details.fields[0].path).toBe('form.file');
  });

  it('limits sizes: 10 MB for documents, the request body for everything', async () => {
    const { agent } = await createJoinedClient(t.app, trainer);
    const big = new Uint8Array(11 * 1024 * 1024);
    big.set(new TextEncoder().encode(PDF));
    const tooBig = await agent.upload('/api/uploads', { file: file(big, 'scan.pdf') });
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    const huge = await agent.upload('/api/uploads', { file: file(new Uint8Array(17 * 1024 * 1024), 'huge.pdf') });
    expect(huge.status).toBe(413);
  });

  it('sends a photo in a message, deletes its bytes with the message, and sweeps uploads never sent', async () => {
    const { client, agent } = await createJoinedClient(t.app, trainer);
    const photo = (await agent.upload('/api/uploads', { file: file(await phonePhoto(), 'form.jpg') })).body;
    const path = `/api/clients/${client.id}/messages`;
    expect((await trainer.post(path, { attachmentId: photo.id })).body.error.details.fields[0].path).toBe('attachmentId');
    const sent = await agent.post(path, { attachmentId: photo.id });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ body: null, attachment: { id: photo.id, kind: 'image' } });
    const seen = (await trainer.get(path)).body.items[0];
    expect(seen.attachment.url).toBe(`/api/uploads/${photo.id}`);

    await agent.delete(`/api/messages/${sent.body.id}`);
    expect((await trainer.download(photo.url)).status).toBe(404);
    expect((await trainer.get(path)).body.items[0]).toMatchObject({ attachment: null, deletedAt: expect.any(String) });

    const abandoned = (await agent.upload('/api/uploads', { file: file(PDF, 'draft.pdf') })).body;
    t.clock.advance(25 * 60 * 60 * 1000);
    const { sweepOrphanUploads } = await import('./uploads.service');
    expect(await sweepOrphanUploads(t.jobDeps)).toBeGreaterThanOrEqual(1);
    expect((await agent.download(abandoned.url)).status).toBe(404);
  });

  it('cleans display names', () => {
    expect(cleanName('C:\\Users\\me\\Desktop\\plan.pdf')).toBe('plan.pdf');
    expect(cleanName('../../etc/passwd')).toBe('passwd');
    expect(cleanName('a\u0000b"c.txt')).toBe('abc.txt');
    expect(cleanName(`${'x'.repeat(200)}.pdf`)).toHaveLength(120);
  });
});
