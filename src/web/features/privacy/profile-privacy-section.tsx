import { ChevronRight } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { Link, useLocation } from 'react-router';
import { Card } from '../../ui/card';
import { AiChoice } from './ai-choice';

/** Profile → Privacy: the client's AI choice and the way to the privacy page. /profile#privacy lands here. */
export function ProfilePrivacySection() {
  const { hash } = useLocation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (hash === '#privacy') ref.current?.scrollIntoView({ block: 'start' });
  }, [hash]);

  return (
    <div id="privacy" ref={ref} className="scroll-mt-20">
      <Card title="Privacy" description="What is kept about you, and what goes to an AI provider.">
        <AiChoice />
        <Link
          to="/privacy"
          className="-mx-2 mt-3 flex min-h-11 items-center justify-between rounded-md px-2 font-medium text-accent-text hover:bg-surface-muted"
        >
          Privacy page: what is kept and sent
          <ChevronRight aria-hidden className="size-5" />
        </Link>
      </Card>
    </div>
  );
}
