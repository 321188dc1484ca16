import type { ErrorCode, FieldIssue } from '../../shared/errors';

/** Codes the server sends, plus one of ours for when the request never got an answer. */
export type ApiErrorCode = ErrorCode | 'NETWORK_ERROR';

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly status: number;
  readonly fields: FieldIssue[];
  /** Everything else the server put in `details` (e.g. `currentVersion` on a save conflict). */
  readonly details: Record<string, unknown>;

  constructor(input: { code: ApiErrorCode; status: number; message: string; fields?: FieldIssue[]; details?: Record<string, unknown> }) {
    super(input.message);
    this.name = 'ApiError';
    this.code = input.code;
    this.status = input.status;
    this.fields = input.fields ?? [];
    this.details = input.details ?? {};
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

type QueryValue = string | number | boolean | null | undefined;

type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
};

const OFFLINE_MESSAGE = "We couldn't reach OneCoach. Check your connection and try again.";
const SERVER_MESSAGE = 'Something went wrong on our side. Try again in a moment.';

function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

function toApiError(status: number, body: unknown): ApiError {
  const envelope = (body as { error?: { code?: unknown; message?: unknown; details?: { fields?: unknown } } } | null)?.error;
  if (envelope && typeof envelope.code === 'string' && typeof envelope.message === 'string') {
    const fields = Array.isArray(envelope.details?.fields) ? (envelope.details.fields as FieldIssue[]) : [];
    const details = typeof envelope.details === 'object' && envelope.details !== null ? envelope.details : {};
    return new ApiError({ code: envelope.code as ErrorCode, status, message: envelope.message, fields, details });
  }
  return new ApiError({ code: status >= 500 ? 'INTERNAL' : 'VALIDATION_FAILED', status, message: SERVER_MESSAGE });
}

/** The one way the web app talks to the API: JSON in, JSON out, errors as ApiError. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, query, signal } = options;
  let response: Response;
  try {
    response = await fetch(buildUrl(path, query), {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ code: 'NETWORK_ERROR', status: 0, message: OFFLINE_MESSAGE });
  }

  const data = parseJson(await response.text());
  if (!response.ok) throw toApiError(response.status, data);
  return data as T;
}

function parseJson(text: string): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

type UploadOptions = { signal?: AbortSignal; onProgress?: (fraction: number) => void };

/**
 * Posts a multipart form (a file) and reports how much has gone up: fetch cannot tell upload
 * progress, XMLHttpRequest can. Answers and errors come back exactly as from `api`.
 */
export function upload<T>(path: string, form: FormData, options: UploadOptions = {}): Promise<T> {
  const { signal, onProgress } = options;
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) return reject(new DOMException('The upload was cancelled.', 'AbortError'));
    const request = new XMLHttpRequest();
    request.open('POST', path);
    request.setRequestHeader('Accept', 'application/json');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    request.onload = () => {
      const data = parseJson(request.responseText);
      if (request.status >= 200 && request.status < 300) return resolve(data as T);
      const error = toApiError(request.status, data);
      // A proxy or the hosting platform may refuse a big body before our server sees it, without our envelope.
      if (request.status === 413 && error.message === SERVER_MESSAGE)
        return reject(new ApiError({ code: 'PAYLOAD_TOO_LARGE', status: 413, message: 'That file is too large to send.' }));
      reject(error);
    };
    request.onerror = () => reject(new ApiError({ code: 'NETWORK_ERROR', status: 0, message: OFFLINE_MESSAGE }));
    request.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(form);
  });
}

/** A message fit to show a person, whatever was thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return SERVER_MESSAGE;
}
