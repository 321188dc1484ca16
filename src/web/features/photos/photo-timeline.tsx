import { ChevronDown } from 'lucide-react';
import { useState } from 'react';
import type { ProgressPhoto } from '../../../shared/goals';
import { formatDay } from '../metrics/units';
import { groupByDate, POSE_LABELS } from './photo-format';

const FIRST_DAYS = 4;

/** A photo as a square-ish tile at the thumbnail's size; the full photo opens on tap. */
function Thumbnail({ photo, onOpen }: { photo: ProgressPhoto; onOpen: (photo: ProgressPhoto) => void }) {
  const pose = POSE_LABELS[photo.pose];
  return (
    <li>
      <button
        type="button"
        onClick={() => onOpen(photo)}
        aria-label={`${pose} photo, ${formatDay(photo.date)}: view full size`}
        className="group relative block aspect-[3/4] w-full overflow-hidden rounded-md bg-surface-muted focus-visible:outline-offset-2"
      >
        <img
          src={photo.thumbnailUrl ?? photo.url}
          alt=""
          loading="lazy"
          decoding="async"
          className="size-full object-cover transition-transform group-hover:scale-[1.02]"
        />
        <span className="absolute bottom-1 left-1 rounded-sm bg-surface/90 px-1.5 py-0.5 text-xs font-medium text-text">{pose}</span>
      </button>
    </li>
  );
}

/** Thumbnails by day, newest first; the first few days until "Show all". */
export function PhotoTimeline({ photos, onOpen }: { photos: ProgressPhoto[]; onOpen: (photo: ProgressPhoto) => void }) {
  const [all, setAll] = useState(false);
  const days = groupByDate(photos);
  const shown = all ? days : days.slice(0, FIRST_DAYS);
  return (
    // Days side by side where the card is wide (the trainer's desk), one under another on a phone.
    <div className="@container flex flex-col gap-4">
      <ol aria-label="Photos by day" className="grid grid-cols-1 gap-4 @3xl:grid-cols-2">
        {shown.map((day) => (
          <li key={day.date} className="flex flex-col gap-2">
            <h3 className="text-sm font-medium text-muted">{formatDay(day.date)}</h3>
            <ul className="grid grid-cols-3 gap-2">
              {day.photos.map((photo) => (
                <Thumbnail key={photo.id} photo={photo} onOpen={onOpen} />
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {days.length > FIRST_DAYS && !all && (
        <button
          type="button"
          onClick={() => setAll(true)}
          className="-mx-2 flex min-h-11 items-center gap-1 self-start rounded-md px-2 text-sm font-medium text-text hover:bg-surface-muted"
        >
          <ChevronDown aria-hidden className="size-4" />
          Show all {days.length} days
        </button>
      )}
    </div>
  );
}
