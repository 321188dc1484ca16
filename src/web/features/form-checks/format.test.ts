import { describe, expect, it } from 'vitest';
import type { FormCheck } from '../../../shared/form-checks';
import { fitWithin, markerPercent, sortComments, stillTimes, videoProblem, videosBySet, VIDEO_MAX_BYTES } from './format';

describe('form-check video checks in the browser', () => {
  it('spreads the stills through the video, clear of its first and last frames', () => {
    expect(stillTimes(3000)).toEqual([150, 1050, 1950, 2850]);
    expect(stillTimes(60_000)).toEqual([3000, 21_000, 39_000, 57_000]);
    expect(stillTimes(3000, 1)).toEqual([1500]);
    // Never more than the server takes.
    expect(stillTimes(10_000, 20)).toHaveLength(6);
  });

  it('scales stills down to 640 px on the longest side, never up', () => {
    expect(fitWithin(1920, 1080)).toEqual({ width: 640, height: 360 });
    expect(fitWithin(1080, 1920)).toEqual({ width: 360, height: 640 });
    expect(fitWithin(320, 240)).toEqual({ width: 320, height: 240 });
  });

  it('refuses a long or large video before anything is sent, in words that say what to do', () => {
    expect(videoProblem({ bytes: 5_000_000, durationMs: 3000 })).toBeNull();
    expect(videoProblem({ bytes: 5_000_000, durationMs: 60_000 })).toBeNull();
    expect(videoProblem({ bytes: 5_000_000, durationMs: 75_400 })).toBe(
      'This video is 1:15 long: trim it to 60 s or less (just the set), then choose it again.',
    );
    expect(videoProblem({ bytes: 62 * 1024 * 1024, durationMs: null })).toBe(
      'This video is 62 MB: the most is 50 MB. Trim it to just the set, or record at a lower quality.',
    );
    expect(videoProblem({ bytes: VIDEO_MAX_BYTES + 1, durationMs: 3000 })).not.toBeNull();
    expect(videoProblem({ bytes: 0, durationMs: null })).toMatch(/empty/);
    // The browser could not read its length: the server checks it.
    expect(videoProblem({ bytes: 5_000_000, durationMs: null })).toBeNull();
  });
});

describe('form-check comments and lists', () => {
  const comment = (id: string, atMs: number | undefined, createdAt: string) => ({
    id,
    createdAt,
    subject: { type: 'form_check' as const, id: 'fc', ...(atMs === undefined ? {} : { atMs }) },
  });

  it('orders comments by their moment, those about the whole video last', () => {
    const sorted = sortComments([
      comment('whole', undefined, '2026-03-31T09:00:00Z'),
      comment('late', 2500, '2026-03-31T09:01:00Z'),
      comment('early', 500, '2026-03-31T09:02:00Z'),
      comment('early-reply', 500, '2026-03-31T09:03:00Z'),
    ]);
    expect(sorted.map((c) => c.id)).toEqual(['early', 'early-reply', 'late', 'whole']);
  });

  it('places markers along the strip, inside it', () => {
    expect(markerPercent(1500, 3000)).toBe(50);
    expect(markerPercent(3400, 3000)).toBe(100);
    expect(markerPercent(0, 0)).toBe(0);
  });

  it('finds each set’s newest video', () => {
    const item = (id: string, setLogId: string | null) => ({ id, setLogId }) as FormCheck;
    const bySet = videosBySet([item('newest', 'set-1'), item('older', 'set-1'), item('other', 'set-2'), item('loose', null)]);
    expect(bySet.get('set-1')?.id).toBe('newest');
    expect(bySet.get('set-2')?.id).toBe('other');
    expect(bySet.size).toBe(2);
  });
});
