import { ChevronDown } from 'lucide-react';
import type { SelectHTMLAttributes } from 'react';
import { cn } from '../../../ui/cn';

/** A dense select for table cells: a small chevron instead of the native arrow, so short values fit. */
export function CellSelect({ className, children, ...select }: SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <span className={cn('relative inline-flex shrink-0', className)}>
      <select
        {...select}
        className="h-8 w-full min-w-0 appearance-none rounded-sm border border-line bg-surface pr-5 pl-1.5 text-sm text-text hover:border-line-strong aria-invalid:border-danger"
      >
        {children}
      </select>
      <ChevronDown aria-hidden className="pointer-events-none absolute top-1/2 right-1 size-3.5 -translate-y-1/2 text-muted" />
    </span>
  );
}
