import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError, errorMessage } from './api';

/**
 * Puts the server's field errors on the matching inputs; anything that has no input
 * (or no field list at all) goes to `root.server`, which forms show above the button.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  knownFields: readonly string[],
): void {
  if (error instanceof ApiError && error.fields.length > 0) {
    const unmatched: string[] = [];
    let focused = false;
    for (const field of error.fields) {
      const top = field.path.split('.')[0] ?? '';
      if (knownFields.includes(field.path) || knownFields.includes(top)) {
        const path = (knownFields.includes(field.path) ? field.path : top) as Path<T>;
        setError(path, { type: 'server', message: field.message }, { shouldFocus: !focused });
        focused = true;
      } else {
        unmatched.push(field.message);
      }
    }
    if (unmatched.length > 0 || !focused) {
      setError('root.server', { type: 'server', message: unmatched[0] ?? error.message });
    }
    return;
  }
  setError('root.server', { type: 'server', message: errorMessage(error) });
}
