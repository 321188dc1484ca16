import { describe, expect, it } from 'vitest';
import type { ProgressPhoto } from '../../../shared/goals';
import { comparablePoses, compareDefaults, groupByDate, nextPose } from './photo-format';

const photo = (id: string, pose: ProgressPhoto['pose'], date: string): ProgressPhoto => ({
  id,
  clientId: 'c1',
  pose,
  date,
  note: '',
  url: `/api/uploads/${id}`,
  thumbnailUrl: `/api/uploads/${id}/thumbnail`,
  width: 900,
  height: 1200,
  createdAt: `${date}T09:00:00Z`,
});

const photos = [
  photo('3', 'back', '2026-03-31'),
  photo('2', 'front', '2026-03-31'),
  photo('5', 'side', '2026-03-15'),
  photo('1', 'front', '2026-03-01'),
  photo('4', 'front', '2026-03-15'),
];

describe('progress photos', () => {
  it('groups by day, newest first, front-side-back within a day', () => {
    const days = groupByDate(photos);
    expect(days.map((day) => day.date)).toEqual(['2026-03-31', '2026-03-15', '2026-03-01']);
    expect(days[0]?.photos.map((item) => item.pose)).toEqual(['front', 'back']);
    expect(days[1]?.photos.map((item) => item.pose)).toEqual(['front', 'side']);
  });

  it('compares the first and the latest day of a pose, and only poses with two days', () => {
    expect(comparablePoses(photos)).toEqual(['front']);
    expect(compareDefaults(photos, 'front')).toEqual({ before: '2026-03-01', after: '2026-03-31' });
    expect(compareDefaults(photos, 'side')).toBeNull();
  });

  it('offers the next missing pose of the day after an upload', () => {
    expect(nextPose(photos, '2026-03-31')).toBe('side');
    expect(nextPose(photos, '2026-03-31', 'side')).toBeNull();
    expect(nextPose([], '2026-04-01', 'front')).toBe('side');
  });
});
