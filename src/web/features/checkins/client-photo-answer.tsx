import { Camera, ImageOff, RotateCw, Trash2 } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { ApiError, errorMessage } from '../../lib/api';
import { Button } from '../../ui/button';
import { cn } from '../../ui/cn';
import { shrinkImage, tooLargeMessage } from '../messages/attachment-files';
import { uploadThumbnailUrl } from './client-answers';
import { checkinsApi } from './queries';

type PhotoAnswerProps = {
  /** The upload id once the photo is up (what the answer sends). */
  value: string | null;
  onChange: (uploadId: string | null) => void;
  /** For the prompt and the error (aria). */
  labelledBy: string;
  describedBy?: string | undefined;
  invalid: boolean;
  disabled?: boolean | undefined;
  /** No network: a photo cannot go up now (the rest of the check-in can still be filled in). */
  offline?: boolean | undefined;
  /** The trainer's preview: the chosen photo is only shown, never uploaded. */
  preview?: boolean | undefined;
  onUploadingChange?: ((uploading: boolean) => void) | undefined;
};

type Local = { url: string; status: 'uploading' | 'failed'; progress: number; error: string | null; file: File };

/**
 * A photo answer: camera or library, made smaller in the browser exactly like a chat photo, then
 * uploaded at once so Send is quick (the answer is the upload's id).
 */
export function PhotoAnswer(props: PhotoAnswerProps) {
  const { value, onChange, labelledBy, describedBy, invalid, disabled, offline, preview, onUploadingChange } = props;
  const inputId = useId();
  const [local, setLocal] = useState<Local | null>(null);
  const [previewUrl, setPreviewUrl] = useState<string | null>(null);
  const [broken, setBroken] = useState(false);
  const controller = useRef<AbortController | null>(null);

  // Local previews are let go once they are no longer shown; leaving stops an upload nobody will send.
  const localUrl = local?.url;
  useEffect(() => (localUrl ? () => URL.revokeObjectURL(localUrl) : undefined), [localUrl]);
  useEffect(() => (previewUrl ? () => URL.revokeObjectURL(previewUrl) : undefined), [previewUrl]);
  useEffect(() => () => controller.current?.abort(), []);

  const start = async (file: File) => {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    setBroken(false);
    setLocal({ url: URL.createObjectURL(file), status: 'uploading', progress: 0, error: null, file });
    try {
      const prepared = await shrinkImage(file);
      const tooLarge = tooLargeMessage(prepared, true);
      if (tooLarge) throw new ApiError({ code: 'PAYLOAD_TOO_LARGE', status: 413, message: tooLarge });
      const uploaded = await checkinsApi.uploadPhoto(prepared, {
        signal: abort.signal,
        onProgress: (progress) => setLocal((current) => (current ? { ...current, progress } : current)),
      });
      if (abort.signal.aborted) return;
      onChange(uploaded.id);
      setLocal(null);
    } catch (error) {
      if (abort.signal.aborted) return;
      setLocal((current) => (current ? { ...current, status: 'failed', error: errorMessage(error) } : current));
    }
  };

  const choose = (file: File | undefined) => {
    if (!file) return;
    if (preview) {
      setPreviewUrl(URL.createObjectURL(file));
      return;
    }
    void start(file);
  };

  const remove = () => {
    controller.current?.abort();
    setLocal(null);
    setPreviewUrl(null);
    onChange(null);
  };

  // The page holds Send while a photo is on its way (the ref keeps the effect to real changes).
  const reportRef = useRef(onUploadingChange);
  reportRef.current = onUploadingChange;
  const isUploading = local?.status === 'uploading';
  useEffect(() => {
    reportRef.current?.(isUploading);
  }, [isUploading]);

  const shownUrl = local?.url ?? previewUrl ?? (value ? uploadThumbnailUrl(value) : null);
  const uploading = local?.status === 'uploading';
  const cannotUpload = !preview && offline;
  const pickLabel = shownUrl ? 'Replace photo' : 'Take or choose a photo';

  const labelId = `${inputId}-label`;
  const fileInput = (
    <input
      id={inputId}
      type="file"
      accept="image/*"
      className="sr-only"
      disabled={disabled || cannotUpload || uploading}
      aria-labelledby={`${labelledBy} ${labelId}`}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      onChange={(event) => {
        choose(event.target.files?.[0]);
        event.target.value = '';
      }}
    />
  );
  const focusRing = 'has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus';

  return (
    <div className="flex flex-col gap-2">
      {shownUrl ? (
        <div className="flex items-center gap-4">
          <div className="relative aspect-[3/4] w-24 shrink-0 overflow-hidden rounded-lg border border-line bg-surface-muted">
            {broken ? (
              <span className="flex size-full items-center justify-center text-muted">
                <ImageOff aria-hidden className="size-6" />
              </span>
            ) : (
              <img
                src={shownUrl}
                alt="Your photo for this question"
                onError={() => setBroken(true)}
                className={cn('size-full object-cover', uploading && 'opacity-60')}
              />
            )}
            {uploading && (
              <div
                role="progressbar"
                aria-label="Uploading photo"
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={Math.round((local?.progress ?? 0) * 100)}
                className="absolute inset-x-2 bottom-2 h-1.5 overflow-hidden rounded-full bg-surface"
              >
                <div className="h-full bg-accent" style={{ width: `${Math.round((local?.progress ?? 0) * 100)}%` }} />
              </div>
            )}
          </div>
          <div className="flex min-w-0 flex-col items-start gap-1">
            {uploading && <p className="text-sm text-muted">Uploading…</p>}
            {local?.status === 'failed' && (
              <>
                <p className="text-sm text-danger">{local.error}</p>
                <Button variant="secondary" onClick={() => void start(local.file)} icon={<RotateCw aria-hidden className="size-4" />}>
                  Try again
                </Button>
              </>
            )}
            {!uploading && local?.status !== 'failed' && (
              <label
                className={cn(
                  'inline-flex h-11 cursor-pointer items-center gap-2 rounded-md px-2 text-sm font-medium text-accent-text hover:bg-surface-muted',
                  focusRing,
                  (disabled || cannotUpload) && 'pointer-events-none opacity-60',
                )}
              >
                {fileInput}
                <Camera aria-hidden className="size-4" />
                <span id={labelId}>{pickLabel}</span>
              </label>
            )}
            {!disabled && (
              <button
                type="button"
                onClick={remove}
                className="inline-flex h-11 items-center gap-2 rounded-md px-2 text-sm text-muted hover:bg-surface-muted hover:text-text"
              >
                <Trash2 aria-hidden className="size-4" />
                Remove
              </button>
            )}
          </div>
        </div>
      ) : (
        <label
          className={cn(
            'flex min-h-24 cursor-pointer flex-col items-center justify-center gap-1 rounded-lg border-2 border-dashed px-4 py-4 text-center',
            focusRing,
            invalid ? 'border-danger' : 'border-line-strong',
            disabled || cannotUpload ? 'cursor-not-allowed opacity-60' : 'hover:bg-surface-muted',
          )}
        >
          {fileInput}
          <Camera aria-hidden className="size-6 text-accent-text" />
          <span id={labelId} className="font-medium text-text">
            {pickLabel}
          </span>
          <span className="text-sm text-muted">
            {cannotUpload ? 'Photos need a connection: add it when you are back online.' : 'Camera or library'}
          </span>
        </label>
      )}
    </div>
  );
}
