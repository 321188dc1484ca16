import type { Unit } from '../history/format';
import { cn } from '../../ui/cn';
import { ActivityHeatmap } from './activity-heatmap';
import { AdherenceChart } from './adherence-chart';
import { ExerciseProgress } from './exercise-progress';
import { WeeklyVolumeChart } from './weekly-volume-chart';
import type { Viewer } from './workout-link';

/**
 * A client's training in charts: the activity calendar, workouts done against the schedule and
 * weekly volume per muscle; the trainer also gets an exercise picker with its strength chart (the
 * client reaches each exercise's chart from their records). Chart.js loads only when a chart draws.
 */
export function TrainingCharts({
  clientId,
  unit,
  viewer,
  className,
}: {
  clientId: string;
  unit: Unit;
  viewer: Viewer;
  className?: string;
}) {
  return (
    <div className={cn('grid grid-cols-1 items-start gap-4 *:min-w-0', viewer === 'trainer' && 'xl:grid-cols-2', className)}>
      <ActivityHeatmap clientId={clientId} unit={unit} viewer={viewer} />
      <AdherenceChart clientId={clientId} viewer={viewer} />
      {viewer === 'trainer' && <ExerciseProgress clientId={clientId} unit={unit} viewer={viewer} />}
      <WeeklyVolumeChart clientId={clientId} unit={unit} viewer={viewer} />
    </div>
  );
}
