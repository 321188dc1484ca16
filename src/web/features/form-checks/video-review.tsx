import { Download } from 'lucide-react';
import { useState, type RefObject } from 'react';
import { formatMoment, type FormCheck } from '../../../shared/form-checks';
import type { Message } from '../../../shared/messages';
import { cn } from '../../ui/cn';
import { Notice } from '../../ui/notice';
import { commentMoment, markerPercent } from './format';

type PlayerProps = {
  formCheck: FormCheck;
  videoRef: RefObject<HTMLVideoElement | null>;
  /** Where it opens (ms), e.g. at the moment a comment is about. */
  startMs: number;
  onTime: (ms: number) => void;
};

/** The video itself: native controls, inline on phones, the first still as its poster. */
export function Player({ formCheck, videoRef, startMs, onTime }: PlayerProps) {
  const [failed, setFailed] = useState(false);
  const report = (video: HTMLVideoElement) => onTime(Math.round(video.currentTime * 1000));
  return (
    <div className="flex flex-col gap-2">
      <div className="overflow-hidden rounded-lg border border-line bg-surface-muted">
        <video
          ref={videoRef}
          src={formCheck.videoUrl}
          poster={formCheck.posterUrl ?? undefined}
          controls
          playsInline
          preload="metadata"
          aria-label={`Video: ${formCheck.label}`}
          onLoadedMetadata={(event) => {
            if (startMs > 0) event.currentTarget.currentTime = startMs / 1000;
          }}
          onTimeUpdate={(event) => report(event.currentTarget)}
          onSeeked={(event) => report(event.currentTarget)}
          onError={() => setFailed(true)}
          className="mx-auto block max-h-[65dvh] w-full object-contain"
        />
      </div>
      {failed && (
        <Notice tone="warning" title="This browser can’t play this video">
          <a href={formCheck.videoUrl} download className="inline-flex items-center gap-1 font-medium underline underline-offset-2">
            <Download aria-hidden className="size-4" />
            Download it
          </a>{' '}
          to watch it in another player; the stills below are from it.
        </Notice>
      )}
    </div>
  );
}

type TimelineProps = {
  durationMs: number;
  moment: number;
  comments: Message[];
  onSeek: (ms: number) => void;
};

/** A strip as long as the video with a marker at each pinned comment (tap: go there) and where it is now. */
export function Timeline({ durationMs, moment, comments, onSeek }: TimelineProps) {
  const pinned = comments.filter((comment) => commentMoment(comment) !== null);
  return (
    <div className="flex flex-col gap-1">
      <div role="group" aria-label="Comments along the video" className="relative mx-3 h-8">
        <div aria-hidden className="absolute inset-x-0 top-1/2 h-1.5 -translate-y-1/2 rounded-full bg-line" />
        {/* Where the video is now: a thin line, so it is not mistaken for a marker. */}
        <div
          aria-hidden
          className="absolute top-1 bottom-1 w-0.5 -translate-x-1/2 rounded-full bg-text/70"
          style={{ left: `${markerPercent(moment, durationMs)}%` }}
        />
        {pinned.map((comment) => {
          const atMs = commentMoment(comment)!;
          return (
            <button
              key={comment.id}
              type="button"
              onClick={() => onSeek(atMs)}
              aria-label={`Go to ${formatMoment(atMs)}: ${comment.body ?? 'comment'}`}
              title={`${formatMoment(atMs)} — ${comment.body ?? ''}`}
              className={cn(
                'absolute top-1/2 size-4 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-surface bg-accent shadow-sm hover:scale-125',
                // A 44 px touch area around the small dot.
                'before:absolute before:-inset-3.5',
              )}
              style={{ left: `${markerPercent(atMs, durationMs)}%` }}
            />
          );
        })}
      </div>
      <p className="flex justify-between text-xs text-muted tabular-nums">
        <span>{formatMoment(moment)}</span>
        <span>
          {pinned.length > 0 ? `${pinned.length} ${pinned.length === 1 ? 'moment' : 'moments'} · ` : ''}
          {formatMoment(durationMs)}
        </span>
      </p>
    </div>
  );
}

/** The stills the client's phone took: each opens the video at its moment. */
export function Stills({ formCheck, onSeek }: { formCheck: FormCheck; onSeek: (ms: number) => void }) {
  if (formCheck.frames.length === 0) return null;
  return (
    <ol aria-label="Stills" className="grid grid-cols-4 gap-2 sm:grid-cols-6">
      {formCheck.frames.map((frame) => (
        <li key={frame.url}>
          <button
            type="button"
            onClick={() => onSeek(frame.atMs)}
            aria-label={`Go to ${formatMoment(frame.atMs)} (still)`}
            className="group flex w-full flex-col gap-1 rounded-md text-left"
          >
            <img
              src={frame.url}
              alt=""
              loading="lazy"
              className="aspect-[4/3] w-full rounded-md border border-line bg-surface-muted object-cover group-hover:border-accent"
            />
            <span className="text-xs text-muted tabular-nums">{formatMoment(frame.atMs)}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}
