import { useQuery } from '@tanstack/react-query';
import { Card } from '../../ui/card';
import { Notice } from '../../ui/notice';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { ErrorState } from '../../ui/states';
import { AutomationCard } from './automation-card';
import { automationsQuery } from './queries';

function AutomationsSkeleton() {
  return (
    <LoadingRegion label="Loading automations" className="flex flex-col gap-4">
      {Array.from({ length: 3 }, (_, index) => (
        <Card key={index} as="div">
          <div className="flex flex-col gap-4">
            <Skeleton className="h-5 w-40" />
            <Skeleton className="h-4 w-72 max-w-full" />
            <Skeleton className="h-24 w-full" />
            <Skeleton className="h-16 w-full" />
          </div>
        </Card>
      ))}
    </LoadingRegion>
  );
}

/** Messages OneCoach sends for the trainer at the right moment: welcome, missed workouts, gone quiet. */
export function AutomationsPage() {
  const automations = useQuery(automationsQuery());
  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <title>Automations · OneCoach</title>
      <Notice tone="info" title="Messages that send themselves">
        <ul className="mt-1 flex list-disc flex-col gap-0.5 pl-4">
          <li>They go out as you, in the client's conversation; only you see them marked "automated".</li>
          <li>Never to paused or archived clients.</li>
          <li>Never at night in the client's time zone (21:00–08:00): they wait for the morning.</li>
          <li>At most once per occasion: one welcome, one nudge per run of missed workouts, one check-in per quiet spell.</li>
        </ul>
      </Notice>
      {automations.isPending ? (
        <AutomationsSkeleton />
      ) : automations.isError ? (
        <ErrorState
          title="Your automations didn't load"
          error={automations.error}
          onRetry={() => void automations.refetch()}
          retrying={automations.isFetching}
        />
      ) : (
        automations.data.map((automation) => <AutomationCard key={automation.kind} automation={automation} />)
      )}
    </div>
  );
}
