import { CreditCard } from 'lucide-react';

/** Shown while no Stripe keys are configured: how to connect, and that manual billing works now. */
export function StripeConnectPanel() {
  return (
    <section
      aria-labelledby="connect-stripe"
      className="flex flex-col gap-3 rounded-lg border border-line bg-surface p-4 shadow-sm sm:flex-row sm:gap-4 sm:p-5"
    >
      <div aria-hidden className="flex size-10 shrink-0 items-center justify-center rounded-full bg-accent-soft text-accent-text">
        <CreditCard className="size-5" />
      </div>
      <div className="flex min-w-0 flex-col gap-2 text-sm">
        <h2 id="connect-stripe" className="text-base font-semibold text-text">
          Connect Stripe to take card payments
        </h2>
        <p className="text-muted">
          OneCoach takes payments through your own Stripe account — no monthly add-on, just Stripe's fee per payment. To connect it, add two
          settings where OneCoach runs and restart it:
        </p>
        <dl className="grid gap-x-3 gap-y-1 sm:grid-cols-[auto_1fr]">
          <dt>
            <code className="rounded-sm bg-surface-muted px-1.5 py-0.5 font-mono text-xs text-text">STRIPE_SECRET_KEY</code>
          </dt>
          <dd className="mb-1 text-muted sm:mb-0">your secret key from Stripe (it starts with sk_test_ while you try things out)</dd>
          <dt>
            <code className="rounded-sm bg-surface-muted px-1.5 py-0.5 font-mono text-xs text-text">STRIPE_WEBHOOK_SECRET</code>
          </dt>
          <dd className="mb-1 text-muted sm:mb-0">the signing secret of the webhook endpoint, so OneCoach hears when someone pays</dd>
        </dl>
        <p className="text-muted">
          Step by step, with test cards: see <span className="font-medium text-text">docs/STRIPE.md</span> in your OneCoach folder.
        </p>
        <p className="text-text">
          Meanwhile, manual billing works fully: create your plans here, then put a client on one as "Paying another way" from their Billing
          tab.
        </p>
      </div>
    </section>
  );
}
