import { Footprints } from 'lucide-react';
import { useState } from 'react';
import { inputClass } from '../../ui/field';
import { cn } from '../../ui/cn';
import { formatWhole } from './nutrition-format';

type StepsRowProps = { steps: { count: number | null; target: number | null }; onSave: (steps: number) => Promise<void> };

/** The day's steps, typed in (from a watch or phone); saved when the field is left or Enter is pressed. */
export function StepsRow({ steps, onSave }: StepsRowProps) {
  const shown = steps.count === null ? '' : String(steps.count);
  const [draft, setDraft] = useState(shown);
  const [seen, setSeen] = useState(shown);
  // A new day or the server's answer: show that unless the person is typing something else.
  if (shown !== seen) {
    setSeen(shown);
    setDraft(shown);
  }
  const [error, setError] = useState<string | null>(null);
  const save = () => {
    const cleaned = draft.replace(/[,\s]/g, '');
    if (cleaned === shown) return;
    if (!/^\d+$/.test(cleaned) || Number(cleaned) > 150_000) {
      setError(cleaned === '' ? null : 'Whole steps, at most 150,000');
      return;
    }
    setError(null);
    void onSave(Number(cleaned));
  };
  return (
    <section aria-labelledby="steps-title" className="flex flex-col gap-1 rounded-lg border border-line bg-surface p-4">
      <div className="flex items-center gap-3">
        <Footprints aria-hidden className="size-5 shrink-0 text-accent-text" />
        <label id="steps-title" htmlFor="steps-input" className="flex-1 text-base font-semibold text-text">
          Steps
          {steps.target ? <span className="block text-sm font-normal text-muted">{`Target ${formatWhole(steps.target)}`}</span> : null}
        </label>
        <input
          id="steps-input"
          inputMode="numeric"
          enterKeyHint="done"
          autoComplete="off"
          placeholder="0"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={save}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              save();
            }
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'steps-error' : undefined}
          className={cn(inputClass, 'h-11 w-32 text-right tabular-nums')}
        />
      </div>
      {error && (
        <p id="steps-error" className="text-right text-sm text-danger">
          {error}
        </p>
      )}
    </section>
  );
}
