import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { EXERCISE_CATEGORIES, EXERCISE_EQUIPMENT, EXERCISE_LEVELS, MUSCLES } from '../../../shared/exercises';

export const SOURCES = ['all', 'builtin', 'custom'] as const;

export type ExerciseFilters = {
  q: string;
  muscle: (typeof MUSCLES)[number] | '';
  equipment: (typeof EXERCISE_EQUIPMENT)[number] | '';
  category: (typeof EXERCISE_CATEGORIES)[number] | '';
  level: (typeof EXERCISE_LEVELS)[number] | '';
  source: (typeof SOURCES)[number];
  archived: boolean;
};

const DEFAULTS: ExerciseFilters = { q: '', muscle: '', equipment: '', category: '', level: '', source: 'all', archived: false };

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | '' => (list.includes(value as T) ? (value as T) : '');

function readFilters(params: URLSearchParams): ExerciseFilters {
  return {
    q: params.get('q') ?? '',
    muscle: oneOf(MUSCLES, params.get('muscle')),
    equipment: oneOf(EXERCISE_EQUIPMENT, params.get('equipment')),
    category: oneOf(EXERCISE_CATEGORIES, params.get('category')),
    level: oneOf(EXERCISE_LEVELS, params.get('level')),
    source: oneOf(SOURCES, params.get('source')) || 'all',
    archived: params.get('archived') === 'only',
  };
}

/** The library's search and filters live in the URL, so a filtered view can be bookmarked. */
export function useExerciseFilters() {
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);

  const update = useCallback(
    (patch: Partial<ExerciseFilters>) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          const merged = { ...readFilters(previous), ...patch };
          for (const key of Object.keys(DEFAULTS) as Array<keyof ExerciseFilters>) {
            const value = merged[key];
            if (value === DEFAULTS[key] || value === '') next.delete(key);
            else next.set(key, key === 'archived' ? 'only' : String(value));
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  const isFiltered = Object.keys(DEFAULTS).some((key) => filters[key as keyof ExerciseFilters] !== DEFAULTS[key as keyof ExerciseFilters]);
  const clear = useCallback(() => update(DEFAULTS), [update]);
  return { filters, update, isFiltered, clear, search: params.toString() ? `?${params.toString()}` : '' };
}
