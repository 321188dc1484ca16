import { LoadingRegion, Skeleton } from '../ui/skeleton';

/** Before we know who is signed in: a quiet frame, not a spinner. */
export function AppSkeleton() {
  return (
    <LoadingRegion label="Loading OneCoach" className="mx-auto flex min-h-dvh max-w-xl flex-col gap-4 px-4 py-8">
      <Skeleton className="h-7 w-32" />
      <Skeleton className="mt-4 h-8 w-2/3" />
      <Skeleton className="h-4 w-1/2" />
      <Skeleton className="mt-4 h-40 w-full rounded-lg" />
      <Skeleton className="h-24 w-full rounded-lg" />
    </LoadingRegion>
  );
}

/** A page's content area while its code or data loads. */
export function ContentSkeleton() {
  return (
    <LoadingRegion className="flex flex-col gap-4">
      <Skeleton className="h-8 w-48" />
      <Skeleton className="h-4 w-72 max-w-full" />
      <Skeleton className="mt-2 h-48 w-full rounded-lg" />
    </LoadingRegion>
  );
}
