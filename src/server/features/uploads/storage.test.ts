import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BlobsServer } from '@netlify/blobs/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3StandIn } from '../../../../tests/stand-ins/s3';
import { assertSafeKey, createBlobsStorage, createLocalStorage, createS3Storage, type Storage } from './storage';

const dir = mkdtempSync(join(tmpdir(), 'onecoach-storage-'));
let blobs: BlobsServer;
let blobsPort = 0;
const s3Keys = { bucket: 'onecoach-test', accessKeyId: 'AKIATESTTEST', secretAccessKey: 'test-secret-key-0123456789', region: 'eu-west-1' };
let s3: Awaited<ReturnType<typeof startS3StandIn>>;
beforeAll(async () => {
  blobs = new BlobsServer({ directory: join(dir, 'blobs'), token: 'test-token', port: 0 });
  blobsPort = (await blobs.start()).port;
  s3 = await startS3StandIn(s3Keys);
});
afterAll(async () => {
  await blobs.stop();
  await s3.close();
  rmSync(dir, { recursive: true, force: true });
});

const implementations: [string, () => Storage][] = [
  ['local disk', () => createLocalStorage(join(dir, 'local'))],
  [
    'Netlify Blobs',
    () => createBlobsStorage({ storeName: 'uploads', siteID: 'site-1', token: 'test-token', apiURL: `http://127.0.0.1:${blobsPort}` }),
  ],
  ['S3-compatible', () => createS3Storage({ ...s3Keys, endpoint: s3.url, forcePathStyle: true })],
];

describe.each(implementations)('storage on %s', (_name, make) => {
  it('stores, reads back byte for byte with its type, and deletes', async () => {
    const storage = make();
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0x00, 0x10, 0x80, 0x7f]);
    await storage.put('photos/client-1/front.jpg', bytes, 'image/jpeg');
    const read = await storage.get('photos/client-1/front.jpg');
    expect(read?.contentType).toBe('image/jpeg');
    expect([...read!.body]).toEqual([...bytes]);
    await storage.delete('photos/client-1/front.jpg');
    expect(await storage.get('photos/client-1/front.jpg')).toBeNull();
    await storage.delete('photos/client-1/front.jpg'); // deleting twice is fine
  });

  it('answers null for a key that was never stored', async () => {
    expect(await make().get('nothing/here.png')).toBeNull();
  });
});

describe('S3-compatible storage', () => {
  it('signs every request with the configured keys: a wrong secret is refused, not silently stored', async () => {
    const wrong = createS3Storage({ ...s3Keys, secretAccessKey: 'not-the-secret', endpoint: s3.url, forcePathStyle: true });
    await expect(wrong.put('a/b.jpg', new Uint8Array([1, 2, 3]), 'image/jpeg')).rejects.toThrow(/403 SignatureDoesNotMatch/);
    expect(s3.objects.has('a/b.jpg')).toBe(false);
  });

  it('stores objects under their key in the bucket, with their type', async () => {
    const storage = createS3Storage({ ...s3Keys, endpoint: s3.url, forcePathStyle: true });
    await storage.put('clients/c-1/photo-1', new Uint8Array([9, 8, 7]), 'image/webp');
    expect(s3.received.at(-1)).toMatchObject({
      method: 'PUT',
      bucket: 'onecoach-test',
      key: 'clients/c-1/photo-1',
      contentType: 'image/webp',
    });
    expect(s3.objects.get('clients/c-1/photo-1')?.body.length).toBe(3);
  });

  it('reports an outage instead of pretending the file is missing', async () => {
    const storage = createS3Storage({ ...s3Keys, endpoint: s3.url, forcePathStyle: true });
    s3.failNext(3, 'down for maintenance');
    await expect(storage.get('clients/c-1/photo-1')).rejects.toThrow(/503/);
  });

  it('addresses AWS buckets by host name unless told to use paths', async () => {
    const calls: string[] = [];
    const original = globalThis.fetch;
    globalThis.fetch = (input: Request | string | URL) => {
      calls.push(input instanceof Request ? input.url : String(input));
      return Promise.resolve(new Response(null, { status: 204 }));
    };
    try {
      await createS3Storage({ ...s3Keys, forcePathStyle: false }).delete('clients/c-1/x');
    } finally {
      globalThis.fetch = original;
    }
    expect(calls).toEqual(['https://onecoach-test.s3.eu-west-1.amazonaws.com/clients/c-1/x']);
  });
});

describe('storage keys', () => {
  it('refuses keys that could escape their folder', () => {
    for (const key of ['../etc/passwd', 'a/../../b', '/abs', 'a//b', '', 'sp ace']) expect(() => assertSafeKey(key)).toThrow();
    expect(() => assertSafeKey('photos/abc-123/front.webp')).not.toThrow();
  });
});
