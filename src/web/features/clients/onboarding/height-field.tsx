import { useId, useState } from 'react';
import type { FieldError } from 'react-hook-form';
import { cn } from '../../../ui/cn';
import { TextField, inputClass } from '../../../ui/field';
import { feetAndInches } from '../labels';

type HeightFieldProps = {
  units: 'kg' | 'lb';
  value: number | undefined;
  onChange: (cm: number | undefined) => void;
  onBlur: () => void;
  error: FieldError | undefined;
  inputRef: (element: HTMLInputElement | null) => void;
};

const parse = (text: string): number | null => {
  if (text.trim() === '') return null;
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
};

function heightMessage(error: FieldError | undefined, units: 'kg' | 'lb'): string | undefined {
  if (!error) return undefined;
  if (error.type === 'invalid_type') return 'Enter your height';
  return units === 'lb' ? 'Between 3 ft 4 in and 8 ft 2 in' : error.message;
}

/** Height is stored in cm; people using pounds type feet and inches and we convert. */
export function HeightField({ units, value, onChange, onBlur, error, inputRef }: HeightFieldProps) {
  const message = heightMessage(error, units);
  const [cmText, setCmText] = useState(value === undefined ? '' : String(Math.round(value)));
  const start = value === undefined ? null : feetAndInches(value);
  const [feet, setFeet] = useState(start ? String(start.feet) : '');
  const [inches, setInches] = useState(start ? String(start.inches) : '');
  const groupId = useId();

  if (units === 'kg') {
    return (
      <TextField
        ref={inputRef}
        label="Height (cm)"
        inputMode="decimal"
        autoComplete="off"
        value={cmText}
        error={message}
        onBlur={onBlur}
        onChange={(event) => {
          setCmText(event.target.value);
          onChange(parse(event.target.value) ?? undefined);
        }}
      />
    );
  }

  const update = (nextFeet: string, nextInches: string) => {
    setFeet(nextFeet);
    setInches(nextInches);
    const ft = parse(nextFeet);
    const inch = parse(nextInches) ?? 0;
    onChange(ft === null ? undefined : Math.round((ft * 12 + inch) * 2.54 * 10) / 10);
  };

  return (
    <fieldset aria-describedby={message ? `${groupId}-error` : undefined}>
      <legend className="mb-1.5 text-sm font-medium text-text">Height</legend>
      <div className="flex gap-3">
        {(
          [
            ['Feet', 'ft', feet, (text: string) => update(text, inches)],
            ['Inches', 'in', inches, (text: string) => update(feet, text)],
          ] as const
        ).map(([label, suffix, text, set]) => (
          <div key={label} className="relative flex-1">
            <input
              ref={label === 'Feet' ? inputRef : undefined}
              aria-label={label}
              inputMode="numeric"
              autoComplete="off"
              value={text}
              onBlur={onBlur}
              onChange={(event) => set(event.target.value)}
              aria-invalid={message ? true : undefined}
              className={cn(inputClass, 'h-11 w-full pr-10')}
            />
            <span aria-hidden className="pointer-events-none absolute top-1/2 right-3 -translate-y-1/2 text-sm text-muted">
              {suffix}
            </span>
          </div>
        ))}
      </div>
      {message && (
        <p id={`${groupId}-error`} className="mt-1.5 text-sm text-danger">
          {message}
        </p>
      )}
    </fieldset>
  );
}
