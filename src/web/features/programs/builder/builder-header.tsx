import { ChevronLeft, Redo2, SlidersHorizontal, Undo2, UserPlus } from 'lucide-react';
import type { Ref } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../ui/button';
import { DraftInput } from '../workout-editor/draft-input';
import { SaveStatusIndicator } from './save-status';
import type { SaveStatus } from './use-autosave';

type BuilderHeaderProps = {
  name: string;
  onName: (name: string) => void;
  nameError?: string | undefined;
  nameRef?: Ref<HTMLInputElement>;
  back: { to: string; label: string };
  status: SaveStatus;
  problemCount: number;
  onRetry: () => void;
  onShowProblem: () => void;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onDetails: () => void;
  /** Templates only: a client's own copy is already theirs. */
  onAssign?: () => void;
};

const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const mod = mac ? '⌘' : 'Ctrl+';

export function BuilderHeader(props: BuilderHeaderProps) {
  const { name, onName, nameError, nameRef, back, status, problemCount, onRetry, onShowProblem } = props;
  return (
    <header className="z-20 -mx-4 sm:sticky sm:top-14 flex flex-col gap-1 border-b border-line bg-bg px-4 pt-1 pb-2 sm:-mx-6 sm:px-6 lg:top-0 lg:-mx-8 lg:px-8">
      <Link to={back.to} className="inline-flex items-center gap-1 self-start rounded-sm text-sm text-muted hover:text-text">
        <ChevronLeft aria-hidden className="size-4" /> {back.label}
      </Link>
      <div className="flex flex-wrap items-center gap-2">
        <div className="flex min-w-0 basis-full flex-col sm:basis-auto sm:flex-1">
          <DraftInput
            ref={nameRef}
            aria-label="Program name"
            value={name}
            format={(value) => value}
            parse={(text) => text}
            onCommit={onName}
            invalid={Boolean(nameError)}
            placeholder="Name this program"
            variant="ghost"
            className="h-10 w-full px-1.5 text-xl font-semibold"
          />
          {nameError && <p className="px-1.5 text-xs text-danger">{nameError}</p>}
        </div>
        <SaveStatusIndicator status={status} problemCount={problemCount} onRetry={onRetry} onShowProblem={onShowProblem} />
        <div className="flex items-center gap-1">
          <Button
            variant="ghost"
            size="sm"
            aria-label="Undo"
            title={`Undo (${mod}Z)`}
            disabled={!props.canUndo}
            onClick={props.onUndo}
            className="px-2"
          >
            <Undo2 aria-hidden className="size-4" />
          </Button>
          <Button
            variant="ghost"
            size="sm"
            aria-label="Redo"
            title={`Redo (${mod}Shift+Z)`}
            disabled={!props.canRedo}
            onClick={props.onRedo}
            className="px-2"
          >
            <Redo2 aria-hidden className="size-4" />
          </Button>
        </div>
        <Button variant="secondary" size="sm" onClick={props.onDetails} icon={<SlidersHorizontal aria-hidden className="size-4" />}>
          Details
        </Button>
        {props.onAssign && (
          <Button
            size="sm"
            onClick={props.onAssign}
            disabled={status.kind !== 'saved'}
            title={status.kind !== 'saved' ? 'Assign once everything is saved' : undefined}
            icon={<UserPlus aria-hidden className="size-4" />}
          >
            Assign
          </Button>
        )}
      </div>
    </header>
  );
}
