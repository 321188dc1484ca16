import { ChevronLeft, Printer } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Button } from '../../ui/button';

/*
 * Paper is white whatever the screen's theme, so print is the one place with literal colours:
 * black text, black rules, no backgrounds, no shadows. Scoped to pages that render this.
 */
const PRINT_CSS = `
@page { margin: 14mm; }
@media print {
  :root { color-scheme: light; }
  html, body, .print-root { background: #fff !important; min-height: 0 !important; }
  .print-doc, .print-doc * { color: #000 !important; background: transparent !important; box-shadow: none !important; border-color: #000 !important; }
  .print-doc { font-size: 11pt; }
  .print-page { break-after: page; break-inside: avoid; }
  .print-page:last-child { break-after: auto; }
  .print-keep { break-inside: avoid; }
}`;

export function PrintStyle() {
  return <style>{PRINT_CSS}</style>;
}

/** The bar above a printable page (never printed): back, the page's own controls, Print. */
export function PrintToolbar({ back, children }: { back: { to: string; label: string }; children?: ReactNode }) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-3 border-b border-line bg-surface px-4 py-3 print:hidden">
      <Link to={back.to} className="inline-flex min-h-11 items-center gap-1 rounded-sm text-sm text-muted hover:text-text">
        <ChevronLeft aria-hidden className="size-4" /> {back.label}
      </Link>
      <div className="flex flex-wrap items-end gap-3">
        {children}
        <Button onClick={() => window.print()} icon={<Printer aria-hidden className="size-4" />}>
          Print
        </Button>
      </div>
    </div>
  );
}
