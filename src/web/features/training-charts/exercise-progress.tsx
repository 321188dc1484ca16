import { useQuery } from '@tanstack/react-query';
import { Dumbbell } from 'lucide-react';
import { useState } from 'react';
import type { PersonalRecord } from '../../../shared/logging';
import { SelectField } from '../../ui/field';
import { ErrorState } from '../../ui/states';
import { useExerciseName } from '../exercises/use-exercise-name';
import type { Unit } from '../history/format';
import { clientRecordsQuery } from '../history/queries';
import { ChartCard, ChartEmpty, ChartSkeleton } from '../metrics/chart-parts';
import { ExerciseChart } from './exercise-chart';
import type { Viewer } from './workout-link';

const TITLE = 'Exercise progress';

/** The exercises with records, the most recently beaten first. */
function exercisesByLatestRecord(records: PersonalRecord[]): string[] {
  const latest = new Map<string, string>();
  for (const record of records)
    if (record.achievedAt > (latest.get(record.exerciseId) ?? '')) latest.set(record.exerciseId, record.achievedAt);
  return [...latest.entries()].sort((a, b) => b[1].localeCompare(a[1])).map(([exerciseId]) => exerciseId);
}

function ExerciseOption({ exerciseId }: { exerciseId: string }) {
  const { name } = useExerciseName(exerciseId);
  return <option value={exerciseId}>{name}</option>;
}

/**
 * Where the trainer reads one exercise's history: a picker of the client's exercises with records
 * (the most recent first) above the exercise chart.
 */
export function ExerciseProgress({ clientId, unit, viewer }: { clientId: string; unit: Unit; viewer: Viewer }) {
  const records = useQuery(clientRecordsQuery(clientId));
  const [picked, setPicked] = useState('');
  const exercises = exercisesByLatestRecord(records.data ?? []);
  const exerciseId = exercises.includes(picked) ? picked : (exercises[0] ?? '');
  const { name } = useExerciseName(exerciseId);

  if (records.isPending)
    return (
      <ChartCard title={TITLE}>
        <ChartSkeleton className="h-72" label="Loading exercises" />
      </ChartCard>
    );
  if (records.isError)
    return (
      <ChartCard title={TITLE}>
        <ErrorState
          title="The exercises didn't load"
          error={records.error}
          onRetry={() => void records.refetch()}
          retrying={records.isFetching}
        />
      </ChartCard>
    );
  if (exercises.length === 0)
    return (
      <ChartCard title={TITLE}>
        <ChartEmpty icon={<Dumbbell />} title="No lifts to chart yet">
          <p>Once an exercise is logged with a weight and reps in two workouts, its strength trend shows here.</p>
        </ChartEmpty>
      </ChartCard>
    );
  return (
    <ExerciseChart
      clientId={clientId}
      exerciseId={exerciseId}
      unit={unit}
      viewer={viewer}
      exerciseName={name}
      title={TITLE}
      picker={
        <SelectField label="Exercise" value={exerciseId} onChange={(event) => setPicked(event.target.value)} wrapperClassName="max-w-sm">
          {exercises.map((id) => (
            <ExerciseOption key={id} exerciseId={id} />
          ))}
        </SelectField>
      }
    />
  );
}
