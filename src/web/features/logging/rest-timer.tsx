import { BellRing, SkipForward } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { Button } from '../../ui/button';
import { restOver } from './rest-alert';
import type { RestTimer as Rest } from './session-layout';
import { formatClock } from './units';

/** The time now, refreshed every `everyMs` while `enabled`. */
export function useNow(everyMs: number, enabled = true): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!enabled) return;
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs, enabled]);
  return now;
}

const OVER_SHOWN_MS = 6000;

type RestTimerProps = { rest: Rest; onChange: (rest: Rest | null) => void };

/**
 * The rest after a set, in the thumb zone: a countdown readable at arm's length, −15 s / +15 s,
 * skip. It counts from an end time (not ticks), so a locked phone or a reload loses nothing.
 */
export function RestTimer({ rest, onChange }: RestTimerProps) {
  const now = useNow(250);
  const remainingMs = rest.endsAt - now;
  const remaining = Math.max(0, Math.ceil(remainingMs / 1000));
  const alerted = useRef<number | null>(null);
  const over = remainingMs <= 0;

  const change = useRef(onChange);
  useEffect(() => {
    change.current = onChange;
  });
  useEffect(() => {
    if (!over) return;
    if (alerted.current !== rest.endsAt) {
      alerted.current = rest.endsAt;
      // Ended long ago (the screen was closed): no buzz now, just put it away.
      if (Date.now() - rest.endsAt > OVER_SHOWN_MS) {
        change.current(null);
        return;
      }
      restOver();
    }
    const hide = window.setTimeout(() => change.current(null), Math.max(0, rest.endsAt + OVER_SHOWN_MS - Date.now()));
    return () => window.clearTimeout(hide);
  }, [over, rest.endsAt]);

  const shift = (seconds: number) => {
    const endsAt = Math.max(Date.now(), rest.endsAt + seconds * 1000);
    onChange({ ...rest, endsAt, seconds: Math.max(0, rest.seconds + seconds) });
  };
  const fraction = rest.seconds > 0 ? Math.min(1, Math.max(0, remainingMs / (rest.seconds * 1000))) : 0;

  return (
    <section
      aria-label="Rest timer"
      className="fixed inset-x-0 bottom-0 z-30 border-t border-line bg-surface pb-[env(safe-area-inset-bottom)] shadow-lg"
    >
      <div aria-hidden className="h-1 bg-surface-muted">
        <div className="h-full bg-accent transition-[width] duration-300 ease-linear" style={{ width: `${fraction * 100}%` }} />
      </div>
      <div className="mx-auto flex max-w-xl flex-col gap-1 px-4 pt-2 pb-3">
        {over ? (
          <>
            <p className="truncate text-sm text-muted">Up next: {rest.label}</p>
            <div className="flex items-center gap-2">
              <p role="alert" className="flex flex-1 items-center gap-2 text-2xl font-semibold text-text">
                <BellRing aria-hidden className="size-7 shrink-0 text-accent-text" />
                Rest over
              </p>
              <Button size="lg" onClick={() => onChange(null)}>
                OK
              </Button>
            </div>
          </>
        ) : (
          <>
            <p className="truncate text-sm text-muted">Rest · next: {rest.label}</p>
            <div className="flex items-center gap-2">
              <p
                role="timer"
                aria-live="off"
                aria-label={`Rest: ${formatClock(remaining)} left`}
                className="flex-1 text-2xl font-semibold text-text tabular-nums"
              >
                {formatClock(remaining)}
              </p>
              <Button variant="secondary" size="lg" className="px-3" aria-label="15 seconds less rest" onClick={() => shift(-15)}>
                −15
              </Button>
              <Button variant="secondary" size="lg" className="px-3" aria-label="15 seconds more rest" onClick={() => shift(15)}>
                +15
              </Button>
              <Button size="lg" className="px-4" onClick={() => onChange(null)} icon={<SkipForward aria-hidden className="size-5" />}>
                Skip
              </Button>
            </div>
          </>
        )}
      </div>
    </section>
  );
}
