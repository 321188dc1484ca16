import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { SaveProgramSchema } from '../../../../shared/programs';
import type { Program, ProgramContent } from '../../../../shared/programs';
import { errorMessage, isApiError } from '../../../lib/api';
import { programsApi } from '../queries';
import { resolveInProgram } from '../workout-editor/problems';
import type { Problem } from '../workout-editor/problems';

export type ProgramDoc = { name: string; description: string; tags: string[]; content: ProgramContent };

export type SaveStatus =
  | { kind: 'saved' }
  | { kind: 'waiting' }
  | { kind: 'saving' }
  | { kind: 'invalid' }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; currentVersion: number | null };

const DELAY_MS = 800;

type AutosaveInput = { programId: string; doc: ProgramDoc; revision: number; version: number; onSaved: (program: Program) => void };

/**
 * Saves the whole program ~800 ms after the last change, with the version it was loaded at.
 * Never drops an edit: a change made while saving is saved next; a failure keeps everything and
 * offers a retry; an invalid program is not sent, its problems are shown where they are.
 */
export function useAutosave({ programId, doc, revision, version, onSaved }: AutosaveInput) {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'saved' });
  const [problems, setProblems] = useState<Problem[]>([]);
  const latest = useRef({ doc, revision, onSaved });
  const versionRef = useRef(version);
  const savedRevision = useRef(revision);
  const inFlight = useRef(false);
  const queued = useRef(false);
  const blocked = useRef(false);
  const timer = useRef<number | undefined>(undefined);

  useLayoutEffect(() => {
    latest.current = { doc, revision, onSaved };
  });

  const flush = useCallback(async (): Promise<void> => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    if (blocked.current) return;
    if (inFlight.current) {
      queued.current = true;
      return;
    }
    const { doc: snapshot, revision: sent } = latest.current;
    if (sent === savedRevision.current) {
      setStatus({ kind: 'saved' });
      return;
    }
    const input = { ...snapshot, version: versionRef.current };
    const parsed = SaveProgramSchema.safeParse(input);
    if (!parsed.success) {
      setProblems(parsed.error.issues.map((issue) => resolveInProgram(snapshot.content.workouts, issue.path, issue.message)));
      setStatus({ kind: 'invalid' });
      return;
    }
    inFlight.current = true;
    setStatus({ kind: 'saving' });
    try {
      const saved = await programsApi.save(programId, input);
      versionRef.current = saved.version;
      savedRevision.current = sent;
      setProblems([]);
      latest.current.onSaved(saved);
      setStatus(latest.current.revision === sent ? { kind: 'saved' } : { kind: 'waiting' });
      if (latest.current.revision !== sent) queued.current = true;
    } catch (error) {
      if (isApiError(error) && error.code === 'CONFLICT') {
        blocked.current = true;
        const current = error.details.currentVersion;
        setStatus({ kind: 'conflict', currentVersion: typeof current === 'number' ? current : null });
      } else if (isApiError(error) && error.fields.length > 0) {
        setProblems(error.fields.map((field) => resolveInProgram(snapshot.content.workouts, field.path, field.message)));
        setStatus({ kind: 'invalid' });
      } else {
        setStatus({ kind: 'error', message: errorMessage(error) });
      }
    } finally {
      inFlight.current = false;
      if (queued.current) {
        queued.current = false;
        void flush();
      }
    }
  }, [programId]);

  useEffect(() => {
    if (revision === savedRevision.current || blocked.current) return;
    setStatus((s) => (s.kind === 'saving' ? s : { kind: 'waiting' }));
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void flush(), DELAY_MS);
  }, [revision, flush]);

  // Leaving the page with a save still waiting: send it now rather than drop it.
  useEffect(
    () => () => {
      if (timer.current !== undefined) void flush();
    },
    [flush],
  );

  /** After a conflict: save this copy over the newer one. */
  const overwrite = useCallback(() => {
    if (status.kind !== 'conflict' || status.currentVersion === null) return;
    versionRef.current = status.currentVersion;
    blocked.current = false;
    void flush();
  }, [status, flush]);

  /** After a conflict: take the newer version (this page's edits since the last save are dropped). */
  const adopt = useCallback((program: Program) => {
    versionRef.current = program.version;
    savedRevision.current = latest.current.revision + 1;
    blocked.current = false;
    setProblems([]);
    setStatus({ kind: 'saved' });
  }, []);

  const unsaved = status.kind !== 'saved';
  return { status, problems, retry: () => void flush(), overwrite, adopt, unsaved };
}
