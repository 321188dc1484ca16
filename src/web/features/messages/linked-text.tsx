import { LinkifyIt } from 'linkify-it';
import type { ReactNode } from 'react';

const linkify = new LinkifyIt({ fuzzyLink: true });

/**
 * Message text with its links made clickable. Only link positions come from linkify-it; every
 * piece is rendered by React as text, so nothing a person types can become HTML.
 */
export function LinkedText({ text, className }: { text: string; className?: string }) {
  const matches = linkify.match(text) ?? [];
  const parts: ReactNode[] = [];
  let at = 0;
  for (const match of matches) {
    if (!/^https?:$/.test(match.schema) && match.schema !== '') continue;
    parts.push(text.slice(at, match.index));
    parts.push(
      <a
        key={match.index}
        href={match.url}
        target="_blank"
        rel="noopener noreferrer nofollow"
        className={className ?? 'underline underline-offset-2'}
      >
        {match.text}
      </a>,
    );
    at = match.lastIndex;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
