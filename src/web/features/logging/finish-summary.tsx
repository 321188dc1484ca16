import { ArrowLeft, CloudOff, PartyPopper, Trophy } from 'lucide-react';
import { useId, useState } from 'react';
import type { PersonalRecord } from '../../../shared/logging';
import { Button } from '../../ui/button';
import { cn } from '../../ui/cn';
import { TextareaField } from '../../ui/field';
import { formatDuration, formatRecord, formatVolume, type Unit } from './units';

const RATINGS = [
  { value: 1, label: 'Awful' },
  { value: 2, label: 'Hard' },
  { value: 3, label: 'OK' },
  { value: 4, label: 'Good' },
  { value: 5, label: 'Great' },
] as const;

type Numbers = { durationSeconds: number; volumeKg: number; setsDone: number; setsPlanned: number };

function Stats({ numbers, unit }: { numbers: Numbers; unit: Unit }) {
  const volume = formatVolume(numbers.volumeKg, unit).split(' ');
  const items = [
    { label: 'Time', value: formatDuration(numbers.durationSeconds), unit: '' },
    { label: 'Volume', value: volume[0] ?? '', unit: volume[1] ?? '' },
    {
      label: 'Sets',
      value: numbers.setsPlanned > 0 ? `${numbers.setsDone} of ${numbers.setsPlanned}` : String(numbers.setsDone),
      unit: '',
    },
  ];
  return (
    <dl className="grid grid-cols-3 gap-2">
      {items.map((item) => (
        <div key={item.label} className="flex min-w-0 flex-col gap-0.5 rounded-lg bg-surface-muted px-3 py-2">
          <dt className="text-xs text-muted">{item.label}</dt>
          <dd className="text-lg leading-7 font-semibold whitespace-nowrap text-text tabular-nums">
            {item.value}
            {item.unit && <span className="text-sm font-normal text-muted"> {item.unit}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function Records({ records, unit, names }: { records: PersonalRecord[]; unit: Unit; names: (id: string) => string }) {
  if (records.length === 0)
    return <p className="text-sm text-muted">No new records today. Showing up, set after set, is what builds them.</p>;
  // One line per exercise: its records together.
  const byExercise = new Map<string, PersonalRecord[]>();
  for (const record of records) byExercise.set(record.exerciseId, [...(byExercise.get(record.exerciseId) ?? []), record]);
  return (
    <section aria-label="Personal records" className="flex flex-col gap-2 rounded-xl border border-success/40 bg-success-soft p-4">
      <h2 className="flex items-center gap-2 text-base font-semibold text-text">
        <Trophy aria-hidden className="size-5 text-success" />
        {records.length === 1 ? 'A new personal record' : `${records.length} new personal records`}
      </h2>
      <ul className="flex flex-col gap-2">
        {[...byExercise.entries()].map(([exerciseId, list]) => (
          <li key={exerciseId} className="flex flex-col">
            <span className="font-medium text-text">{names(exerciseId)}</span>
            {list.map((record) => (
              <span key={record.kind} className="text-sm text-text">
                {formatRecord(record, unit)}
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}

type FinishSummaryProps = {
  title: string;
  numbers: Numbers;
  records: PersonalRecord[];
  unit: Unit;
  names: (id: string) => string;
  coachName: string;
  online: boolean;
  onDone: (input: { rating: number | null; comment: string }) => Promise<void>;
  onBack: () => void;
};

/** After the last set: the numbers, the records, how it felt and a word for the coach. */
export function FinishSummary({ title, numbers, records, unit, names, coachName, online, onDone, onBack }: FinishSummaryProps) {
  const [rating, setRating] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [pending, setPending] = useState(false);
  const legendId = useId();
  return (
    <form
      className="flex flex-col gap-5"
      onSubmit={(event) => {
        event.preventDefault();
        setPending(true);
        void onDone({ rating, comment: comment.trim() }).finally(() => setPending(false));
      }}
    >
      <header className="flex flex-col items-center gap-2 pt-2 text-center">
        <span aria-hidden className="flex size-14 items-center justify-center rounded-full bg-accent-soft text-accent-text">
          <PartyPopper className="size-7" />
        </span>
        <h1 className="text-xl font-semibold text-text">Workout done</h1>
        <p className="text-sm text-muted">{title}</p>
      </header>
      <Stats numbers={numbers} unit={unit} />
      <Records records={records} unit={unit} names={names} />

      <fieldset className="flex flex-col gap-2" aria-labelledby={legendId}>
        <legend id={legendId} className="mb-2 text-base font-semibold text-text">
          How did it feel?
        </legend>
        <div className="grid grid-cols-5 gap-2">
          {RATINGS.map((option) => (
            <label
              key={option.value}
              className={cn(
                'flex h-16 cursor-pointer flex-col items-center justify-center rounded-lg border text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-focus',
                rating === option.value
                  ? 'border-accent bg-accent text-accent-fg'
                  : 'border-line-strong bg-surface text-text hover:bg-surface-muted',
              )}
            >
              <input
                type="radio"
                name="rating"
                value={option.value}
                checked={rating === option.value}
                onChange={() => setRating(option.value)}
                className="sr-only"
              />
              <span className="text-xl leading-7 font-semibold tabular-nums">{option.value}</span>
              <span className="text-xs">{option.label}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <TextareaField
        label={`For ${coachName}`}
        optional
        hint="Sent as a message about this workout."
        maxLength={2000}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
        placeholder="Anything your coach should know: a niggle, a win, too easy?"
      />

      {!online && (
        <p className="flex items-start gap-2 rounded-md bg-warning-soft px-3 py-2 text-sm text-text">
          <CloudOff aria-hidden className="mt-0.5 size-4 shrink-0 text-warning" />
          You're offline. It's all saved on this phone and goes to {coachName} when you're back online.
        </p>
      )}

      <div className="sticky bottom-0 -mx-4 flex flex-col gap-2 border-t border-line bg-bg px-4 pt-3 pb-[max(0.75rem,env(safe-area-inset-bottom))]">
        <Button type="submit" size="lg" pending={pending}>
          Done
        </Button>
        <Button variant="ghost" onClick={onBack} icon={<ArrowLeft aria-hidden className="size-4" />}>
          Back to the workout
        </Button>
      </div>
    </form>
  );
}

/** A finished workout opened again: what the server summed up. */
export function CompletedSummary(props: {
  title: string;
  numbers: Numbers;
  records: PersonalRecord[];
  unit: Unit;
  names: (id: string) => string;
  rating: number | null;
  comment: string;
  /** Finished on this phone, not yet on the server. */
  waiting?: boolean;
  onClose: () => void;
}) {
  const rating = RATINGS.find((option) => option.value === props.rating);
  return (
    <div className="flex flex-col gap-5">
      <header className="flex flex-col items-center gap-2 pt-2 text-center">
        <span aria-hidden className="flex size-14 items-center justify-center rounded-full bg-success-soft text-success">
          <Trophy className="size-7" />
        </span>
        <h1 className="text-xl font-semibold text-text">Workout done</h1>
        <p className="text-sm text-muted">{props.title}</p>
      </header>
      {props.waiting && (
        <p className="flex items-start gap-2 rounded-md bg-warning-soft px-3 py-2 text-sm text-text">
          <CloudOff aria-hidden className="mt-0.5 size-4 shrink-0 text-warning" />
          Saved on this phone. It reaches your coach as soon as you're back online.
        </p>
      )}
      <Stats numbers={props.numbers} unit={props.unit} />
      <Records records={props.records} unit={props.unit} names={props.names} />
      {rating && (
        <p className="text-sm text-text">
          It felt: <span className="font-semibold">{rating.label}</span> ({rating.value} of 5)
        </p>
      )}
      {props.comment && (
        <blockquote className="border-l-2 border-line-strong pl-3 text-sm whitespace-pre-wrap text-text">{props.comment}</blockquote>
      )}
      <Button size="lg" onClick={props.onClose}>
        Back to Today
      </Button>
    </div>
  );
}
