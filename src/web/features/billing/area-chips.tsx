import { cn } from '../../ui/cn';
import { areaShort } from './billing-copy';

/** What a plan (or a client's access) includes, as small tags; training and progress are always in. */
export function AreaChips({ areas, always = false, className }: { areas: readonly string[]; always?: boolean; className?: string }) {
  const items = [...(always ? ['Training & progress'] : []), ...areas.map(areaShort)];
  if (items.length === 0) return <span className="text-muted">Training and progress only</span>;
  return (
    <ul className={cn('flex flex-wrap gap-1', className)} aria-label="Included">
      {items.map((item) => (
        <li key={item} className="rounded-sm bg-surface-muted px-1.5 py-0.5 text-xs whitespace-nowrap text-muted">
          {item}
        </li>
      ))}
    </ul>
  );
}
