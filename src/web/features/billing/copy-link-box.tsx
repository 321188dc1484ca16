import { Check, Copy } from 'lucide-react';
import { useId, useState } from 'react';
import { copyText } from '../../lib/clipboard';
import { Button } from '../../ui/button';
import { readOnlyInputClass } from '../../ui/field';

/** A link to pass on (the checkout page), with a Copy button. */
export function CopyLinkBox({ url, label, hint }: { url: string; label: string; hint?: string }) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    const ok = await copyText(url);
    setCopied(ok);
    if (ok) window.setTimeout(() => setCopied(false), 2000);
  };
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium text-text">
        {label}
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          aria-describedby={hint ? `${id}-hint` : undefined}
          className={`${readOnlyInputClass} h-11 min-w-0 flex-1 font-mono text-sm`}
        />
        <Button
          variant="secondary"
          onClick={() => void copy()}
          icon={copied ? <Check aria-hidden className="size-4" /> : <Copy aria-hidden className="size-4" />}
        >
          {copied ? 'Copied' : 'Copy'}
        </Button>
      </div>
      <p id={`${id}-hint`} className="text-sm text-muted" aria-live="polite">
        {hint}
      </p>
    </div>
  );
}
