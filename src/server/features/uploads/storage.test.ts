import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BlobsServer } from '@netlify/blobs/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertSafeKey, createBlobsStorage, createLocalStorage, type Storage } from './storage';

const dir = mkdtempSync(join(tmpdir(), 'onecoach-storage-'));
let blobs: BlobsServer;
let blobsPort = 0;
beforeAll(async () => {
  blobs = new BlobsServer({ directory: join(dir, 'blobs'), token: 'test-token', port: 0 });
  blobsPort = (await blobs.start()).port;
});
afterAll(async () => {
  await blobs.stop();
  rmSync(dir, { recursive: true, force: true });
});

const implementations: [string, () => Storage][] = [
  ['local disk', () => createLocalStorage(join(dir, 'local'))],
  [
    'Netlify Blobs',
    () => createBlobsStorage({ storeName: 'uploads', siteID: 'site-1', token: 'test-token', apiURL: `http://127.0.0.1:${blobsPort}` }),
  ],
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

describe('storage keys', () => {
  it('refuses keys that could escape their folder', () => {
    for (const key of ['../etc/passwd', 'a/../../b', '/abs', 'a//b', '', 'sp ace']) expect(() => assertSafeKey(key)).toThrow();
    expect(() => assertSafeKey('photos/abc-123/front.webp')).not.toThrow();
  });
});
