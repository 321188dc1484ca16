import type { Client } from '../../../shared/clients';
import { ComplianceCard } from './compliance-card';
import { MealPlanList } from './meal-plan-list';
import { TargetsPanel } from './targets-panel';
import { TrainerDayView } from './trainer-day-view';

/**
 * A client's nutrition, for the trainer: targets (and the calculator), one day of their food log
 * with comments, weekly compliance, and meal plans. The day and the range live in the URL.
 */
export function TrainerNutritionTab({ client }: { client: Client }) {
  const first = client.name.split(' ')[0] ?? client.name;
  return (
    <div className="grid grid-cols-1 items-start gap-4 *:min-w-0 xl:grid-cols-2">
      <div className="flex flex-col gap-4">
        <TargetsPanel client={client} />
        <MealPlanList client={client} />
      </div>
      <TrainerDayView client={client} />
      <div className="xl:col-span-2">
        <ComplianceCard clientId={client.id} firstName={first} />
      </div>
    </div>
  );
}
