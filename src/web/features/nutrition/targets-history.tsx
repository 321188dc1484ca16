import type { Targets } from '../../../shared/nutrition';
import { formatDateTime } from '../../lib/dates';
import { targetChanges } from './targets-form';

/** Every set of targets, newest first: when, who, and what changed from the set before. */
export function TargetsHistory({ history }: { history: Targets[] }) {
  return (
    <ol className="flex flex-col divide-y divide-line text-sm">
      {history.map((targets, index) => {
        const before = history[index + 1] ?? null;
        return (
          <li key={targets.id} className="flex flex-col gap-0.5 py-2">
            <p className="flex flex-wrap gap-x-2 text-muted">
              <time dateTime={targets.createdAt} className="text-text">
                {formatDateTime(targets.createdAt)}
              </time>
              <span>{targets.createdByName ?? 'Someone no longer here'}</span>
              <span>{targets.inputs ? 'calculator' : 'typed in'}</span>
              {index === 0 && <span className="font-medium text-success">current</span>}
            </p>
            <p className="text-text">{targetChanges(before, targets).join(' · ')}</p>
            {targets.note && <p className="whitespace-pre-wrap text-muted">“{targets.note}”</p>}
          </li>
        );
      })}
    </ol>
  );
}
