import type { PhotoPose, ProgressPhoto } from '../../../shared/goals';

/* Plain helpers for the photo timeline and compare (no zod: the Progress page loads these first). */

export const POSE_LABELS: Record<PhotoPose, string> = { front: 'Front', side: 'Side', back: 'Back' };
export const POSES = Object.keys(POSE_LABELS) as PhotoPose[];

export type PhotoDay = { date: string; photos: ProgressPhoto[] };

/** Photos by day, newest day first; within a day front, side, back. */
export function groupByDate(photos: ProgressPhoto[]): PhotoDay[] {
  const days = new Map<string, ProgressPhoto[]>();
  for (const photo of photos) days.set(photo.date, [...(days.get(photo.date) ?? []), photo]);
  return [...days.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([date, list]) => ({ date, photos: list.sort((a, b) => POSES.indexOf(a.pose) - POSES.indexOf(b.pose)) }));
}

/** The photos of one pose, oldest first (one per day). */
export const posePhotos = (photos: ProgressPhoto[], pose: PhotoPose) =>
  photos.filter((photo) => photo.pose === pose).sort((a, b) => a.date.localeCompare(b.date));

/** The poses that have photos on at least two days, so there is something to compare. */
export const comparablePoses = (photos: ProgressPhoto[]) => POSES.filter((pose) => posePhotos(photos, pose).length >= 2);

/** Compare starts with the first and the latest photo of the pose. */
export function compareDefaults(photos: ProgressPhoto[], pose: PhotoPose): { before: string; after: string } | null {
  const list = posePhotos(photos, pose);
  const first = list[0];
  const last = list.at(-1);
  return first && last && first.date !== last.date ? { before: first.date, after: last.date } : null;
}

/** The first pose (front, side, back) without a photo that day, besides `done`; null when all are there. */
export function nextPose(photos: ProgressPhoto[], date: string, done?: PhotoPose): PhotoPose | null {
  const taken = new Set(photos.filter((photo) => photo.date === date).map((photo) => photo.pose));
  if (done) taken.add(done);
  return POSES.find((pose) => !taken.has(pose)) ?? null;
}
