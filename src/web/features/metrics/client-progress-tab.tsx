import type { Client } from '../../../shared/clients';
import type { Unit } from '../history/format';
import { MeasurementHistory } from './measurement-history';
import { QuickEntry } from './quick-entry';
import { WeightChart } from './weight-chart';

/** The trainer's view of a client's body metrics: the same chart and list, and a way to log for them. */
export function ClientProgressTab({ client }: { client: Client }) {
  const unit: Unit = client.onboarding?.units ?? 'kg';
  const first = client.name.split(' ')[0] ?? client.name;
  return (
    <div className="grid items-start gap-4 xl:grid-cols-2">
      <div className="flex flex-col gap-4">
        <WeightChart clientId={client.id} unit={unit} emptyText={`No weigh-ins from ${first} yet`} />
        <QuickEntry clientId={client.id} unit={unit} title={`Log a measurement for ${first}`} />
      </div>
      <MeasurementHistory
        clientId={client.id}
        unit={unit}
        emptyText={`Body weight and measurements appear here as ${first} logs them, or as you log them for ${first}.`}
      />
    </div>
  );
}
