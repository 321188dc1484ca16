import { cn } from './cn';

export function Logo({ className }: { className?: string }) {
  return (
    <span className={cn('inline-flex items-center gap-2 font-semibold text-text', className)}>
      <svg aria-hidden viewBox="0 0 64 64" className="size-7">
        <rect width="64" height="64" rx="14" className="fill-accent" />
        <circle cx="32" cy="32" r="17" fill="none" strokeWidth="7" className="stroke-accent-fg" />
        <rect x="29" y="8" width="6" height="14" rx="3" className="fill-accent-fg" />
      </svg>
      OneCoach
    </span>
  );
}
