import { Search } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import type { Ref } from 'react';
import { useDebouncedValue } from '../lib/use-debounced-value';
import { cn } from './cn';
import { inputClass } from './field';

type SearchInputProps = {
  label: string;
  placeholder: string;
  value: string;
  onChange: (q: string) => void;
  inputRef?: Ref<HTMLInputElement>;
  className?: string;
};

/** A search box that reports what was typed once the person pauses; Escape clears it; shows the `/` shortcut. */
export function SearchInput({ label, placeholder, value, onChange, inputRef, className }: SearchInputProps) {
  const [draft, setDraft] = useState(value);
  const debounced = useDebouncedValue(draft.trim(), 250);
  const lastSent = useRef(value);
  // The value changed from elsewhere (Clear filters, back button): show that.
  useEffect(() => {
    if (value !== lastSent.current) {
      lastSent.current = value;
      setDraft(value);
    }
  }, [value]);
  // The person typed: report it once they pause.
  useEffect(() => {
    if (debounced !== lastSent.current) {
      lastSent.current = debounced;
      onChange(debounced);
    }
  }, [debounced, onChange]);
  return (
    <div className={cn('relative w-full sm:w-72', className)}>
      <Search aria-hidden className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted" />
      <input
        ref={inputRef}
        type="search"
        aria-label={label}
        placeholder={placeholder}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && draft) {
            event.preventDefault();
            setDraft('');
          }
        }}
        className={cn(inputClass, 'h-10 w-full pr-10 pl-9 text-sm')}
      />
      {draft === '' && (
        <kbd
          aria-hidden
          className="pointer-events-none absolute top-1/2 right-3 hidden -translate-y-1/2 rounded-sm border border-line px-1.5 text-xs text-muted lg:block"
        >
          /
        </kbd>
      )}
    </div>
  );
}
