import { LineChart } from 'lucide-react';
import { EmptyState } from '../../ui/states';

export function ProgressPage() {
  return (
    <div className="flex flex-col gap-5">
      <title>Progress · OneCoach</title>
      <h1 className="text-2xl font-semibold text-text">Progress</h1>
      <EmptyState icon={<LineChart />} title="Your progress will show here">
        Every workout you log, every weigh-in and every photo becomes a chart you can explore: strength, body weight, streaks and personal
        records. It starts with your first logged workout.
      </EmptyState>
    </div>
  );
}
