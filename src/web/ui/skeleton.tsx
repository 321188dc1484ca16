import type { ReactNode } from 'react';
import { cn } from './cn';

/** A grey block standing in for content that is loading. Decorative: wrap groups in an element with aria-busy. */
export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden className={cn('rounded-md bg-line/60 motion-safe:animate-pulse', className)} />;
}

/** Wraps a group of skeletons so screen readers hear one "Loading" instead of silence. */
export function LoadingRegion({ label = 'Loading', className, children }: { label?: string; className?: string; children: ReactNode }) {
  return (
    <div role="status" aria-busy="true" aria-live="polite" className={className}>
      <span className="sr-only">{label}</span>
      {children}
    </div>
  );
}
