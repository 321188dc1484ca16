import { Check, Copy } from 'lucide-react';
import { useId, useState } from 'react';
import type { InvitationLink } from '../../../shared/clients';
import { copyText } from '../../lib/clipboard';
import { formatDate } from '../../lib/dates';
import { Button } from '../../ui/button';
import { readOnlyInputClass } from '../../ui/field';

/** The invitation URL with a Copy button, and whether it was emailed too. */
export function InvitationLinkBox({ link, name, email }: { link: InvitationLink; name: string; email: string }) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    const ok = await copyText(link.url);
    setCopied(ok);
    if (ok) window.setTimeout(() => setCopied(false), 2000);
  };
  return (
    <div className="flex flex-col gap-3">
      <label htmlFor={id} className="text-sm font-medium text-text">
        Invitation link
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          readOnly
          value={link.url}
          onFocus={(event) => event.currentTarget.select()}
          className={`${readOnlyInputClass} h-11 min-w-0 flex-1 font-mono text-sm`}
        />
        <Button
          variant="primary"
          onClick={() => void copy()}
          icon={copied ? <Check aria-hidden className="size-4" /> : <Copy aria-hidden className="size-4" />}
        >
          {copied ? 'Copied' : 'Copy'}
        </Button>
      </div>
      <p className="text-sm text-muted" aria-live="polite">
        {link.emailed
          ? `We also emailed it to ${email}. `
          : `It wasn't emailed, so send it to ${name} yourself (a text message works fine). A copy is in Settings → Emails. `}
        It works until {formatDate(link.expiresAt)}.
      </p>
    </div>
  );
}
