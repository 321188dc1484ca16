import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { getStore } from '@netlify/blobs';
import { AwsClient } from 'aws4fetch';

/**
 * Where uploaded files (progress photos, chat files…) live. Private by construction: there is
 * no public URL; the API reads an object and streams it to an authorised caller.
 * Implementations: local disk (default), any S3-compatible store (when S3_BUCKET is set), and
 * Netlify Blobs (on Netlify without S3).
 */
export type StoredObject = { body: Uint8Array; contentType: string };
export type Storage = {
  kind: 'local' | 'netlify-blobs' | 's3';
  put(key: string, body: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<StoredObject | null>;
  delete(key: string): Promise<void>;
};

/** Keys are ours (ids), never user input; still, refuse anything that could climb out of a folder. */
export function assertSafeKey(key: string): void {
  if (!/^[a-zA-Z0-9][a-zA-Z0-9/_.-]{0,255}$/.test(key) || key.includes('..') || key.includes('//')) {
    throw new Error(`unsafe storage key: ${JSON.stringify(key)}`);
  }
}

export function createLocalStorage(root: string): Storage {
  const base = resolve(root);
  const pathOf = (key: string) => {
    assertSafeKey(key);
    const path = join(base, key);
    if (!path.startsWith(base + sep)) throw new Error('storage key escapes the root');
    return path;
  };
  return {
    kind: 'local',
    async put(key, body, contentType) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, body);
      await writeFile(`${path}.type`, contentType);
    },
    async get(key) {
      const path = pathOf(key);
      try {
        const [body, contentType] = await Promise.all([readFile(path), readFile(`${path}.type`, 'utf8')]);
        return { body: new Uint8Array(body), contentType };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async delete(key) {
      const path = pathOf(key);
      await rm(path, { force: true });
      await rm(`${path}.type`, { force: true });
    },
  };
}

/** On Netlify the site's context (site id, token) comes from the function environment. */
export function createBlobsStorage(options: { storeName: string; siteID?: string; token?: string; apiURL?: string }): Storage {
  // Opened on first use: the function's Blobs context exists only inside a request.
  let opened: ReturnType<typeof getStore> | undefined;
  const open = () =>
    (opened ??=
      options.siteID && options.token
        ? getStore({ name: options.storeName, siteID: options.siteID, token: options.token, apiURL: options.apiURL, consistency: 'strong' })
        : getStore({ name: options.storeName, consistency: 'strong' }));
  return {
    kind: 'netlify-blobs',
    async put(key, body, contentType) {
      assertSafeKey(key);
      await open().set(key, new Blob([new Uint8Array(body)]), { metadata: { contentType } });
    },
    async get(key) {
      assertSafeKey(key);
      const found = await open().getWithMetadata(key, { type: 'arrayBuffer' });
      if (!found) return null;
      return {
        body: new Uint8Array(found.data),
        contentType: typeof found.metadata.contentType === 'string' ? found.metadata.contentType : 'application/octet-stream',
      };
    },
    async delete(key) {
      assertSafeKey(key);
      await open().delete(key);
    },
  };
}

export type S3Options = {
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
  /** e.g. https://<account>.r2.cloudflarestorage.com or http://127.0.0.1:9000 (MinIO); unset = AWS. */
  endpoint?: string | undefined;
  /** Bucket in the path (MinIO, most self-hosted stores) rather than in the host name (AWS default). */
  forcePathStyle: boolean;
};

/**
 * Any S3-compatible store (AWS S3, Cloudflare R2, MinIO, Backblaze B2, Wasabi…) through three
 * signed requests (SigV4 by aws4fetch). Objects are private: nothing is ever served from the
 * bucket directly, so the bucket needs no public access at all.
 */
export function createS3Storage(options: S3Options): Storage {
  const client = new AwsClient({
    accessKeyId: options.accessKeyId,
    secretAccessKey: options.secretAccessKey,
    region: options.region,
    service: 's3',
    retries: 2,
  });
  const endpoint = (options.endpoint ?? `https://s3.${options.region}.amazonaws.com`).replace(/\/+$/, '');
  const urlOf = (key: string) => {
    assertSafeKey(key);
    const path = key.split('/').map(encodeURIComponent).join('/');
    if (options.forcePathStyle) return `${endpoint}/${encodeURIComponent(options.bucket)}/${path}`;
    const url = new URL(endpoint);
    url.hostname = `${options.bucket}.${url.hostname}`;
    return `${url.origin}/${path}`;
  };
  const fail = async (response: Response, action: string) => {
    const text = await response.text().catch(() => '');
    const code = /<Code>([^<]+)<\/Code>/.exec(text)?.[1] ?? response.statusText;
    return new Error(`S3 ${action} failed: ${response.status} ${code}`);
  };
  return {
    kind: 's3',
    async put(key, body, contentType) {
      const response = await client.fetch(urlOf(key), {
        method: 'PUT',
        body: new Uint8Array(body),
        headers: { 'content-type': contentType },
      });
      if (!response.ok) throw await fail(response, 'upload');
      await response.arrayBuffer();
    },
    async get(key) {
      const response = await client.fetch(urlOf(key), { method: 'GET' });
      if (response.status === 404) {
        await response.arrayBuffer();
        return null;
      }
      if (!response.ok) throw await fail(response, 'read');
      return {
        body: new Uint8Array(await response.arrayBuffer()),
        contentType: response.headers.get('content-type') ?? 'application/octet-stream',
      };
    },
    async delete(key) {
      const response = await client.fetch(urlOf(key), { method: 'DELETE' });
      // S3 answers 204 for a delete, also of a key that is not there.
      if (!response.ok && response.status !== 404) throw await fail(response, 'delete');
      await response.arrayBuffer();
    },
  };
}

/** The storage this environment uses: S3 when configured, else Netlify Blobs on Netlify, else DATA_DIR/uploads. */
export function createStorageFor(env: { onNetlify: boolean; dataDir: string; s3: S3Options | null }): Storage {
  if (env.s3) return createS3Storage(env.s3);
  return env.onNetlify ? createBlobsStorage({ storeName: 'uploads' }) : createLocalStorage(join(env.dataDir, 'uploads'));
}
