import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors } from '@dnd-kit/core';
import type { DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { GripVertical } from 'lucide-react';
import type { Question } from '../../../shared/checkins';
import type { MetricDefinition } from '../../../shared/progress';
import { cn } from '../../ui/cn';
import { iconButton, QuestionCard } from './form-question-card';
import { duplicateQuestion, moveItem, questionErrors } from './form-ops';
import type { FormErrors } from './form-ops';

type ListProps = {
  questions: Question[];
  errors: FormErrors;
  customMetrics: MetricDefinition[];
  onChange: (questions: Question[]) => void;
};

type ItemProps = Omit<ListProps, 'questions' | 'onChange'> & {
  question: Question;
  index: number;
  count: number;
  onQuestion: (question: Question) => void;
  onMove: (from: number, to: number) => void;
  onDuplicate: () => void;
  onDelete: () => void;
};

function SortableQuestion({ question, index, count, errors, customMetrics, onQuestion, onMove, onDuplicate, onDelete }: ItemProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: question.id });
  return (
    <li
      ref={setNodeRef}
      style={{
        transform: transform ? `translate3d(${Math.round(transform.x)}px, ${Math.round(transform.y)}px, 0)` : undefined,
        transition,
      }}
      className={cn(isDragging && 'relative z-10')}
    >
      <QuestionCard
        question={question}
        index={index}
        count={count}
        errors={questionErrors(errors, question.id)}
        customMetrics={customMetrics}
        onChange={onQuestion}
        onMove={(delta) => onMove(index, index + delta)}
        onDuplicate={onDuplicate}
        onDelete={onDelete}
        dragging={isDragging}
        handle={
          <button
            type="button"
            ref={setActivatorNodeRef}
            {...attributes}
            {...listeners}
            aria-label={`Drag question ${index + 1}`}
            title="Drag to reorder (or Space, then arrow keys)"
            className={cn(iconButton, 'cursor-grab touch-none active:cursor-grabbing')}
          >
            <GripVertical aria-hidden className="size-4" />
          </button>
        }
      />
    </li>
  );
}

/** The form's questions in order: drag by the handle (Space + arrows from the keyboard), Alt+↑/↓, or the arrow buttons. */
export function QuestionList({ questions, errors, customMetrics, onChange }: ListProps) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const onMove = (from: number, to: number) => {
    if (to < 0 || to >= questions.length) return;
    const focused = document.activeElement as HTMLElement | null;
    onChange(moveItem(questions, from, to));
    // Moving a question moves its DOM node, which can drop focus: keep the keyboard where it was.
    requestAnimationFrame(() => {
      if (focused && focused.isConnected && document.activeElement !== focused) focused.focus();
    });
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = questions.findIndex((question) => question.id === active.id);
    const to = questions.findIndex((question) => question.id === over.id);
    if (from >= 0 && to >= 0) onChange(moveItem(questions, from, to));
  };

  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
      <SortableContext items={questions.map((question) => question.id)} strategy={verticalListSortingStrategy}>
        <ol className="flex flex-col gap-3">
          {questions.map((question, index) => (
            <SortableQuestion
              key={question.id}
              question={question}
              index={index}
              count={questions.length}
              errors={errors}
              customMetrics={customMetrics}
              onQuestion={(next) => onChange(questions.map((item) => (item.id === next.id ? next : item)))}
              onMove={onMove}
              onDuplicate={() => onChange(duplicateQuestion(questions, index))}
              onDelete={() => onChange(questions.filter((item) => item.id !== question.id))}
            />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
