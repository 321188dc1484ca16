import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { AwsClient } from 'aws4fetch';
import { failureSwitch, type StandIn } from './stand-in';

export type S3Request = { method: string; bucket: string; key: string; contentType: string | null; bytes: number };

const xmlError = (code: string, message: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`;

const readBody = (request: IncomingMessage) =>
  new Promise<Buffer>((done, fail) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => done(Buffer.concat(chunks)));
    request.on('error', fail);
  });

/**
 * A small S3 (path-style) for tests: PutObject, GetObject, DeleteObject on one bucket, kept in
 * memory. Like S3 it refuses an unsigned or wrongly signed request (SignatureDoesNotMatch: the
 * request is signed again here with the expected keys over the headers the caller signed),
 * an unknown bucket (NoSuchBucket), a missing key (NoSuchKey) and any other operation.
 */
export async function startS3StandIn(options: { bucket: string; accessKeyId: string; secretAccessKey: string; region: string }) {
  const objects = new Map<string, { body: Buffer; contentType: string }>();
  const received: S3Request[] = [];
  const failures = failureSwitch();
  const verifier = new AwsClient({ ...options, service: 's3' });

  const server = createServer((request, response) => void handle(request, response));
  async function handle(request: IncomingMessage, response: ServerResponse) {
    const send = (status: number, body = '', headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'application/xml', ...headers });
      response.end(body);
    };
    const body = await readBody(request);
    const url = new URL(request.url ?? '/', `http://${request.headers.host}`);
    const [, bucket = '', ...rest] = url.pathname.split('/');
    const key = rest.map(decodeURIComponent).join('/');
    received.push({ method: request.method ?? '', bucket, key, contentType: request.headers['content-type'] ?? null, bytes: body.length });

    const failure = failures.take();
    if (failure) return send(503, xmlError('SlowDown', failure));

    // Signature check: rebuild the request from the headers it says it signed and sign it again.
    const authorization = request.headers.authorization ?? '';
    const signedHeaders = /SignedHeaders=([^,]+)/.exec(authorization)?.[1]?.split(';') ?? [];
    const amzDate = request.headers['x-amz-date'];
    if (!authorization.startsWith('AWS4-HMAC-SHA256 ') || typeof amzDate !== 'string')
      return send(403, xmlError('AccessDenied', 'Unsigned request'));
    const headers = new Headers();
    for (const name of signedHeaders) {
      const value = request.headers[name];
      if (typeof value === 'string') headers.set(name, value);
    }
    const resigned = await verifier.sign(url.toString(), {
      method: request.method ?? 'GET',
      headers,
      ...(body.length > 0 ? { body: new Uint8Array(body) } : {}),
      aws: { datetime: amzDate, allHeaders: true },
    });
    if (resigned.headers.get('authorization') !== authorization)
      return send(403, xmlError('SignatureDoesNotMatch', 'The request signature we calculated does not match'));

    if (bucket !== options.bucket) return send(404, xmlError('NoSuchBucket', 'The specified bucket does not exist'));
    if (!key) return send(400, xmlError('NotImplemented', 'Only object operations are supported here'));
    if (request.method === 'PUT') {
      if (request.headers['x-amz-copy-source']) return send(501, xmlError('NotImplemented', 'CopyObject'));
      objects.set(key, { body, contentType: request.headers['content-type'] ?? 'binary/octet-stream' });
      return send(200, '', { etag: `"${body.length.toString(16)}"` });
    }
    if (request.method === 'GET') {
      const object = objects.get(key);
      if (!object) return send(404, xmlError('NoSuchKey', 'The specified key does not exist.'));
      response.writeHead(200, { 'content-type': object.contentType, 'content-length': String(object.body.length) });
      return response.end(object.body);
    }
    if (request.method === 'DELETE') {
      objects.delete(key);
      return send(204);
    }
    return send(405, xmlError('MethodNotAllowed', 'The specified method is not allowed against this resource.'));
  }
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const standIn: StandIn<S3Request> & { objects: typeof objects } = {
    url: `http://127.0.0.1:${port}`,
    received,
    objects,
    failNext: (count, reason) => failures.arm(count, reason),
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
  return standIn;
}
