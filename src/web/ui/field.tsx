import { useId } from 'react';
import type { InputHTMLAttributes, ReactNode, Ref, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { cn } from './cn';

/** Base look of every text input and select; width is left to the caller. */
export const inputClass =
  'block rounded-md border border-line-strong bg-surface px-3 text-base text-text placeholder:text-muted ' +
  'aria-invalid:border-danger disabled:opacity-60';

/** A value shown in an input that can't be edited (to copy it, or for password managers). */
export const readOnlyInputClass = 'block rounded-md border border-line bg-surface-muted px-3 text-base text-text';

type FieldFrameProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
  className?: string;
  children: ReactNode;
};

/** Label above, hint and error below, all tied to the control by id. */
export function FieldFrame({ id, label, hint, error, optional, className, children }: FieldFrameProps) {
  return (
    <div className={cn('flex flex-col gap-1.5', className)}>
      <label htmlFor={id} className="text-sm font-medium text-text">
        {label}
        {optional && <span className="font-normal text-muted"> (optional)</span>}
      </label>
      {children}
      {hint && !error && (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm text-danger">
          {error}
        </p>
      )}
    </div>
  );
}

export const describedBy = (id: string, hint: unknown, error: unknown): string | undefined =>
  error ? `${id}-error` : hint ? `${id}-hint` : undefined;

type Common = { label: ReactNode; hint?: ReactNode; error?: string | undefined; optional?: boolean; wrapperClassName?: string };

export function TextField({
  label,
  hint,
  error,
  optional,
  wrapperClassName,
  className,
  id: givenId,
  ref,
  ...input
}: Common & InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> }) {
  const autoId = useId();
  const id = givenId ?? autoId;
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional} className={wrapperClassName}>
      <input
        id={id}
        ref={ref}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={cn(inputClass, 'h-11 w-full', className)}
        {...input}
      />
    </FieldFrame>
  );
}

export function TextareaField({
  label,
  hint,
  error,
  optional,
  wrapperClassName,
  className,
  ref,
  ...input
}: Common & TextareaHTMLAttributes<HTMLTextAreaElement> & { ref?: Ref<HTMLTextAreaElement> }) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional} className={wrapperClassName}>
      <textarea
        id={id}
        ref={ref}
        rows={3}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={cn(inputClass, 'w-full py-2', className)}
        {...input}
      />
    </FieldFrame>
  );
}

export function SelectField({
  label,
  hint,
  error,
  optional,
  wrapperClassName,
  className,
  children,
  ref,
  ...select
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { ref?: Ref<HTMLSelectElement> }) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional} className={wrapperClassName}>
      <select
        id={id}
        ref={ref}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={cn(inputClass, 'h-11 w-full', className)}
        {...select}
      >
        {children}
      </select>
    </FieldFrame>
  );
}
