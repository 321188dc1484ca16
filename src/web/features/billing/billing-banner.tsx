import { useQuery } from '@tanstack/react-query';
import { CircleAlert, TriangleAlert, X } from 'lucide-react';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { buttonClass } from '../../ui/button';
import { cn } from '../../ui/cn';
import { sessionQuery } from '../auth/queries';
import { localizeDates } from './banner-text';
import { clientBillingQuery } from './queries';

const DISMISSED_KEY = 'onecoach:billing-banner-dismissed';

function readDismissed(): string | null {
  try {
    return sessionStorage.getItem(DISMISSED_KEY);
  } catch {
    return null;
  }
}

/**
 * Top of every client screen when billing needs them (a failed payment, a plan ending or ended).
 * Dismissed for this visit only, and only that message: a new one (grace running out) shows again.
 */
export function BillingBanner() {
  const { data: viewer } = useQuery(sessionQuery());
  const clientId = viewer?.user?.clientId ?? null;
  const billing = useQuery({ ...clientBillingQuery(clientId ?? ''), enabled: clientId !== null });
  const { pathname } = useLocation();
  const [dismissed, setDismissed] = useState(readDismissed);
  const status = billing.data?.status;
  if (!status?.banner || pathname === '/billing' || dismissed === status.banner) return null;

  const failed = status.state === 'grace' || status.state === 'limited';
  const banner = status.banner;
  const dismiss = () => {
    try {
      sessionStorage.setItem(DISMISSED_KEY, banner);
    } catch {
      // private mode without storage: hidden until the next reload
    }
    setDismissed(banner);
  };
  const Icon = failed ? CircleAlert : TriangleAlert;
  return (
    <section aria-label="Billing" className={cn('border-b border-line', failed ? 'bg-danger-soft' : 'bg-warning-soft')}>
      <div className="mx-auto flex max-w-xl items-start gap-3 py-3 pr-2 pl-4 md:max-w-3xl md:px-6">
        <Icon aria-hidden className={cn('mt-0.5 size-5 shrink-0', failed ? 'text-danger' : 'text-warning')} />
        <div className="flex min-w-0 flex-1 flex-col gap-2 sm:flex-row sm:items-center sm:justify-between sm:gap-4">
          <p className="text-sm text-text">{localizeDates(banner)}</p>
          <Link to="/billing" className={buttonClass('primary', 'md', 'self-start sm:self-auto')}>
            {status.state === 'grace' ? 'Fix payment' : 'See billing'}
          </Link>
        </div>
        <button
          type="button"
          onClick={dismiss}
          aria-label="Hide this message for now"
          className="-my-1 flex size-11 shrink-0 items-center justify-center rounded-md text-muted hover:bg-surface/60 hover:text-text"
        >
          <X aria-hidden className="size-5" />
        </button>
      </div>
    </section>
  );
}
