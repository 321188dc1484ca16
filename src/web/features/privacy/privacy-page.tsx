import { useQuery } from '@tanstack/react-query';
import { ChevronLeft } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { AI_FEATURES } from '../../../shared/ai-features';
import { Logo } from '../../ui/logo';
import { linkClass } from '../auth/auth-layout';
import { homePath, sessionQuery } from '../auth/queries';
import { publicProfileQuery } from '../plans-public/queries';
import { AiChoice } from './ai-choice';
import { AI_RULES, KEPT, WHERE } from './privacy-copy';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <h2 id={id} className="text-xl font-semibold text-text">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Bullets({ items }: { items: readonly ReactNode[] }) {
  return (
    <ul className="flex list-disc flex-col gap-1.5 pl-5 marker:text-muted">
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}

/** Each AI feature from the same list the code uses: its name, who starts it, and exactly what is sent. */
function FeatureList() {
  return (
    <ul className="flex flex-col gap-3" aria-label="AI features">
      {AI_FEATURES.map((feature) => (
        <li key={feature.id} className="rounded-lg border border-line bg-surface p-4">
          <h4 className="text-base font-semibold text-text">{feature.name}</h4>
          <p className="text-sm text-muted">Started by: {feature.who}</p>
          <p className="mt-3 text-sm font-medium text-text">Sent to the AI provider</p>
          <ul className="mt-1 flex list-disc flex-col gap-1 pl-5 text-sm text-text marker:text-muted">
            {feature.sends.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

/** /privacy — public: what OneCoach keeps and where, and what each AI feature sends. A signed-in client also finds their AI choice here. */
export function PrivacyPage() {
  const { data: viewer } = useQuery(sessionQuery());
  const profile = useQuery(publicProfileQuery());
  const user = viewer?.user ?? null;
  const coach = profile.data?.trainerName || profile.data?.businessName || 'your coach';

  return (
    <div className="flex min-h-dvh flex-col bg-bg">
      <title>Privacy · OneCoach</title>
      <header className="border-b border-line bg-surface">
        <div className="mx-auto flex h-14 max-w-2xl items-center justify-between px-4">
          <Link to={user ? homePath(user) : '/sign-in'} className="inline-flex rounded-md" aria-label="OneCoach home">
            <Logo />
          </Link>
          {user ? (
            <Link to={user.role === 'client' ? '/profile' : '/settings/ai'} className={`${linkClass} flex h-11 items-center gap-1 text-sm`}>
              <ChevronLeft aria-hidden className="size-4" />
              {user.role === 'client' ? 'Profile' : 'Settings → AI'}
            </Link>
          ) : (
            <Link to="/sign-in" className={`${linkClass} flex h-11 items-center text-sm`}>
              Sign in
            </Link>
          )}
        </div>
      </header>
      <main className="mx-auto flex w-full max-w-2xl flex-1 flex-col gap-10 px-4 py-8 text-base leading-relaxed text-text sm:py-12">
        <div className="flex flex-col gap-2">
          <h1 className="text-2xl font-semibold sm:text-3xl">Privacy</h1>
          <p className="text-muted">
            OneCoach is the app {coach} runs their coaching on. This page says what it keeps about you, where, and exactly what is sent to
            an AI provider.
          </p>
        </div>

        {user?.role === 'client' && (
          <section aria-labelledby="your-choice" className="flex flex-col gap-3 rounded-lg border border-line bg-surface p-4 shadow-sm">
            <h2 id="your-choice" className="text-base font-semibold">
              Your AI choice
            </h2>
            <AiChoice hint="Sends the data listed below to the AI provider when you ask it something." />
          </section>
        )}

        <Section id="kept" title="What OneCoach keeps">
          <Bullets items={KEPT} />
        </Section>

        <Section id="where" title="Where it is kept, and who sees it">
          <Bullets items={WHERE} />
        </Section>

        <Section id="ai" title="AI">
          <p>Some features use an AI model. Each one sends only what is listed under it, only when it runs. The general rules first:</p>
          <Bullets items={AI_RULES} />
          {user?.role === 'trainer' && (
            <p className="text-sm text-muted">
              You are the coach: choose each feature’s model and extra instructions in{' '}
              <Link to="/settings/ai" className={linkClass}>
                Settings → AI
              </Link>
              .
            </p>
          )}
          <h3 className="mt-3 text-lg font-semibold">Feature by feature</h3>
          <FeatureList />
        </Section>
      </main>
      <footer className="px-4 py-6 text-center text-xs text-muted">
        Questions about your data? Ask {coach === 'your coach' ? 'your coach' : coach}: they run this OneCoach and decide its settings.
      </footer>
    </div>
  );
}
