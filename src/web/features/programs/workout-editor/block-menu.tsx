import { ArrowDown, ArrowUp, Check, Copy, Layers, Repeat, Trash2, Ungroup } from 'lucide-react';
import type { Block } from '../../../../shared/programs';
import { Menu, MenuItem, MenuSeparator } from '../../../ui/menu';
import type { Section } from './defaults';
import type { EditWorkout } from './prescription-editor';
import { duplicateBlock, groupWithNext, removeBlock, setBlockKind, setSection, ungroup } from './workout-ops';

export const SECTION_LABELS: Record<Section, string> = { warmup: 'Warm-up', main: 'Main', cooldown: 'Cool-down' };

type BlockMenuProps = {
  block: Block;
  label: string;
  isFirst: boolean;
  isLast: boolean;
  edit: EditWorkout;
  onMove: (delta: -1 | 1) => void;
};

export function BlockMenu({ block, label, isFirst, isLast, edit, onMove }: BlockMenuProps) {
  const single = block.kind === 'single';
  return (
    <Menu label={`Actions for block ${label}`}>
      <MenuItem icon={<Copy aria-hidden />} onSelect={() => edit((w) => duplicateBlock(w, block.id))}>
        {single ? 'Duplicate exercise' : `Duplicate ${block.kind}`}
      </MenuItem>
      {!isLast && (
        <>
          <MenuItem icon={<Layers aria-hidden />} onSelect={() => edit((w) => groupWithNext(w, block.id, 'superset'))}>
            {single ? 'Superset with next' : 'Add next block to this group'}
          </MenuItem>
          {single && (
            <MenuItem icon={<Repeat aria-hidden />} onSelect={() => edit((w) => groupWithNext(w, block.id, 'circuit'))}>
              Circuit with next
            </MenuItem>
          )}
        </>
      )}
      {!single && (
        <>
          <MenuItem
            icon={<Repeat aria-hidden />}
            onSelect={() => edit((w) => setBlockKind(w, block.id, block.kind === 'circuit' ? 'superset' : 'circuit'))}
          >
            {block.kind === 'circuit' ? 'Make it a superset' : 'Make it a circuit'}
          </MenuItem>
          <MenuItem icon={<Ungroup aria-hidden />} onSelect={() => edit((w) => ungroup(w, block.id))}>
            Ungroup
          </MenuItem>
        </>
      )}
      <MenuSeparator />
      {(Object.keys(SECTION_LABELS) as Section[]).map((section) => (
        <MenuItem
          key={section}
          icon={block.section === section ? <Check aria-hidden /> : <span aria-hidden className="size-4" />}
          onSelect={() => edit((w) => setSection(w, block.id, section))}
        >
          {SECTION_LABELS[section]}
        </MenuItem>
      ))}
      <MenuSeparator />
      <MenuItem icon={<ArrowUp aria-hidden />} disabled={isFirst} onSelect={() => onMove(-1)} shortcut="Alt ↑">
        Move up
      </MenuItem>
      <MenuItem icon={<ArrowDown aria-hidden />} disabled={isLast} onSelect={() => onMove(1)} shortcut="Alt ↓">
        Move down
      </MenuItem>
      <MenuSeparator />
      <MenuItem icon={<Trash2 aria-hidden />} tone="danger" onSelect={() => edit((w) => removeBlock(w, block.id))}>
        Remove
      </MenuItem>
    </Menu>
  );
}
