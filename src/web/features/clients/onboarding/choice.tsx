import { Check } from 'lucide-react';
import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { cn } from '../../../ui/cn';

type ChoiceCardProps = InputHTMLAttributes<HTMLInputElement> & {
  type: 'checkbox' | 'radio';
  label: ReactNode;
  description?: ReactNode;
  ref?: Ref<HTMLInputElement>;
};

/** A big tappable card around a real checkbox or radio, so keyboard, screen readers and forms all just work. */
export function ChoiceCard({ type, label, description, className, ref, ...input }: ChoiceCardProps) {
  return (
    <label
      className={cn(
        'flex min-h-14 cursor-pointer items-center gap-3 rounded-lg border border-line-strong bg-surface px-4 py-3 transition-colors',
        'has-checked:border-accent has-checked:bg-accent-soft has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus',
        className,
      )}
    >
      <input ref={ref} type={type} className="peer sr-only" {...input} />
      <span className="flex min-w-0 flex-1 flex-col">
        <span className="font-medium text-text">{label}</span>
        {description && <span className="text-sm text-muted">{description}</span>}
      </span>
      <span
        aria-hidden
        className={cn(
          'flex size-6 shrink-0 items-center justify-center border border-line-strong text-accent-fg peer-checked:border-accent peer-checked:bg-accent [&>svg]:opacity-0 peer-checked:[&>svg]:opacity-100',
          type === 'radio' ? 'rounded-full' : 'rounded-md',
        )}
      >
        <Check className="size-4" strokeWidth={3} />
      </span>
    </label>
  );
}

/** The question on each step: one clear heading and a line of why we ask. */
export function StepHeading({ title, why, id }: { title: string; why?: string; id: string }) {
  return (
    <div className="mb-5 flex flex-col gap-1">
      <h2 id={id} tabIndex={-1} className="text-xl font-semibold text-text focus:outline-none">
        {title}
      </h2>
      {why && <p className="text-sm text-muted">{why}</p>}
    </div>
  );
}

export function GroupError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} role="alert" className="mb-2 text-sm text-danger">
      {message}
    </p>
  );
}
