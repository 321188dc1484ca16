import { useQuery, useQueryClient } from '@tanstack/react-query';
import { CloudOff, Video } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { toast } from 'sonner';
import { FORM_CHECK_MAX_SECONDS, formatMoment } from '../../../shared/form-checks';
import { ApiError, errorMessage } from '../../lib/api';
import { Button, buttonClass } from '../../ui/button';
import { cn } from '../../ui/cn';
import { TextareaField } from '../../ui/field';
import { FormError, Notice } from '../../ui/notice';
import { Sheet } from '../../ui/sheet';
import { sessionQuery } from '../auth/queries';
import { formatSize, VIDEO_MAX_BYTES, videoProblem } from './format';
import { formCheckApi, rememberSent } from './queries';
import { StillsProgress, UploadProgress } from './attach-parts';
import { useChosenVideo } from './use-chosen-video';

type Errors = Partial<Record<'video' | 'note' | 'form', string>>;

/** Which of our fields a server complaint is about (the rest show above the Send button). */
function errorsFrom(error: unknown): Errors {
  if (!(error instanceof ApiError)) return { form: errorMessage(error) };
  const errors: Errors = {};
  if (error.code === 'PAYLOAD_TOO_LARGE') errors.video = error.message;
  for (const field of error.fields) {
    const name = field.path.split('.')[0];
    if (name === 'video') errors.video ??= field.message;
    else if (name === 'note') errors.note ??= field.message;
    else errors.form ??= field.message;
  }
  if (!errors.video && !errors.note && !errors.form) errors.form = error.message;
  return errors;
}

type AttachSheetProps = {
  setLogId: string;
  /** "Barbell Squat · set 3" */
  label: string;
  /** False while the set waits on the phone to sync: the server must have it first. */
  synced: boolean;
  onClose: () => void;
};

/**
 * A client sends a short video of a logged set: record or choose it, see it, add a note, send.
 * Length and size are checked here first; a few stills are taken from it in the browser (they go
 * with it); the upload shows its progress and the server's own words when it refuses.
 */
export function AttachSheet({ setLogId, label, synced, onClose }: AttachSheetProps) {
  const queryClient = useQueryClient();
  const viewer = useQuery(sessionQuery());
  const coach = viewer.data?.coachName?.split(' ')[0] ?? 'your coach';
  const inputId = useId();
  const { chosen, choose, clear } = useChosenVideo();
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [progress, setProgress] = useState<number | null>(null);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const problem = chosen ? videoProblem({ bytes: chosen.file.size, durationMs: chosen.durationMs }) : null;
  const videoError = errors.video ?? problem ?? undefined;
  const uploading = progress !== null;
  // A file the server refused stays refused: choosing another clears it.
  const canSend = chosen !== null && chosen.step === 'ready' && !videoError && !uploading;

  const send = async () => {
    if (!chosen || !canSend) return;
    setErrors({});
    setProgress(0);
    const abort = new AbortController();
    controller.current = abort;
    try {
      const sent = await formCheckApi.create(
        { video: chosen.file, stills: chosen.stills, setLogId, note },
        { signal: abort.signal, onProgress: setProgress },
      );
      rememberSent(queryClient, sent);
      toast.success(`Video sent to ${coach}`, { description: 'You’ll be told when there are comments.' });
      onClose();
    } catch (error) {
      if (abort.signal.aborted) return;
      setErrors(errorsFrom(error));
    } finally {
      setProgress(null);
      controller.current = null;
    }
  };

  const footer = synced ? (
    <>
      <Button variant="secondary" onClick={onClose}>
        Cancel
      </Button>
      <Button className="flex-1" disabled={!canSend} pending={uploading} onClick={() => void send()}>
        {uploading ? `Uploading ${Math.round((progress ?? 0) * 100)}%` : `Send to ${coach}`}
      </Button>
    </>
  ) : (
    <Button variant="secondary" className="flex-1" onClick={onClose}>
      OK
    </Button>
  );

  return (
    <Sheet
      open
      onOpenChange={(open) => !open && onClose()}
      title="Form check"
      description={`A video of ${label} for ${coach} to look at.`}
      footer={footer}
    >
      {!synced ? (
        <Notice tone="warning" title="Save the set online first">
          <span className="inline-flex items-start gap-1.5">
            <CloudOff aria-hidden className="mt-0.5 size-4 shrink-0" />
            This set is still waiting on your phone. Once it has synced, you can send a video of it.
          </span>
        </Notice>
      ) : (
        <div className="flex flex-col gap-4">
          {chosen?.previewable && (
            <video
              src={chosen.url}
              controls
              playsInline
              muted
              aria-label="The video you chose"
              className="max-h-72 w-full rounded-md border border-line bg-surface-muted object-contain"
            />
          )}
          <div className="flex flex-col gap-2">
            <label
              className={cn(
                'cursor-pointer has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus',
                chosen
                  ? buttonClass('secondary', 'lg', 'w-full')
                  : 'flex h-32 w-full flex-col items-center justify-center gap-2 rounded-lg border-2 border-dashed border-line-strong bg-surface-muted text-base font-medium text-text hover:border-accent',
              )}
            >
              <Video aria-hidden className={chosen ? 'size-5' : 'size-8 text-accent-text'} />
              {chosen ? 'Choose another video' : 'Record or choose a video'}
              <input
                id={inputId}
                type="file"
                accept="video/*"
                className="sr-only"
                disabled={uploading}
                aria-invalid={videoError ? true : undefined}
                aria-describedby={videoError ? `${inputId}-error` : `${inputId}-hint`}
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  event.target.value = '';
                  setErrors({});
                  if (file) choose(file);
                  else clear();
                }}
              />
            </label>
            {chosen && (
              <p className="text-sm text-muted">
                {chosen.file.name || 'Video'} · {formatSize(chosen.file.size)}
                {chosen.durationMs !== null && ` · ${formatMoment(chosen.durationMs)}`}
              </p>
            )}
            {videoError ? (
              <p id={`${inputId}-error`} role="alert" className="text-sm text-danger">
                {videoError}
              </p>
            ) : (
              <p id={`${inputId}-hint`} className="text-sm text-muted">
                Just the set, up to {FORM_CHECK_MAX_SECONDS} s and {formatSize(VIDEO_MAX_BYTES)}. Film from the side, whole body in view.
              </p>
            )}
          </div>

          {chosen && !videoError && <StillsProgress chosen={chosen} />}

          <TextareaField
            label={`Note for ${coach}`}
            optional
            rows={2}
            maxLength={500}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            placeholder="What to look at, how it felt"
            error={errors.note}
            hint={note.length > 400 ? `${500 - note.length} characters left` : undefined}
          />
          {uploading && <UploadProgress fraction={progress} />}
          <FormError message={errors.form} />
        </div>
      )}
    </Sheet>
  );
}
