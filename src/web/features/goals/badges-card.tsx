import { useQuery } from '@tanstack/react-query';
import { Card } from '../../ui/card';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { ErrorState } from '../../ui/states';
import BadgeGrid from './badge-grid';
import { achievementsQuery } from './queries';
import { StreakBadge } from './streak-badge';
import { useHashTarget } from './use-hash-target';

function GridSkeleton() {
  return (
    <div aria-hidden className="grid grid-cols-1 gap-2 min-[420px]:grid-cols-2">
      {Array.from({ length: 4 }, (_, index) => (
        <Skeleton key={index} className="h-20 w-full rounded-lg" />
      ))}
    </div>
  );
}

/**
 * The weekly streak up top, then every badge (earned in colour with the date, the rest greyed
 * with what earns them). `id="badges"`: notifications link to /progress#badges.
 */
export function BadgesCard({ clientId, clientName }: { clientId: string; clientName?: string | undefined }) {
  const achievements = useQuery(achievementsQuery(clientId));
  useHashTarget('badges', achievements.isSuccess);

  let body;
  if (achievements.isPending)
    body = (
      <LoadingRegion label="Loading streak and badges" className="flex flex-col gap-4">
        <div className="flex items-center gap-3">
          <Skeleton className="size-12 rounded-full" />
          <div className="flex flex-1 flex-col gap-2">
            <Skeleton className="h-6 w-44" />
            <Skeleton className="h-4 w-56" />
          </div>
        </div>
        <GridSkeleton />
      </LoadingRegion>
    );
  else if (achievements.isError)
    body = (
      <ErrorState
        title="Streak and badges didn't load"
        error={achievements.error}
        onRetry={() => void achievements.refetch()}
        retrying={achievements.isFetching}
      />
    );
  else {
    const { streak, badges, workouts } = achievements.data;
    const earned = badges.filter((item) => item.earned).length;
    body = (
      <div className="flex flex-col gap-4">
        <StreakBadge streak={streak} name={clientName} />
        <div className="flex flex-col gap-2">
          <h3 className="text-sm font-medium text-muted">
            Badges · {earned} of {badges.length}
          </h3>
          <BadgeGrid badges={badges} workouts={workouts} />
        </div>
      </div>
    );
  }
  return (
    <div id="badges" tabIndex={-1} className="scroll-mt-16 focus:outline-none md:scroll-mt-20">
      <Card title="Streak and badges">{body}</Card>
    </div>
  );
}
