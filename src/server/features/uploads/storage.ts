import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { getStore } from '@netlify/blobs';

/**
 * Where uploaded files (progress photos, chat files…) live. Private by construction: there is
 * no public URL; the API reads an object and streams it to an authorised caller.
 * Implementations: local disk (default), Netlify Blobs (on Netlify); S3-compatible comes with uploads.
 */
export type StoredObject = { body: Uint8Array; contentType: string };
export type Storage = {
  kind: 'local' | 'netlify-blobs';
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

/** The storage this environment uses: Netlify Blobs on Netlify, otherwise DATA_DIR/uploads. */
export function createStorageFor(env: { onNetlify: boolean; dataDir: string }): Storage {
  return env.onNetlify ? createBlobsStorage({ storeName: 'uploads' }) : createLocalStorage(join(env.dataDir, 'uploads'));
}
