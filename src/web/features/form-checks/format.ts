import { FORM_CHECK_MAX_FRAMES, FORM_CHECK_MAX_SECONDS, formatMoment, type FormCheck } from '../../../shared/form-checks';
import type { Message } from '../../../shared/messages';

/** The server's default cap on a video. It may be lower where it runs (it then says so itself, with a 413). */
export const VIDEO_MAX_BYTES = 50 * 1024 * 1024;
/** How many stills the browser takes, and how big: enough for the coach's first glance and the AI. */
export const STILL_COUNT = 4;
export const STILL_MAX_SIDE = 640;
export const STILL_QUALITIES = [0.75, 0.55, 0.35] as const;

export const STATUS_LABELS: Record<FormCheck['status'], string> = { waiting: 'Waiting', reviewed: 'Reviewed' };

/** Where to take the stills: evenly spread (5 %, 35 %, 65 %, 95 % for four), clear of the very first and last frames. */
export function stillTimes(durationMs: number, count = STILL_COUNT): number[] {
  const n = Math.max(1, Math.min(count, FORM_CHECK_MAX_FRAMES));
  if (durationMs <= 0) return [0];
  if (n === 1) return [Math.round(durationMs / 2)];
  return Array.from({ length: n }, (_, index) => Math.round(durationMs * (0.05 + (0.9 * index) / (n - 1))));
}

/** A picture's size scaled down (never up) so its longest side is at most `maxSide`. */
export function fitWithin(width: number, height: number, maxSide = STILL_MAX_SIDE): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(width, height, 1));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** "850 KB", "12.4 MB" */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
}

/** Why a chosen video cannot go as it is (checked before anything is sent), or null. */
export function videoProblem({ bytes, durationMs }: { bytes: number; durationMs: number | null }): string | null {
  if (bytes === 0) return 'This video is empty. Record the set again and choose the new one.';
  if (bytes > VIDEO_MAX_BYTES)
    return `This video is ${formatSize(bytes)}: the most is ${formatSize(VIDEO_MAX_BYTES)}. Trim it to just the set, or record at a lower quality.`;
  if (durationMs !== null && durationMs > FORM_CHECK_MAX_SECONDS * 1000)
    return `This video is ${formatMoment(durationMs)} long: trim it to ${FORM_CHECK_MAX_SECONDS} s or less (just the set), then choose it again.`;
  return null;
}

/** The moment a comment is pinned to (ms), or null for one about the whole video. */
export const commentMoment = (comment: Pick<Message, 'subject'>): number | null => comment.subject?.atMs ?? null;

/** Comments in the video's order: pinned ones by moment, then those about the whole video, oldest first. */
export function sortComments<T extends Pick<Message, 'subject' | 'createdAt'>>(comments: T[]): T[] {
  const key = (comment: T) => commentMoment(comment) ?? Number.POSITIVE_INFINITY;
  return [...comments].sort((a, b) => key(a) - key(b) || a.createdAt.localeCompare(b.createdAt));
}

/** Where a moment sits along the video, as a percentage of its length (kept inside the strip). */
export function markerPercent(atMs: number, durationMs: number): number {
  if (durationMs <= 0) return 0;
  return Math.min(100, Math.max(0, (atMs / durationMs) * 100));
}

/** Each logged set's video (the newest when a set has several). `items` come newest first. */
export function videosBySet(items: FormCheck[]): Map<string, FormCheck> {
  const bySet = new Map<string, FormCheck>();
  for (const item of items) if (item.setLogId && !bySet.has(item.setLogId)) bySet.set(item.setLogId, item);
  return bySet;
}

/** "3 comments" */
export const commentCountText = (count: number) => (count === 0 ? 'No comments yet' : `${count} ${count === 1 ? 'comment' : 'comments'}`);
