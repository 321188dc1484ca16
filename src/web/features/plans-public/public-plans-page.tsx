import { useQuery } from '@tanstack/react-query';
import { Check, Lock, MessageCircle } from 'lucide-react';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Plan } from '../../../shared/billing';
import type { PublicProfile } from '../../../shared/settings';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { Logo } from '../../ui/logo';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { ErrorState } from '../../ui/states';
import { linkClass } from '../auth/auth-layout';
import { includedLines, perText, salesPrice } from './plan-copy';
import { publicPlansQuery, publicProfileQuery } from './queries';
import { StartDialog } from './start-dialog';
import { TrainerPhoto } from './trainer-photo';

/** The frame of the public pages: a thin bar, the content, who runs the software. */
export function PublicFrame({ title, secure = true, children }: { title: string; secure?: boolean; children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col bg-bg">
      <title>{title}</title>
      <header className="border-b border-line bg-surface">
        <div className="mx-auto flex h-14 max-w-5xl items-center justify-between px-4">
          <Logo />
          <Link to="/sign-in" className={`${linkClass} flex h-11 items-center text-sm`}>
            Sign in
          </Link>
        </div>
      </header>
      <main className="mx-auto flex w-full max-w-5xl flex-1 flex-col gap-8 px-4 py-8 sm:py-12">{children}</main>
      <footer className="min-h-16 px-4 py-6 text-center text-xs text-muted">
        {secure && (
          <span className="inline-flex items-center gap-1.5">
            <Lock aria-hidden className="size-3" />
            Payments are handled securely by Stripe.
          </span>
        )}
      </footer>
    </div>
  );
}

function Hero({ profile }: { profile: PublicProfile }) {
  const name = profile.trainerName || profile.businessName;
  return (
    <section
      aria-labelledby="coach-name"
      className="flex flex-col items-center gap-4 text-center sm:flex-row sm:items-start sm:gap-6 sm:text-left"
    >
      <TrainerPhoto profile={profile} className="size-28" />
      <div className="flex min-w-0 flex-col gap-1">
        <h1 id="coach-name" className="text-xl font-semibold text-text sm:text-2xl">
          {name}
        </h1>
        {profile.businessName && profile.businessName !== name && <p className="text-base text-muted">{profile.businessName}</p>}
        {profile.bio && <p className="mt-2 max-w-prose text-base whitespace-pre-line text-text">{profile.bio}</p>}
      </div>
    </section>
  );
}

function PlanCard({ plan, onStart }: { plan: Plan; onStart: () => void }) {
  const trial = plan.interval !== 'one_off' && plan.trialDays > 0;
  const headingId = `plan-${plan.id}`;
  return (
    <article aria-labelledby={headingId} className="flex flex-col gap-4 rounded-xl border border-line bg-surface p-5 shadow-sm">
      <div className="flex flex-col gap-1">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h3 id={headingId} className="text-lg font-semibold text-text">
            {plan.name}
          </h3>
          {trial && <Badge tone="accent">{plan.trialDays}-day free trial</Badge>}
        </div>
        {plan.description && <p className="text-sm whitespace-pre-line text-muted">{plan.description}</p>}
      </div>
      <div>
        <p className="flex items-baseline gap-1.5">
          <span className="text-2xl font-semibold text-text tabular-nums">{salesPrice(plan.amountCents, plan.currency)}</span>
          <span className="text-sm text-muted">{perText(plan.interval)}</span>
        </p>
        {trial && <p className="text-sm text-muted">Nothing to pay for the first {plan.trialDays} days. Cancel any time.</p>}
        {plan.setupFeeCents > 0 && (
          <p className="text-sm text-muted">+ {salesPrice(plan.setupFeeCents, plan.currency)} one-time setup fee</p>
        )}
      </div>
      <ul aria-label={`${plan.name} includes`} className="flex flex-col gap-2 border-t border-line pt-4 text-sm text-text">
        {includedLines(plan).map((line) => (
          <li key={line} className="flex items-start gap-2">
            <Check aria-hidden className="mt-0.5 size-4 shrink-0 text-accent-text" />
            {line}
          </li>
        ))}
      </ul>
      <Button size="lg" className="mt-auto w-full" onClick={onStart} aria-label={`Start ${plan.name}`}>
        Start
      </Button>
    </article>
  );
}

function NotOpen({ name }: { name: string }) {
  return (
    <div className="flex flex-col items-center gap-3 rounded-xl border border-dashed border-line-strong px-6 py-10 text-center">
      <div aria-hidden className="flex size-12 items-center justify-center rounded-full bg-accent-soft text-accent-text">
        <MessageCircle className="size-6" />
      </div>
      <h2 className="text-base font-semibold text-text">Online sign-up isn't open yet</h2>
      <p className="max-w-sm text-sm text-muted">Contact {name} to get started — they'll set you up in the app.</p>
    </div>
  );
}

function PageSkeleton() {
  return (
    <LoadingRegion label="Loading plans" className="flex flex-col gap-8">
      <div className="flex flex-col items-center gap-4 sm:flex-row sm:items-start sm:gap-6">
        <Skeleton className="size-28 rounded-full" />
        <div className="flex w-full max-w-md flex-col items-center gap-2 sm:items-start">
          <Skeleton className="h-8 w-48" />
          <Skeleton className="h-5 w-32" />
          <Skeleton className="mt-2 h-16 w-full" />
        </div>
      </div>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Skeleton className="h-80 w-full rounded-xl" />
        <Skeleton className="hidden h-80 w-full rounded-xl sm:block" />
      </div>
    </LoadingRegion>
  );
}

/** /plans — the trainer's sales page: who they are, what they offer, and a way to start (signed out). */
export function PublicPlansPage() {
  const profile = useQuery(publicProfileQuery());
  const plans = useQuery(publicPlansQuery());
  const [starting, setStarting] = useState<Plan | null>(null);

  if (profile.isPending || plans.isPending) {
    return (
      <PublicFrame title="Plans">
        <PageSkeleton />
      </PublicFrame>
    );
  }
  if (profile.isError || plans.isError) {
    const retry = () => void Promise.all([profile.refetch(), plans.refetch()]);
    return (
      <PublicFrame title="Plans">
        <ErrorState
          title="The plans didn't load"
          error={profile.error ?? plans.error}
          onRetry={retry}
          retrying={profile.isFetching || plans.isFetching}
        />
      </PublicFrame>
    );
  }

  const onSale = plans.data.stripe ? plans.data.items.filter((plan) => plan.stripe && !plan.archived) : [];
  const who = profile.data.trainerName || profile.data.businessName || 'your coach';
  return (
    <PublicFrame title={`Coaching with ${who}`} secure={onSale.length > 0}>
      <Hero profile={profile.data} />
      <section aria-labelledby="plans-heading" className="flex flex-col gap-4">
        <h2 id="plans-heading" className="text-lg font-semibold text-text">
          Coaching plans
        </h2>
        {onSale.length === 0 ? (
          <NotOpen name={who} />
        ) : (
          <div className="grid gap-4 sm:grid-cols-[repeat(auto-fit,minmax(17rem,22rem))]">
            {onSale.map((plan) => (
              <PlanCard key={plan.id} plan={plan} onStart={() => setStarting(plan)} />
            ))}
          </div>
        )}
      </section>
      <StartDialog plan={starting} onClose={() => setStarting(null)} />
    </PublicFrame>
  );
}
