import type { ReactNode } from 'react';
import { cn } from './cn';

/** A pressable filter pill (aria-pressed), like the status filters on the clients list. */
export function Chip({ selected, onClick, children }: { selected: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <button
      type="button"
      aria-pressed={selected}
      onClick={onClick}
      className={cn(
        'h-8 shrink-0 rounded-full border px-3 text-sm transition-colors',
        selected ? 'border-accent bg-accent-soft font-medium text-accent-text' : 'border-line bg-surface text-muted hover:text-text',
      )}
    >
      {children}
    </button>
  );
}
