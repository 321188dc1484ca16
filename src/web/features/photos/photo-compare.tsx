import { useState, type PointerEvent } from 'react';
import type { PhotoPose, ProgressPhoto } from '../../../shared/goals';
import { Chip } from '../../ui/chip';
import { SelectField } from '../../ui/field';
import { formatDay } from '../metrics/units';
import { comparablePoses, compareDefaults, POSE_LABELS, POSES, posePhotos } from './photo-format';

type View = 'slider' | 'side';

function Frame({ photo, label }: { photo: ProgressPhoto; label: string }) {
  return (
    <figure className="flex flex-col gap-1.5">
      <div className="aspect-[3/4] w-full overflow-hidden rounded-md bg-surface-muted">
        <img
          src={photo.url}
          alt={`${label}: ${POSE_LABELS[photo.pose].toLowerCase()} photo, ${formatDay(photo.date)}`}
          className="size-full object-cover"
        />
      </div>
      <figcaption className="text-sm text-text">
        <span className="font-medium">{label}</span> · {formatDay(photo.date)}
      </figcaption>
    </figure>
  );
}

/**
 * One photo over the other, the earlier one clipped at the slider: drag on the photos or use the
 * range input under them (arrow keys, Home/End). Both photos are cropped the same way to line up.
 */
function Slider({ before, after }: { before: ProgressPhoto; after: ProgressPhoto }) {
  const [position, setPosition] = useState(50);
  const beforeDay = formatDay(before.date);
  const afterDay = formatDay(after.date);
  const move = (event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    if (box.width > 0) setPosition(Math.round(Math.min(1, Math.max(0, (event.clientX - box.left) / box.width)) * 100));
  };
  return (
    <div className="mx-auto flex w-full max-w-md flex-col gap-2">
      <div
        className="relative aspect-[3/4] w-full cursor-ew-resize touch-pan-y overflow-hidden rounded-md bg-surface-muted select-none"
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          move(event);
        }}
        onPointerMove={(event) => {
          if (event.currentTarget.hasPointerCapture(event.pointerId)) move(event);
        }}
      >
        <img
          src={after.url}
          alt={`After: ${POSE_LABELS[after.pose].toLowerCase()} photo, ${afterDay}`}
          draggable={false}
          className="absolute inset-0 size-full object-cover"
        />
        <img
          src={before.url}
          alt={`Before: ${POSE_LABELS[before.pose].toLowerCase()} photo, ${beforeDay}`}
          draggable={false}
          style={{ clipPath: `inset(0 ${100 - position}% 0 0)` }}
          className="absolute inset-0 size-full object-cover"
        />
        <div aria-hidden className="absolute inset-y-0 -ml-px w-0.5 bg-surface shadow-md" style={{ left: `${position}%` }}>
          <span className="absolute top-1/2 left-1/2 flex size-8 -translate-x-1/2 -translate-y-1/2 items-center justify-center rounded-full border border-line bg-surface text-xs font-semibold text-text shadow-md">
            ⇔
          </span>
        </div>
        <span aria-hidden className="absolute top-2 left-2 rounded-sm bg-surface/90 px-1.5 py-0.5 text-xs font-medium text-text">
          {beforeDay}
        </span>
        <span aria-hidden className="absolute top-2 right-2 rounded-sm bg-surface/90 px-1.5 py-0.5 text-xs font-medium text-text">
          {afterDay}
        </span>
      </div>
      <input
        type="range"
        min={0}
        max={100}
        step={1}
        value={position}
        onChange={(event) => setPosition(Number(event.target.value))}
        aria-label={`Slide between ${beforeDay} (left) and ${afterDay} (right)`}
        aria-valuetext={`${position}% ${beforeDay}, ${100 - position}% ${afterDay}`}
        className="h-11 w-full cursor-pointer accent-accent"
      />
    </div>
  );
}

/** Two days of one pose: first and latest to start with, side by side or under a slider. */
export function PhotoCompare({ photos }: { photos: ProgressPhoto[] }) {
  const poses = comparablePoses(photos);
  const [pose, setPose] = useState<PhotoPose>(poses[0] ?? 'front');
  const [picked, setPicked] = useState<Partial<Record<PhotoPose, { before: string; after: string }>>>({});
  const [view, setView] = useState<View>('slider');
  const list = posePhotos(photos, pose);
  const defaults = compareDefaults(photos, pose);

  if (poses.length === 0 || !defaults) {
    const single = POSES.find((item) => posePhotos(photos, item).length === 1);
    return (
      <p className="rounded-lg border border-dashed border-line px-4 py-6 text-center text-sm text-muted">
        Compare needs photos of the same pose on two different days.
        {single && ` Add another ${POSE_LABELS[single].toLowerCase()} photo on a later day and they appear side by side here.`}
      </p>
    );
  }

  const chosen = picked[pose] ?? defaults;
  const before = list.find((photo) => photo.date === chosen.before) ?? list[0];
  const after = list.find((photo) => photo.date === chosen.after) ?? list.at(-1);
  const choose = (which: 'before' | 'after', date: string) =>
    setPicked((current) => ({ ...current, [pose]: { ...chosen, [which]: date } }));

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center gap-2">
        {poses.length > 1 && (
          <div role="group" aria-label="Pose" className="flex gap-2">
            {poses.map((item) => (
              <Chip key={item} selected={pose === item} onClick={() => setPose(item)}>
                {POSE_LABELS[item]}
              </Chip>
            ))}
          </div>
        )}
        <div role="group" aria-label="View" className="flex gap-2 sm:ml-auto">
          <Chip selected={view === 'slider'} onClick={() => setView('slider')}>
            Slider
          </Chip>
          <Chip selected={view === 'side'} onClick={() => setView('side')}>
            Side by side
          </Chip>
        </div>
      </div>
      <div className="grid grid-cols-2 gap-3">
        <SelectField label="Before" value={before?.date ?? ''} onChange={(event) => choose('before', event.target.value)}>
          {list.map((photo) => (
            <option key={photo.id} value={photo.date}>
              {formatDay(photo.date)}
            </option>
          ))}
        </SelectField>
        <SelectField label="After" value={after?.date ?? ''} onChange={(event) => choose('after', event.target.value)}>
          {list.map((photo) => (
            <option key={photo.id} value={photo.date}>
              {formatDay(photo.date)}
            </option>
          ))}
        </SelectField>
      </div>
      {before && after && before.id === after.id && <p className="text-sm text-muted">Pick two different days to see the change.</p>}
      {before &&
        after &&
        (view === 'slider' ? (
          <Slider key={`${before.id}:${after.id}`} before={before} after={after} />
        ) : (
          <div className="grid grid-cols-2 gap-3">
            <Frame photo={before} label="Before" />
            <Frame photo={after} label="After" />
          </div>
        ))}
    </div>
  );
}
