import { useState } from 'react';
import type { DragEvent } from 'react';
import { DRAG_TYPE } from './scheduled-item';

/** Days as drop targets for a dragged scheduled workout (native drag and drop: mouse only; the panel's date picker is the keyboard way). */
export function useDropDay(onDrop: (itemId: string, date: string) => void) {
  const [over, setOver] = useState<string | null>(null);
  const target = (day: string) => ({
    onDragOver: (event: DragEvent) => {
      if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      if (over !== day) setOver(day);
    },
    onDragLeave: () => setOver((current) => (current === day ? null : current)),
    onDrop: (event: DragEvent) => {
      const id = event.dataTransfer.getData(DRAG_TYPE);
      setOver(null);
      if (!id) return;
      event.preventDefault();
      onDrop(id, day);
    },
  });
  return { over, target };
}
