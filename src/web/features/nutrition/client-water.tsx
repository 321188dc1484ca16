import { CloudUpload, Droplet, Undo2 } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../ui/button';
import { cn } from '../../ui/cn';
import { formatMl, formatWhole, WATER_PRESETS_ML } from './nutrition-format';

type Water = { ml: number; targetMl: number | null };

/** "750 / 2,500 ml" and a bar; over the target the bar stays full (more water is no harm). */
export function WaterProgress({ water, isPending, className }: { water: Water; isPending?: boolean; className?: string }) {
  const share = water.targetMl ? Math.min(water.ml / water.targetMl, 1) : 0;
  const text = water.targetMl ? `${formatWhole(water.ml)} of ${formatWhole(water.targetMl)} ml water` : `${formatWhole(water.ml)} ml water`;
  return (
    <div className={cn('flex min-w-0 flex-1 flex-col gap-1', className)}>
      <p className="flex items-center gap-1.5 text-sm">
        <Droplet aria-hidden className="size-4 shrink-0 text-accent-text" />
        <span className="sr-only">{text}</span>
        <span aria-hidden className="font-semibold text-text tabular-nums">
          {formatMl(water.ml)}
        </span>
        {water.targetMl ? (
          <span aria-hidden className="text-muted tabular-nums">
            / {formatMl(water.targetMl)}
          </span>
        ) : (
          <span aria-hidden className="text-muted">
            water
          </span>
        )}
        {isPending && (
          <span title="Saved on this phone — will sync" className="inline-flex items-center text-muted">
            <CloudUpload aria-hidden className="size-4" />
            <span className="sr-only">, saved on this phone, will sync</span>
          </span>
        )}
      </p>
      {water.targetMl ? (
        <div aria-hidden className="h-2 overflow-hidden rounded-full bg-surface-muted">
          <div
            className="h-full rounded-full bg-accent motion-safe:transition-[width] motion-safe:duration-300"
            style={{ width: `${share * 100}%` }}
          />
        </div>
      ) : null}
    </div>
  );
}

type WaterCardProps = { water: Water; isPending: boolean; onSet: (ml: number) => Promise<void> };

/** The nutrition page's water: one tap per preset, and an undo of the last tap. */
export function WaterCard({ water, isPending, onSet }: WaterCardProps) {
  const [undo, setUndo] = useState<{ from: number; added: number } | null>(null);
  const add = (ml: number) => {
    setUndo({ from: water.ml, added: ml });
    void onSet(water.ml + ml);
  };
  return (
    <section aria-labelledby="water-title" className="flex flex-col gap-3 rounded-lg border border-line bg-surface p-4">
      <div className="flex items-center justify-between gap-2">
        <h2 id="water-title" className="text-base font-semibold text-text">
          Water
        </h2>
        {undo && (
          <Button
            variant="ghost"
            className="-my-2 -mr-2"
            icon={<Undo2 aria-hidden className="size-4" />}
            onClick={() => {
              setUndo(null);
              void onSet(undo.from);
            }}
          >
            {`Undo +${undo.added} ml`}
          </Button>
        )}
      </div>
      <WaterProgress water={water} isPending={isPending} />
      <div className="grid grid-cols-3 gap-2">
        {WATER_PRESETS_ML.map((ml) => (
          <Button key={ml} variant="secondary" size="lg" className="px-2 tabular-nums" onClick={() => add(ml)}>
            {`+${ml} ml`}
          </Button>
        ))}
      </div>
    </section>
  );
}
