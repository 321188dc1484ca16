import { LoaderCircle } from 'lucide-react';
import { ProgressBar } from '../../ui/progress-bar';
import { formatMoment } from '../../../shared/form-checks';
import { Notice } from '../../ui/notice';
import type { Chosen } from './use-chosen-video';

/** What is happening to the chosen video before it is sent: checked, then stills taken (shown as they come). */
export function StillsProgress({ chosen }: { chosen: Chosen }) {
  if (chosen.step === 'checking')
    return (
      <p role="status" className="flex items-center gap-2 text-sm text-muted">
        <LoaderCircle aria-hidden className="size-4 motion-safe:animate-spin" />
        Checking the video…
      </p>
    );
  if (!chosen.previewable)
    return (
      <Notice tone="info" title="No preview on this phone">
        This browser can’t play this video, so we couldn’t check it here. You can still send it: it’s checked when it arrives.
      </Notice>
    );
  if (chosen.stillsFailed) return <Notice tone="info">We couldn’t take stills from this video. It goes without them.</Notice>;
  const taking = chosen.step === 'stills';
  return (
    <div className="flex flex-col gap-2">
      <p role="status" className="flex items-center gap-2 text-sm text-muted">
        {taking && <LoaderCircle aria-hidden className="size-4 motion-safe:animate-spin" />}
        {taking
          ? `Taking stills… ${chosen.stills.length} of ${chosen.total}`
          : `${chosen.stills.length} stills go with it, for a quick first look.`}
      </p>
      <ol aria-label="Stills from the video" className="grid grid-cols-4 gap-2">
        {Array.from({ length: chosen.total || chosen.stills.length }, (_, index) => {
          const still = chosen.stills[index];
          return (
            <li key={index} className="aspect-[4/3] overflow-hidden rounded-md border border-line bg-surface-muted">
              {still && (
                <img src={still.url} alt={`Still at ${formatMoment(still.atMs)}`} className="size-full object-cover" draggable={false} />
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

export function UploadProgress({ fraction }: { fraction: number | null }) {
  const percent = Math.round((fraction ?? 0) * 100);
  return (
    <div className="flex flex-col gap-1.5">
      <ProgressBar label="Uploading the video" percent={percent} />
      <p className="text-sm text-muted">{percent < 100 ? `Uploading… ${percent}%` : 'Almost there: checking the video…'}</p>
    </div>
  );
}
