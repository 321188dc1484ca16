import { useState } from 'react';
import type { InputHTMLAttributes, Ref } from 'react';
import { cn } from '../../../ui/cn';

type DraftInputProps<T> = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
  value: T;
  format: (value: T) => string;
  /** undefined: not a value yet (half typed); the program is left alone until it is. */
  parse: (text: string) => T | undefined;
  onCommit: (value: T) => void;
  invalid?: boolean;
  /** `cell`: a boxed table cell; `ghost`: text that shows its box on hover and focus (names, notes). */
  variant?: 'cell' | 'ghost';
  ref?: Ref<HTMLInputElement>;
};

/** Dense table cell input. Commits as soon as what is typed reads as a value; on leaving, shows the value as saved. */
export function DraftInput<T>({
  value,
  format,
  parse,
  onCommit,
  invalid,
  variant = 'cell',
  className,
  onBlur,
  ref,
  ...input
}: DraftInputProps<T>) {
  const formatted = format(value);
  const [state, setState] = useState({ draft: formatted, shown: formatted });
  let draft = state.draft;
  if (state.shown !== formatted) {
    // The value changed. If it is what the draft already says (we just committed it), keep the
    // person's own typing; otherwise (undo, another cell) show the new value.
    const parsed = parse(state.draft);
    const mine = parsed !== undefined && format(parsed) === formatted;
    draft = mine ? state.draft : formatted;
    setState({ draft, shown: formatted });
  }
  const unreadable = parse(draft) === undefined;
  return (
    <input
      {...input}
      ref={ref}
      value={draft}
      aria-invalid={invalid || unreadable || undefined}
      onChange={(event) => {
        const text = event.target.value;
        setState({ draft: text, shown: formatted });
        const parsed = parse(text);
        if (parsed !== undefined && format(parsed) !== formatted) onCommit(parsed);
      }}
      onBlur={(event) => {
        setState({ draft: formatted, shown: formatted });
        onBlur?.(event);
      }}
      className={cn(
        'h-8 min-w-0 rounded-sm border px-2 text-sm text-text placeholder:text-muted aria-invalid:border-danger',
        variant === 'cell'
          ? 'border-line bg-surface hover:border-line-strong'
          : 'border-transparent bg-transparent hover:border-line focus:border-line-strong',
        className,
      )}
    />
  );
}
