import { TextField } from '../../ui/field';
import { FIGURE_KEYS, FIGURE_LABELS, FIGURE_UNITS, type FigureKey, type Issue } from './targets-form';

/** "Type the numbers yourself": all six daily figures, no calculator, no explanation. */
export function TargetsManual({
  values,
  onChange,
  issues,
  showAll,
}: {
  values: Partial<Record<FigureKey, string>>;
  onChange: (key: FigureKey, value: string) => void;
  issues: Issue[];
  showAll: boolean;
}) {
  return (
    <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">
      {FIGURE_KEYS.map((key) => (
        <TextField
          key={key}
          label={`${FIGURE_LABELS[key]} (${FIGURE_UNITS[key]})`}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={values[key] ?? ''}
          error={showAll || (values[key] ?? '') !== '' ? issues.find((issue) => issue.path === key)?.message : undefined}
          onChange={(event) => onChange(key, event.target.value)}
        />
      ))}
    </div>
  );
}
