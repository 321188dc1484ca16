import type { ReactNode } from 'react';
import type { DayLog, Nutrients } from '../../../shared/nutrition';
import { cn } from '../../ui/cn';
import { formatWhole, leftText, MACRO_LABELS, progressOf, progressText } from './nutrition-format';
import type { MacroKey, Progress } from './nutrition-format';

/*
 * Apple-Fitness-like rings for a day against its targets: one big kcal ring with "kcal left" in
 * the middle, protein / carbs / fat as small rings (page) or bars (Today card). Over target the
 * ring stays full and a second lap in amber shows by how much: clear, not alarming.
 * Shared by the client's Today card and nutrition page and the trainer's day view.
 */

type DayTargets = NonNullable<DayLog['targets']>;
export type RingsSize = 'sm' | 'lg';

const MACROS = ['proteinG', 'carbsG', 'fatG'] as const satisfies readonly MacroKey[];

type RingProps = { fraction: number; size: number; stroke: number; className?: string; children?: ReactNode };

/** One ring: a track, the eaten share in the accent, and any overflow as a second amber lap. */
export function Ring({ fraction, size, stroke, className, children }: RingProps) {
  const radius = (size - stroke) / 2;
  const circumference = 2 * Math.PI * radius;
  const main = Math.min(Math.max(fraction, 0), 1);
  const overflow = Math.min(Math.max(fraction - 1, 0), 1);
  const arc = (share: number) => `${share * circumference} ${circumference}`;
  const common = { cx: size / 2, cy: size / 2, r: radius, fill: 'none', strokeWidth: stroke } as const;
  return (
    <div className={cn('relative shrink-0', className)} style={{ width: size, height: size }}>
      <svg aria-hidden width={size} height={size} viewBox={`0 0 ${size} ${size}`} className="-rotate-90">
        <circle {...common} className="stroke-surface-muted" />
        {main > 0 && (
          <circle
            {...common}
            className="stroke-accent motion-safe:transition-[stroke-dasharray] motion-safe:duration-500"
            strokeLinecap="round"
            strokeDasharray={arc(main)}
          />
        )}
        {overflow > 0 && (
          <circle
            {...common}
            className="stroke-warning motion-safe:transition-[stroke-dasharray] motion-safe:duration-500"
            strokeLinecap="round"
            strokeDasharray={arc(overflow)}
          />
        )}
      </svg>
      {children && <div className="absolute inset-0 flex flex-col items-center justify-center text-center">{children}</div>}
    </div>
  );
}

/** The middle of the kcal ring: kcal left, kcal over, or kcal eaten when there is no target. */
function KcalCentre({ progress, size }: { progress: Progress; size: RingsSize }) {
  const big = size === 'lg' ? 'text-2xl' : 'text-xl';
  const small = size === 'lg' ? 'text-sm' : 'text-xs';
  if (progress.target === null)
    return (
      <>
        <span className={cn(big, 'font-semibold tabular-nums text-text')}>{formatWhole(progress.value)}</span>
        <span className={cn(small, 'text-muted')}>kcal eaten</span>
      </>
    );
  const over = progress.over > 0;
  return (
    <>
      <span className={cn(big, 'font-semibold tabular-nums', over ? 'text-warning' : 'text-text')}>
        {formatWhole(over ? progress.over : (progress.left ?? 0))}
      </span>
      <span className={cn(small, 'text-muted')}>{over ? 'kcal over' : 'kcal left'}</span>
      {size === 'lg' && (
        <span className="mt-1 text-xs tabular-nums text-muted">
          {formatWhole(progress.value)} / {formatWhole(progress.target)}
        </span>
      )}
    </>
  );
}

/** A macro as a small ring with its name and "58 g left" under it (the nutrition page). */
export function MacroRing({ macro, progress }: { macro: MacroKey; progress: Progress }) {
  return (
    <div className="flex min-w-0 flex-col items-center gap-1">
      <Ring fraction={progress.fraction} size={60} stroke={7}>
        <span className="text-sm font-semibold tabular-nums text-text" aria-hidden>
          {progress.target === null ? '—' : `${Math.round(progress.fraction * 100)}%`}
        </span>
      </Ring>
      <span className="text-sm font-medium text-text" aria-hidden>
        {MACRO_LABELS[macro]}
      </span>
      <span className={cn('text-xs tabular-nums', progress.over > 0 ? 'text-warning' : 'text-muted')} aria-hidden>
        {leftText(macro, progress)}
      </span>
      <span className="sr-only">{progressText(macro, progress)}</span>
    </div>
  );
}

/** A macro as a bar with its name and figures (the Today card, where space is short). */
export function MacroBar({ macro, progress }: { macro: MacroKey; progress: Progress }) {
  const main = Math.min(progress.fraction, 1);
  const overflow = Math.min(Math.max(progress.fraction - 1, 0), 1);
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-baseline justify-between gap-2 text-xs" aria-hidden>
        <span className="font-medium text-text">{MACRO_LABELS[macro]}</span>
        <span className={cn('tabular-nums', progress.over > 0 ? 'text-warning' : 'text-muted')}>{leftText(macro, progress)}</span>
      </div>
      <div aria-hidden className="relative h-2 overflow-hidden rounded-full bg-surface-muted">
        <div className="absolute inset-y-0 left-0 rounded-full bg-accent" style={{ width: `${main * 100}%` }} />
        {overflow > 0 && <div className="absolute inset-y-0 left-0 rounded-full bg-warning" style={{ width: `${overflow * 100}%` }} />}
      </div>
      <span className="sr-only">{progressText(macro, progress)}</span>
    </div>
  );
}

type NutritionRingsProps = {
  totals: Pick<Nutrients, MacroKey>;
  targets: Pick<DayTargets, MacroKey> | null;
  /** sm: ring and bars side by side (Today card); lg: big ring over three small rings (nutrition page, trainer's day). */
  size?: RingsSize;
  className?: string;
};

/** A day's kcal and macros against its targets; screen readers hear "1,240 of 2,100 kcal" and so on. */
export function NutritionRings({ totals, targets, size = 'lg', className }: NutritionRingsProps) {
  const kcal = progressOf(totals.kcal, targets?.kcal);
  const macros = MACROS.map((macro) => ({ macro, progress: progressOf(totals[macro], targets?.[macro]) }));
  if (size === 'sm')
    return (
      <div className={cn('flex items-center gap-4', className)}>
        <Ring fraction={kcal.fraction} size={112} stroke={12}>
          <KcalCentre progress={kcal} size="sm" />
        </Ring>
        <span className="sr-only">{progressText('kcal', kcal)}</span>
        <div className="flex min-w-0 flex-1 flex-col gap-2.5">
          {macros.map(({ macro, progress }) => (
            <MacroBar key={macro} macro={macro} progress={progress} />
          ))}
        </div>
      </div>
    );
  return (
    <div className={cn('flex flex-col items-center gap-4', className)}>
      <Ring fraction={kcal.fraction} size={184} stroke={16}>
        <KcalCentre progress={kcal} size="lg" />
      </Ring>
      <span className="sr-only">{progressText('kcal', kcal)}</span>
      <div className="grid w-full max-w-sm grid-cols-3 gap-2">
        {macros.map(({ macro, progress }) => (
          <MacroRing key={macro} macro={macro} progress={progress} />
        ))}
      </div>
    </div>
  );
}
