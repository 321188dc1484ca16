import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors } from '@dnd-kit/core';
import type { DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { GripVertical } from 'lucide-react';
import type { Units } from '../../../../shared/clients';
import type { Block, Workout } from '../../../../shared/programs';
import { cn } from '../../../ui/cn';
import { BlockCard, iconButton } from './block-card';
import { SECTION_LABELS } from './block-menu';
import type { EditWorkout } from './prescription-editor';
import { moveBlock } from './workout-ops';

/** A, B, C … Z, then 27, 28 (a workout holds at most 40 blocks). */
export const blockLetter = (index: number) => (index < 26 ? String.fromCharCode(65 + index) : String(index + 1));

type ItemProps = {
  block: Block;
  index: number;
  count: number;
  units: Units;
  week: number;
  edit: EditWorkout;
  onMove: (from: number, to: number) => void;
};

function SortableBlock({ block, index, count, units, week, edit, onMove }: ItemProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: block.id });
  const letter = blockLetter(index);
  return (
    <div
      ref={setNodeRef}
      style={{
        transform: transform ? `translate3d(${Math.round(transform.x)}px, ${Math.round(transform.y)}px, 0)` : undefined,
        transition,
      }}
      className={cn(isDragging && 'relative z-10')}
    >
      <BlockCard
        block={block}
        letter={letter}
        isFirst={index === 0}
        isLast={index === count - 1}
        units={units}
        week={week}
        edit={edit}
        dragging={isDragging}
        onMove={(delta) => onMove(index, index + delta)}
        handle={
          <button
            type="button"
            ref={setActivatorNodeRef}
            {...attributes}
            {...listeners}
            aria-label={`Drag block ${letter}`}
            title="Drag to reorder (or Space, then arrow keys)"
            className={cn(iconButton, 'cursor-grab touch-none active:cursor-grabbing')}
          >
            <GripVertical aria-hidden className="size-4" />
          </button>
        }
      />
    </div>
  );
}

/** The workout's blocks in order: drag by the handle, or Alt+↑/↓ (and the arrow buttons) from the keyboard. */
export function BlockList({ workout, units, edit }: { workout: Workout; units: Units; edit: EditWorkout }) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const blocks = workout.blocks;
  const showSections = blocks.some((block) => block.section !== 'main');

  const onMove = (from: number, to: number) => {
    if (to < 0 || to >= blocks.length) return;
    const focused = document.activeElement as HTMLElement | null;
    edit((w) => moveBlock(w, from, to));
    // Moving a block moves its DOM node, which can drop focus: keep the keyboard where it was.
    requestAnimationFrame(() => {
      if (focused && focused.isConnected && document.activeElement !== focused) focused.focus();
    });
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = blocks.findIndex((block) => block.id === active.id);
    const to = blocks.findIndex((block) => block.id === over.id);
    if (from >= 0 && to >= 0) edit((w) => moveBlock(w, from, to));
  };

  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
      <SortableContext items={blocks.map((block) => block.id)} strategy={verticalListSortingStrategy}>
        <div className="flex flex-col gap-2">
          {blocks.map((block, index) => (
            <div key={block.id} className="flex flex-col gap-2">
              {showSections && block.section !== blocks[index - 1]?.section && (
                <h4 className="mt-1 text-xs font-semibold tracking-wide text-muted uppercase">{SECTION_LABELS[block.section]}</h4>
              )}
              <SortableBlock
                block={block}
                index={index}
                count={blocks.length}
                units={units}
                week={workout.week}
                edit={edit}
                onMove={onMove}
              />
            </div>
          ))}
        </div>
      </SortableContext>
    </DndContext>
  );
}
