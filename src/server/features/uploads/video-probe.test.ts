import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { probeVideo } from './video-probe';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../../tests/fixtures/${name}`, import.meta.url)));

describe('probeVideo reads the length from the container', () => {
  it.each([
    ['squat-3s.mp4', 'video/mp4', 3000],
    ['squat-3s.mov', 'video/quicktime', 3000],
    ['squat-3s.webm', 'video/webm', 3000],
    ['av-3s.mp4', 'video/mp4', 3000],
    ['long-75s.mp4', 'video/mp4', 75000],
  ])('%s', async (name, mime, expected) => {
    const probe = await probeVideo(fixture(name), mime);
    expect(probe.hasVideo).toBe(true);
    expect(Math.abs(probe.durationMs! - expected)).toBeLessThan(100);
  });

  it('a fragmented MP4 recorded by Chromium (2 s) is measured from its movie header', async () => {
    const probe = await probeVideo(fixture('recorded-fragmented.mp4'), 'video/mp4');
    expect(probe.hasVideo).toBe(true);
    expect(Math.abs(probe.durationMs! - 2000)).toBeLessThan(150);
  });

  it('a file with no movie header has no length (null), never 0', async () => {
    const bytes = fixture('squat-3s.mp4');
    const probe = await probeVideo(bytes.subarray(0, 40), 'video/mp4');
    expect(probe.durationMs).toBeNull();
  });

  it('a truncated file does not throw', async () => {
    const probe = await probeVideo(fixture('squat-3s.mp4').subarray(0, 200), 'video/mp4');
    expect(probe.durationMs === null || probe.durationMs > 0).toBe(true);
  });
});
