/** Business rules take time from a Clock so tests (and browser journeys) can move it. */
export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

/** A clock that starts at real time (or a given instant) and only moves when told. */
export function createTestClock(start: Date = new Date()) {
  let offsetMs = start.getTime() - Date.now();
  return {
    now: () => new Date(Date.now() + offsetMs),
    set(at: Date) {
      offsetMs = at.getTime() - Date.now();
    },
    advance(ms: number) {
      offsetMs += ms;
    },
  };
}
export type TestClock = ReturnType<typeof createTestClock>;

export const DAY_MS = 24 * 60 * 60 * 1000;
