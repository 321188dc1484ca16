import type { PublicProfile } from '../../../shared/settings';
import { cn } from '../../ui/cn';
import { initials } from './plan-copy';

/** The trainer's round photo, or their initials when there is none. */
export function TrainerPhoto({ profile, className }: { profile: Pick<PublicProfile, 'photoUrl' | 'trainerName'>; className?: string }) {
  const base = cn('shrink-0 rounded-full border border-line', className ?? 'size-24');
  if (profile.photoUrl)
    return <img src={profile.photoUrl} alt={profile.trainerName} className={cn(base, 'bg-surface-muted object-cover')} />;
  return (
    <span aria-hidden className={cn(base, 'flex items-center justify-center bg-accent-soft text-xl font-semibold text-accent-text')}>
      {initials(profile.trainerName) || '?'}
    </span>
  );
}
