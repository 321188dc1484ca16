import { X } from 'lucide-react';
import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { cn } from './cn';
import { FieldFrame, describedBy } from './field';

type TagsInputProps = {
  label: string;
  value: string[];
  onChange: (tags: string[]) => void;
  suggestions?: string[];
  error?: string | undefined;
  hint?: string;
};

const normalise = (tag: string) => tag.trim().toLowerCase().slice(0, 32);

/** Tags as removable chips; Enter or comma adds what was typed, Backspace on empty removes the last. */
export function TagsInput({
  label,
  value,
  onChange,
  suggestions = [],
  error,
  hint = 'Press Enter or comma to add a tag.',
}: TagsInputProps) {
  const id = useId();
  const listId = `${id}-suggestions`;
  const [draft, setDraft] = useState('');

  const add = (raw: string) => {
    const parts = raw.split(',').map(normalise).filter(Boolean);
    if (parts.length === 0) return;
    onChange([...new Set([...value, ...parts])]);
    setDraft('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      if (draft.trim()) {
        event.preventDefault();
        add(draft);
      } else if (event.key === ',') {
        event.preventDefault();
      }
    } else if (event.key === 'Backspace' && draft === '' && value.length > 0) {
      onChange(value.slice(0, -1));
    }
  };

  const unused = suggestions.filter((tag) => !value.includes(tag));

  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional>
      <div
        className={cn(
          'flex min-h-11 flex-wrap items-center gap-1.5 rounded-md border border-line-strong bg-surface px-2 py-1.5 focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-focus',
          error && 'border-danger',
        )}
      >
        {value.length > 0 && (
          <ul className="contents" aria-label={`${label} added`}>
            {value.map((tag) => (
              <li key={tag} className="flex items-center gap-1 rounded-full bg-accent-soft py-0.5 pr-1 pl-2.5 text-sm text-accent-text">
                {tag}
                <button
                  type="button"
                  onClick={() => onChange(value.filter((t) => t !== tag))}
                  aria-label={`Remove tag ${tag}`}
                  className="flex size-6 items-center justify-center rounded-full hover:bg-surface"
                >
                  <X aria-hidden className="size-3.5" />
                </button>
              </li>
            ))}
          </ul>
        )}
        <input
          id={id}
          value={draft}
          onChange={(event) => {
            const next = event.target.value;
            if (next.includes(',')) add(next);
            else setDraft(next);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => add(draft)}
          list={unused.length > 0 ? listId : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          className="h-8 min-w-24 flex-1 bg-transparent px-1 text-base text-text outline-none placeholder:text-muted"
          placeholder={value.length === 0 ? 'e.g. online, marathon' : ''}
          autoComplete="off"
        />
        {unused.length > 0 && (
          <datalist id={listId}>
            {unused.map((tag) => (
              <option key={tag} value={tag} />
            ))}
          </datalist>
        )}
      </div>
    </FieldFrame>
  );
}
