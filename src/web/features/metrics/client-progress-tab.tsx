import type { Client } from '../../../shared/clients';
import type { Unit } from '../history/format';
import { MeasurementHistory } from './measurement-history';
import { QuickEntry } from './quick-entry';
import { TrainingCharts } from '../training-charts/training-charts';
import { BodyChart } from './body-chart';
import { BadgesCard } from '../goals/badges-card';
import { GoalsCard } from '../goals/goals-card';
import { useWeightGoal } from '../goals/use-weight-goal';
import { ProgressPhotos } from '../photos/progress-photos';

/** The trainer's view of a client's progress: body metrics (chart, list, logging for them) and training charts. */
export function ClientProgressTab({ client }: { client: Client }) {
  const unit: Unit = client.onboarding?.units ?? 'kg';
  const first = client.name.split(' ')[0] ?? client.name;
  const weightGoal = useWeightGoal(client.id);
  return (
    <div className="flex flex-col gap-6">
      <div className="grid grid-cols-1 items-start gap-4 *:min-w-0 xl:grid-cols-2">
        <GoalsCard clientId={client.id} unit={unit} viewer="trainer" timeZone={client.onboarding?.timeZone} clientName={first} />
        <BadgesCard clientId={client.id} clientName={first} />
      </div>
      <div className="grid grid-cols-1 items-start gap-4 *:min-w-0 xl:grid-cols-2">
        <div className="flex flex-col gap-4">
          <BodyChart clientId={client.id} unit={unit} emptyText={`No weigh-ins from ${first} yet`} goal={weightGoal ?? undefined} />
          <QuickEntry clientId={client.id} unit={unit} title={`Log a measurement for ${first}`} />
        </div>
        <MeasurementHistory
          clientId={client.id}
          unit={unit}
          emptyText={`Body weight and measurements appear here as ${first} logs them, or as you log them for ${first}.`}
        />
      </div>
      <ProgressPhotos clientId={client.id} viewer="trainer" timeZone={client.onboarding?.timeZone} clientName={first} />
      <section aria-labelledby="client-training-charts" className="flex flex-col gap-3">
        <h2 id="client-training-charts" className="text-lg font-semibold text-text">
          Training
        </h2>
        <TrainingCharts clientId={client.id} unit={unit} viewer="trainer" />
      </section>
    </div>
  );
}
