/** The address tests pretend the app lives at (the Origin a browser on the site would send). */
export const TEST_APP_URL = 'http://localhost:3000';

type RequestableApp = { request(input: string, init?: RequestInit): Response | Promise<Response> };

export type Reply<T = any> = { status: number; body: T; headers: Headers };

/**
 * A browser-like caller of the in-process app: keeps its cookies between requests and sends
 * the app's own Origin on writes, as a real browser on the site would.
 */
export class Agent {
  private cookies = new Map<string, string>();
  constructor(
    private readonly app: RequestableApp,
    private readonly extraHeaders: Record<string, string> = {},
    private readonly baseUrl: string = TEST_APP_URL,
  ) {}

  /** A JSON request whose answer is read by the caller (a finite event stream, say). */
  async raw(method: string, path: string, body?: unknown): Promise<Response> {
    const init: RequestInit = { method, headers: { ...this.baseHeaders(method), 'content-type': 'application/json' } };
    if (body !== undefined) init.body = JSON.stringify(body);
    const res = await this.app.request(`${this.baseUrl}${path}`, init);
    this.remember(res.headers);
    return res;
  }

  async request<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply<T>> {
    const init: RequestInit = { method, headers: { ...this.baseHeaders(method), ...headers } };
    if (body instanceof FormData) {
      init.body = body; // fetch sets the multipart boundary
    } else if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
    }
    const res = await this.app.request(`${this.baseUrl}${path}`, init);
    this.remember(res.headers);
    if (res.headers.get('content-type')?.startsWith('text/event-stream')) {
      // An event stream never ends: the status and headers are the answer (read it with openStream).
      await res.body?.cancel();
      return { status: res.status, body: null as T, headers: res.headers };
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      /* not JSON: keep the text */
    }
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = any>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body ?? {});
  }
  put<T = any>(path: string, body?: unknown) {
    return this.request<T>('PUT', path, body ?? {});
  }
  patch<T = any>(path: string, body?: unknown) {
    return this.request<T>('PATCH', path, body ?? {});
  }
  delete<T = any>(path: string) {
    return this.request<T>('DELETE', path);
  }

  /** Sends a file the way a browser form does. */
  upload<T = any>(path: string, fields: Record<string, string | Blob | Blob[]>) {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) for (const one of Array.isArray(value) ? value : [value]) form.append(name, one);
    return this.request<T>('POST', path, form);
  }

  /** Downloads raw bytes (files, images). */
  async download(path: string, extra: Record<string, string> = {}): Promise<{ status: number; bytes: Uint8Array; headers: Headers }> {
    const headers = new Headers(this.baseHeaders('GET'));
    for (const [name, value] of Object.entries(extra)) headers.set(name, value);
    const res = await this.app.request(`${this.baseUrl}${path}`, { headers });
    return { status: res.status, bytes: new Uint8Array(await res.arrayBuffer()), headers: res.headers };
  }

  /** Opens an event stream (SSE) and hands back its response; the caller reads and cancels it. */
  async openStream(path: string): Promise<Response> {
    return this.app.request(`${this.baseUrl}${path}`, { headers: { ...this.baseHeaders('GET'), accept: 'text/event-stream' } });
  }

  get cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  private baseHeaders(method: string): Record<string, string> {
    const headers: Record<string, string> = { ...this.extraHeaders };
    if (this.cookies.size > 0) headers.cookie = this.cookieHeader;
    if (method !== 'GET' && method !== 'HEAD') headers.origin = new URL(this.baseUrl).origin;
    return headers;
  }

  private remember(headers: Headers) {
    for (const line of headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const [name, ...rest] = pair!.split('=');
      const value = rest.join('=');
      const expired = attributes.some((a) => /max-age=0\b/i.test(a.trim())) || value === '';
      if (expired) this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value);
    }
  }
}
