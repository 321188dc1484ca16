import { X } from 'lucide-react';
import { useCallback } from 'react';
import type { ReactNode, Ref } from 'react';
import { EXERCISE_CATEGORIES, EXERCISE_EQUIPMENT, EXERCISE_LEVELS, MUSCLES } from '../../../shared/exercises';
import { Chip } from '../../ui/chip';
import { cn } from '../../ui/cn';
import { inputClass } from '../../ui/field';
import { SearchInput } from '../../ui/search-input';
import { CATEGORY_LABELS, EQUIPMENT_LABELS, LEVEL_LABELS, capitalise } from './labels';
import { SOURCES } from './use-exercise-filters';
import type { ExerciseFilters } from './use-exercise-filters';

type ToolbarProps = {
  filters: ExerciseFilters;
  update: (patch: Partial<ExerciseFilters>) => void;
  isFiltered: boolean;
  clear: () => void;
  searchRef: Ref<HTMLInputElement>;
};

const SOURCE_LABELS: Record<(typeof SOURCES)[number], string> = { all: 'All', builtin: 'Library', custom: 'Yours' };

function FilterSelect({
  label,
  value,
  onChange,
  children,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  return (
    <select
      aria-label={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      className={cn(inputClass, 'h-10 w-full text-sm sm:w-auto sm:min-w-32', value && 'border-accent')}
    >
      {children}
    </select>
  );
}

export function ExercisesToolbar({ filters, update, isFiltered, clear, searchRef }: ToolbarProps) {
  const onSearch = useCallback((q: string) => update({ q }), [update]);
  return (
    <div className="flex flex-col gap-3">
      <div className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap sm:items-center">
        <SearchInput
          label="Search exercises"
          placeholder="Search, e.g. db curl"
          value={filters.q}
          onChange={onSearch}
          inputRef={searchRef}
          className="col-span-2"
        />
        <FilterSelect label="Muscle" value={filters.muscle} onChange={(muscle) => update({ muscle: muscle as ExerciseFilters['muscle'] })}>
          <option value="">Any muscle</option>
          {MUSCLES.map((muscle) => (
            <option key={muscle} value={muscle}>
              {capitalise(muscle)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect
          label="Equipment"
          value={filters.equipment}
          onChange={(equipment) => update({ equipment: equipment as ExerciseFilters['equipment'] })}
        >
          <option value="">Any equipment</option>
          {EXERCISE_EQUIPMENT.map((equipment) => (
            <option key={equipment} value={equipment}>
              {EQUIPMENT_LABELS[equipment]}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect
          label="Category"
          value={filters.category}
          onChange={(category) => update({ category: category as ExerciseFilters['category'] })}
        >
          <option value="">Any category</option>
          {EXERCISE_CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {CATEGORY_LABELS[category]}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect label="Level" value={filters.level} onChange={(level) => update({ level: level as ExerciseFilters['level'] })}>
          <option value="">Any level</option>
          {EXERCISE_LEVELS.map((level) => (
            <option key={level} value={level}>
              {LEVEL_LABELS[level]}
            </option>
          ))}
        </FilterSelect>
      </div>
      <div className="flex flex-wrap items-center gap-1.5">
        <div role="group" aria-label="Source" className="flex gap-1.5">
          {SOURCES.map((source) => (
            <Chip key={source} selected={filters.source === source} onClick={() => update({ source })}>
              {SOURCE_LABELS[source]}
            </Chip>
          ))}
        </div>
        <Chip selected={filters.archived} onClick={() => update({ archived: !filters.archived })}>
          Archived
        </Chip>
        {isFiltered && (
          <button
            type="button"
            onClick={clear}
            className="inline-flex h-8 items-center gap-1 rounded-md px-2 text-sm text-muted hover:bg-surface-muted hover:text-text"
          >
            <X aria-hidden className="size-4" /> Clear filters
          </button>
        )}
      </div>
    </div>
  );
}
