import { useId } from 'react';
import { cn } from '../../ui/cn';

type Option<T extends string> = { value: T; label: string };

/** A compact one-of-few choice (radio buttons styled as a segmented control), keyboard-operable as a radio group. */
export function Segmented<T extends string>({
  legend,
  options,
  value,
  onChange,
  hideLegend = false,
  className,
}: {
  legend: string;
  options: Option<T>[];
  value: T;
  onChange: (value: T) => void;
  hideLegend?: boolean;
  className?: string;
}) {
  const name = useId();
  return (
    <fieldset className={cn('flex min-w-0 flex-col gap-1.5', className)}>
      <legend className={cn('mb-1.5 text-sm font-medium text-text', hideLegend && 'sr-only')}>{legend}</legend>
      <div className="flex flex-wrap rounded-md border border-line-strong p-0.5">
        {options.map((option) => (
          <label
            key={option.value}
            className={cn(
              'flex min-h-10 flex-1 cursor-pointer items-center justify-center rounded-sm px-3 text-sm whitespace-nowrap has-focus-visible:outline-2 has-focus-visible:outline-offset-1 has-focus-visible:outline-focus',
              value === option.value ? 'bg-accent-soft font-medium text-accent-text' : 'text-muted hover:text-text',
            )}
          >
            <input type="radio" name={name} className="sr-only" checked={value === option.value} onChange={() => onChange(option.value)} />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
