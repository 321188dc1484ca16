/** Who is looking: the client at their own charts, or the trainer at a client's. */
export type Viewer = 'client' | 'trainer';

/** Where a chart's point (a workout) opens, for this viewer (see app/router.tsx). */
export const workoutHref = (viewer: Viewer, clientId: string, sessionId: string) =>
  viewer === 'client'
    ? `/progress/workouts/${encodeURIComponent(sessionId)}`
    : `/clients/${encodeURIComponent(clientId)}/workouts/${encodeURIComponent(sessionId)}`;
