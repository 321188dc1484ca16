import { useQuery } from '@tanstack/react-query';
import { CircleCheck, LinkIcon, LoaderCircle, MailCheck } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { buttonClass } from '../../ui/button';
import { ErrorState } from '../../ui/states';
import { AuthLayout } from '../auth/auth-layout';
import { welcomeQuery } from './queries';

const POLL_MS = 2_000;
/** After this, the page says so (and keeps checking, more slowly). */
const PATIENCE_MS = 30_000;
const SLOW_POLL_MS = 10_000;

function Waiting({ sessionId }: { sessionId: string }) {
  const navigate = useNavigate();
  const [late, setLate] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setLate(true), PATIENCE_MS);
    return () => window.clearTimeout(timer);
  }, []);
  const welcome = useQuery({
    ...welcomeQuery(sessionId),
    refetchInterval: (query) => (query.state.data?.state === 'pending' || query.state.error ? (late ? SLOW_POLL_MS : POLL_MS) : false),
  });
  const inviteUrl = welcome.data?.state === 'ready' ? welcome.data.inviteUrl : null;
  useEffect(() => {
    if (inviteUrl) void navigate(inviteUrl, { replace: true });
  }, [inviteUrl, navigate]);

  if (welcome.data?.state === 'joined') {
    return (
      <AuthLayout title="You've already joined" icon={<CircleCheck />}>
        <div className="flex flex-col gap-4">
          <p className="text-text">Your account is set up. Sign in with the email and password you chose.</p>
          <Link to="/sign-in" className={buttonClass('primary', 'lg', 'w-full')}>
            Sign in
          </Link>
        </div>
      </AuthLayout>
    );
  }
  if (late && welcome.data?.state !== 'ready') {
    return (
      <AuthLayout title="Thanks — your payment went through" icon={<MailCheck />}>
        <p className="text-text" role="status">
          This is taking longer than usual — check your email for your invitation. It has the link to set your password. You can also leave
          this page open: it carries on by itself as soon as your account is ready.
        </p>
      </AuthLayout>
    );
  }
  if (welcome.isError && !welcome.data) {
    return (
      <AuthLayout title="Setting up your account">
        <ErrorState error={welcome.error} onRetry={() => void welcome.refetch()} retrying={welcome.isFetching} />
      </AuthLayout>
    );
  }
  return (
    <AuthLayout title="Setting up your account…" description="Thanks for joining! This takes a few seconds.">
      <div role="status" className="flex items-center gap-3 text-text">
        <LoaderCircle aria-hidden className="size-5 shrink-0 text-accent-text motion-safe:animate-spin" />
        {inviteUrl ? 'Opening your invitation…' : 'Confirming your payment with Stripe…'}
      </div>
    </AuthLayout>
  );
}

/** /plans/welcome?session=cs_… — where Stripe Checkout returns a new client; forwards to their invitation. */
export function PlansWelcomePage() {
  const [params] = useSearchParams();
  const sessionId = params.get('session') ?? '';
  if (!/^cs_\w{4,200}$/.test(sessionId)) {
    return (
      <AuthLayout title="This link doesn't work" icon={<LinkIcon />}>
        <div className="flex flex-col gap-4">
          <p className="text-text">
            It's missing the details of your payment. If you've paid, your invitation is on its way by email; otherwise start again from the
            plans page.
          </p>
          <Link to="/plans" className={buttonClass('secondary', 'lg', 'w-full')}>
            See the plans
          </Link>
        </div>
      </AuthLayout>
    );
  }
  return <Waiting key={sessionId} sessionId={sessionId} />;
}
