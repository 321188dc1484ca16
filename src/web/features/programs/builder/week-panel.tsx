import { ArrowDown, ArrowUp, CalendarPlus, Copy, Plus, Trash2 } from 'lucide-react';
import type { Units } from '../../../../shared/clients';
import type { ProgramContent, Workout } from '../../../../shared/programs';
import { Button } from '../../../ui/button';
import { Menu, MenuItem, MenuSeparator } from '../../../ui/menu';
import { EmptyState } from '../../../ui/states';
import type { EditWorkout } from '../workout-editor/prescription-editor';
import { WorkoutCard } from '../workout-editor/workout-card';
import { canAddWorkout, workoutsOfWeek } from './program-ops';

type WeekPanelProps = {
  content: ProgramContent;
  week: number;
  units: Units;
  editWorkout: (workoutId: string) => EditWorkout;
  onAddWorkout: () => void;
  onDuplicateWorkout: (workout: Workout) => void;
  onRemoveWorkout: (workout: Workout) => void;
  onMoveWorkout: (workout: Workout, delta: -1 | 1) => void;
  onCopyWeek: (from: number) => void;
};

export function WeekPanel({
  content,
  week,
  units,
  editWorkout,
  onAddWorkout,
  onDuplicateWorkout,
  onRemoveWorkout,
  onMoveWorkout,
  onCopyWeek,
}: WeekPanelProps) {
  const workouts = workoutsOfWeek(content, week);
  const canAdd = canAddWorkout(content, week);
  const addButton = (
    <Button onClick={onAddWorkout} disabled={!canAdd} icon={<Plus aria-hidden className="size-4" />}>
      Add workout
    </Button>
  );
  const previous = week > 1 && workoutsOfWeek(content, week - 1).length > 0 ? week - 1 : null;

  if (workouts.length === 0) {
    return (
      <EmptyState
        icon={<CalendarPlus />}
        title={`Nothing in week ${week} yet`}
        action={
          <div className="flex flex-wrap justify-center gap-2">
            {addButton}
            {previous && (
              <Button variant="secondary" onClick={() => onCopyWeek(previous)} icon={<Copy aria-hidden className="size-4" />}>
                Copy week {previous} here
              </Button>
            )}
          </div>
        }
      >
        Add the workouts of this week; each becomes a training day when you assign the program.
      </EmptyState>
    );
  }

  return (
    <div className="flex flex-col gap-4">
      {workouts.map((workout, index) => (
        <WorkoutCard
          key={workout.id}
          workout={workout}
          units={units}
          edit={editWorkout(workout.id)}
          actions={
            <Menu label={`Actions for ${workout.name}`}>
              <MenuItem icon={<Copy aria-hidden />} disabled={!canAdd} onSelect={() => onDuplicateWorkout(workout)}>
                Duplicate workout
              </MenuItem>
              <MenuItem icon={<ArrowUp aria-hidden />} disabled={index === 0} onSelect={() => onMoveWorkout(workout, -1)}>
                Move earlier in the week
              </MenuItem>
              <MenuItem
                icon={<ArrowDown aria-hidden />}
                disabled={index === workouts.length - 1}
                onSelect={() => onMoveWorkout(workout, 1)}
              >
                Move later in the week
              </MenuItem>
              <MenuSeparator />
              <MenuItem icon={<Trash2 aria-hidden />} tone="danger" onSelect={() => onRemoveWorkout(workout)}>
                Remove workout
              </MenuItem>
            </Menu>
          }
        />
      ))}
      <div className="flex flex-wrap items-center gap-3">
        {addButton}
        {!canAdd && <p className="text-sm text-muted">A week holds at most 7 workouts.</p>}
      </div>
    </div>
  );
}
