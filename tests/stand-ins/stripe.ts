import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { failureSwitch, type StandIn } from './stand-in';

/**
 * A small Stripe for tests, spoken to by the real `stripe` SDK (host/port/protocol options): the
 * objects OneCoach uses (products, prices, customers, checkout and billing-portal sessions,
 * subscriptions, invoices, refunds), kept in memory. Like Stripe it wants a secret key, answers
 * unknown endpoints and missing parameters with `invalid_request_error`, and can be told to fail.
 * Its checkout page "pays" and redirects to `success_url`; tests then build the events Stripe would
 * send (`event()`), sign them and deliver them to the app's webhook.
 */
export type StripeRequest = { method: string; path: string; params: Record<string, unknown> };
type Obj = Record<string, unknown> & { id: string };

/** Parses Stripe's form encoding (a[b][0][c]=v) into nested objects and arrays. */
export function parseStripeForm(body: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [rawKey, value] of new URLSearchParams(body)) {
    const parts = rawKey.replace(/\]/g, '').split('[');
    let node: Record<string, unknown> = out;
    parts.forEach((part, index) => {
      const last = index === parts.length - 1;
      const nextIsIndex = !last && /^\d+$/.test(parts[index + 1]!);
      if (last) node[part] = value;
      else node = (node[part] ??= nextIsIndex ? [] : {}) as Record<string, unknown>;
    });
  }
  return out;
}

const readBody = (request: IncomingMessage) =>
  new Promise<string>((done, fail) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (text += chunk));
    request.on('end', () => done(text));
    request.on('error', fail);
  });

export async function startStripeStandIn(options: { secretKey: string }) {
  const store = {
    products: new Map<string, Obj>(),
    prices: new Map<string, Obj>(),
    customers: new Map<string, Obj>(),
    sessions: new Map<string, Obj>(),
    subscriptions: new Map<string, Obj>(),
    invoices: new Map<string, Obj>(),
    refunds: new Map<string, Obj>(),
    portals: new Map<string, Obj>(),
    coupons: new Map<string, Obj>(),
    promotionCodes: new Map<string, Obj>(),
  };
  const received: StripeRequest[] = [];
  const failures = failureSwitch();
  let counter = 0;
  const id = (prefix: string) => `${prefix}_test${String(++counter).padStart(6, '0')}`;
  const now = () => Math.floor(Date.now() / 1000);
  let baseUrl = '';

  const error = (response: ServerResponse, status: number, message: string, param?: string) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({
        error: { type: status === 401 ? 'authentication_error' : 'invalid_request_error', message, ...(param ? { param } : {}) },
      }),
    );
  };
  const ok = (response: ServerResponse, body: unknown) => {
    response.writeHead(200, { 'content-type': 'application/json', 'request-id': id('req') });
    response.end(JSON.stringify(body));
  };
  const need = (params: Record<string, unknown>, ...names: string[]) =>
    names.find((name) => params[name] === undefined || params[name] === '');

  const priceObject = (price: Obj) => ({ ...price });
  function subscriptionItems(priceId: string, start: number, end: number) {
    const price = store.prices.get(priceId)!;
    return {
      object: 'list',
      data: [
        {
          id: id('si'),
          object: 'subscription_item',
          price: priceObject(price),
          quantity: 1,
          current_period_start: start,
          current_period_end: end,
        },
      ],
    };
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://stand-in');
    const raw = await readBody(request);
    const params =
      request.method === 'GET' || request.method === 'DELETE' ? parseStripeForm(url.searchParams.toString()) : parseStripeForm(raw);
    const path = url.pathname;

    // The hosted checkout page: "pays" and goes back to the app.
    const checkout = /^\/checkout\/(cs_\w+)$/.exec(path);
    if (checkout && request.method === 'GET') {
      const session = store.sessions.get(checkout[1]!);
      if (!session) return error(response, 404, 'No such checkout session');
      const done = completeCheckout(session.id);
      response.writeHead(303, { location: String(done.session.success_url).replace('{CHECKOUT_SESSION_ID}', session.id) });
      return response.end();
    }

    received.push({ method: request.method ?? '', path, params });
    const failure = failures.take();
    if (failure) return error(response, 500, failure);
    if (request.headers.authorization !== `Bearer ${options.secretKey}`) return error(response, 401, 'Invalid API Key provided');

    let match: RegExpExecArray | null;
    if (path === '/v1/products' && request.method === 'POST') {
      const missing = need(params, 'name');
      if (missing) return error(response, 400, `Missing required param: ${missing}.`, missing);
      const product = { id: id('prod'), object: 'product', active: true, description: null, metadata: {}, ...params };
      store.products.set(product.id, product);
      return ok(response, product);
    }
    if ((match = /^\/v1\/products\/(prod_\w+)$/.exec(path)) && request.method === 'POST') {
      const product = store.products.get(match[1]!);
      if (!product) return error(response, 404, `No such product: '${match[1]}'`, 'id');
      Object.assign(product, params, params.active !== undefined ? { active: params.active === 'true' } : {});
      return ok(response, product);
    }
    if (path === '/v1/prices' && request.method === 'POST') {
      const missing = need(params, 'currency', 'product', 'unit_amount');
      if (missing) return error(response, 400, `Missing required param: ${missing}.`, missing);
      if (!store.products.has(String(params.product)))
        return error(response, 400, `No such product: '${String(params.product)}'`, 'product');
      const recurring = params.recurring as { interval: string; interval_count?: string } | undefined;
      const price = {
        id: id('price'),
        object: 'price',
        active: true,
        currency: params.currency,
        product: params.product,
        unit_amount: Number(params.unit_amount),
        type: recurring ? 'recurring' : 'one_time',
        recurring: recurring ? { interval: recurring.interval, interval_count: Number(recurring.interval_count ?? 1) } : null,
        metadata: params.metadata ?? {},
      };
      store.prices.set(price.id, price);
      return ok(response, price);
    }
    if ((match = /^\/v1\/prices\/(price_\w+)$/.exec(path)) && request.method === 'POST') {
      const price = store.prices.get(match[1]!);
      if (!price) return error(response, 404, `No such price: '${match[1]}'`, 'id');
      if (params.active !== undefined) price.active = params.active === 'true';
      return ok(response, price);
    }
    if (path === '/v1/customers' && request.method === 'POST') {
      const customer = { id: id('cus'), object: 'customer', metadata: {}, ...params };
      store.customers.set(customer.id, customer);
      return ok(response, customer);
    }
    if (path === '/v1/checkout/sessions' && request.method === 'POST') {
      const missing = need(params, 'mode', 'success_url', 'line_items');
      if (missing) return error(response, 400, `Missing required param: ${missing}.`, missing);
      const items = params.line_items as Array<{ price: string; quantity: string }>;
      for (const [index, item] of items.entries())
        if (!store.prices.get(item.price)?.active)
          return error(response, 400, `No such price: '${item.price}'`, `line_items[${index}][price]`);
      const session = {
        id: id('cs'),
        object: 'checkout.session',
        status: 'open',
        payment_status: 'unpaid',
        subscription: null,
        customer: params.customer ?? null,
        metadata: {},
        ...params,
      } as Obj;
      session.url = `${baseUrl}/checkout/${session.id}`;
      store.sessions.set(session.id, session);
      return ok(response, session);
    }
    if ((match = /^\/v1\/checkout\/sessions\/(cs_\w+)$/.exec(path)) && request.method === 'GET') {
      const session = store.sessions.get(match[1]!);
      return session ? ok(response, session) : error(response, 404, `No such checkout session: '${match[1]}'`, 'id');
    }
    if (path === '/v1/billing_portal/sessions' && request.method === 'POST') {
      const missing = need(params, 'customer');
      if (missing) return error(response, 400, `Missing required param: ${missing}.`, missing);
      const portal = { id: id('bps'), object: 'billing_portal.session', url: `${baseUrl}/portal/${String(params.customer)}`, ...params };
      store.portals.set(portal.id, portal);
      return ok(response, portal);
    }
    if ((match = /^\/v1\/subscriptions\/(sub_\w+)$/.exec(path))) {
      const subscription = store.subscriptions.get(match[1]!);
      if (!subscription) return error(response, 404, `No such subscription: '${match[1]}'`, 'id');
      if (request.method === 'GET') return ok(response, subscription);
      if (request.method === 'POST') {
        if (params.cancel_at_period_end !== undefined) subscription.cancel_at_period_end = params.cancel_at_period_end === 'true';
        if (params.metadata) subscription.metadata = params.metadata;
        if (params.pause_collection !== undefined)
          subscription.pause_collection =
            params.pause_collection === '' ? null : { behavior: (params.pause_collection as { behavior: string }).behavior };
        return ok(response, subscription);
      }
      if (request.method === 'DELETE') {
        Object.assign(subscription, { status: 'canceled', canceled_at: now(), ended_at: now() });
        return ok(response, subscription);
      }
    }
    if (path === '/v1/subscriptions' && request.method === 'GET') {
      return ok(response, { object: 'list', has_more: false, data: [...store.subscriptions.values()] });
    }
    if (path === '/v1/coupons' && request.method === 'POST') {
      if (params.percent_off === undefined && params.amount_off === undefined)
        return error(response, 400, 'Must provide either percent_off or amount_off.', 'percent_off');
      if (params.amount_off !== undefined && !params.currency) return error(response, 400, 'Missing required param: currency.', 'currency');
      if (params.duration === 'repeating' && !params.duration_in_months)
        return error(response, 400, 'Missing required param: duration_in_months.', 'duration_in_months');
      const coupon = {
        id: id('co'),
        object: 'coupon',
        valid: true,
        ...params,
        percent_off: params.percent_off === undefined ? null : Number(params.percent_off),
        amount_off: params.amount_off === undefined ? null : Number(params.amount_off),
        duration_in_months: params.duration_in_months === undefined ? null : Number(params.duration_in_months),
      };
      store.coupons.set(coupon.id, coupon);
      return ok(response, coupon);
    }
    if (path === '/v1/promotion_codes' && request.method === 'POST') {
      const promotion = params.promotion as { coupon?: string; type?: string } | undefined;
      const couponId = promotion?.coupon ?? (params.coupon as string | undefined);
      if (!couponId || !store.coupons.has(couponId)) return error(response, 400, 'No such coupon', 'promotion[coupon]');
      if ([...store.promotionCodes.values()].some((code) => code.code === params.code && code.active))
        return error(response, 400, 'An active promotion code with `code` already exists.', 'code');
      const code = {
        id: id('promo'),
        object: 'promotion_code',
        active: true,
        code: params.code,
        coupon: store.coupons.get(couponId),
        promotion: { type: 'coupon', coupon: couponId },
      };
      store.promotionCodes.set(code.id, code);
      return ok(response, code);
    }
    if (path === '/v1/promotion_codes' && request.method === 'GET') {
      return ok(response, {
        object: 'list',
        has_more: false,
        data: [...store.promotionCodes.values()].filter((code) => params.active !== 'true' || code.active),
      });
    }
    if ((match = /^\/v1\/promotion_codes\/(promo_\w+)$/.exec(path)) && request.method === 'POST') {
      const code = store.promotionCodes.get(match[1]!);
      if (!code) return error(response, 404, `No such promotion code: '${match[1]}'`, 'id');
      if (params.active !== undefined) code.active = params.active === 'true';
      return ok(response, code);
    }
    if (path === '/v1/refunds' && request.method === 'POST') {
      const missing = need(params, 'payment_intent');
      if (missing) return error(response, 400, `Missing required param: ${missing}.`, missing);
      const refund = { id: id('re'), object: 'refund', status: 'succeeded', ...params, amount: Number(params.amount ?? 0) };
      store.refunds.set(refund.id, refund);
      return ok(response, refund);
    }
    return error(response, 404, `Unrecognized request URL (${request.method} ${path}).`);
  }

  /** What Stripe does when the customer pays on the checkout page. */
  function completeCheckout(sessionId: string) {
    const session = store.sessions.get(sessionId)!;
    const customer = (session.customer as string | null) ?? id('cus');
    if (!store.customers.has(customer))
      store.customers.set(customer, { id: customer, object: 'customer', email: session.customer_email ?? null, metadata: {} });
    let subscription: Obj | null = null;
    if (session.mode === 'subscription') {
      const items = session.line_items as Array<{ price: string }>;
      const trialDays = Number((session.subscription_data as { trial_period_days?: string } | undefined)?.trial_period_days ?? 0);
      const start = now();
      const end = start + (trialDays > 0 ? trialDays : 30) * 86_400;
      subscription = {
        id: id('sub'),
        object: 'subscription',
        customer,
        status: trialDays > 0 ? 'trialing' : 'active',
        cancel_at_period_end: false,
        trial_end: trialDays > 0 ? end : null,
        created: start,
        metadata: (session.subscription_data as { metadata?: unknown } | undefined)?.metadata ?? session.metadata ?? {},
        items: subscriptionItems(
          items.find((item) => store.prices.get(item.price)?.type === 'recurring')?.price ?? items[0]!.price,
          start,
          end,
        ),
      };
      store.subscriptions.set(subscription.id, subscription);
    }
    Object.assign(session, { status: 'complete', payment_status: 'paid', customer, subscription: subscription?.id ?? null });
    return { session, subscription };
  }

  /** An invoice for a subscription (paid or failed), as Stripe would create at a renewal. */
  function invoice(subscriptionId: string, status: 'paid' | 'open', amount?: number) {
    const subscription = store.subscriptions.get(subscriptionId)!;
    const price = (subscription.items as { data: Array<{ price: { unit_amount: number; currency: string } }> }).data[0]!.price;
    const inv = {
      id: id('in'),
      object: 'invoice',
      customer: subscription.customer,
      status,
      currency: price.currency,
      amount_due: amount ?? price.unit_amount,
      amount_paid: status === 'paid' ? (amount ?? price.unit_amount) : 0,
      hosted_invoice_url: `${baseUrl}/invoices/${String(++counter)}`,
      parent: { type: 'subscription_details', subscription_details: { subscription: subscriptionId } },
      payments: { object: 'list', data: [{ payment: { type: 'payment_intent', payment_intent: id('pi') } }] },
      status_transitions: { paid_at: status === 'paid' ? now() : null },
      created: now(),
    };
    store.invoices.set(inv.id, inv);
    return inv;
  }

  /** Moves a subscription's state the way Stripe would (renewal, failure, recovery, cancellation). */
  function setSubscription(subscriptionId: string, patch: Record<string, unknown>) {
    const subscription = store.subscriptions.get(subscriptionId)!;
    Object.assign(subscription, patch);
    return structuredClone(subscription);
  }

  /** An event envelope around a copy of the object. */
  function event(type: string, object: unknown, created = now()) {
    return {
      id: id('evt'),
      object: 'event',
      api_version: '2026-10-28.endive',
      created,
      type,
      livemode: false,
      data: { object: structuredClone(object) },
    };
  }

  const server = createServer((request, response) => void handle(request, response));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  baseUrl = `http://127.0.0.1:${port}`;
  const standIn: StandIn<StripeRequest> & {
    port: number;
    store: typeof store;
    completeCheckout: typeof completeCheckout;
    invoice: typeof invoice;
    setSubscription: typeof setSubscription;
    event: typeof event;
  } = {
    url: baseUrl,
    port,
    received,
    store,
    completeCheckout,
    invoice,
    setSubscription,
    event,
    failNext: (count, reason) => failures.arm(count, reason),
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
  return standIn;
}
