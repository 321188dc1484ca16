import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * Notifications link to /progress#goals and /progress#badges. The router does not scroll to a
 * hash, and the section's height is only known once its data is in: scroll then, once per visit.
 */
export function useHashTarget(id: string, ready: boolean) {
  const { hash, key } = useLocation();
  const done = useRef('');
  useEffect(() => {
    if (!ready || hash !== `#${id}` || done.current === key) return;
    done.current = key;
    const element = document.getElementById(id);
    if (!element) return;
    element.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    element.focus({ preventScroll: true });
  }, [id, ready, hash, key]);
}
