import { useQueryClient } from '@tanstack/react-query';
import { ProgressBar } from '../../ui/progress-bar';
import { Camera, Check } from 'lucide-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { toast } from 'sonner';
import { PhotoFieldsSchema, type PhotoPose, type ProgressPhoto } from '../../../shared/goals';
import { ApiError, errorMessage } from '../../lib/api';
import { Button, buttonClass } from '../../ui/button';
import { cn } from '../../ui/cn';
import { Dialog } from '../../ui/dialog';
import { TextField } from '../../ui/field';
import { FormError, Notice } from '../../ui/notice';
import { isImageFile, shrinkImage, tooLargeMessage } from '../messages/attachment-files';
import { formatDay } from '../metrics/units';
import { nextPose, POSE_LABELS, POSES } from './photo-format';
import { photoKeys, photosApi } from './queries';

/* The upload form, loaded on first use (it brings the shared schema, and zod with it). */

type Errors = Partial<Record<'file' | 'pose' | 'date' | 'note' | 'form', string>>;

function PosePicker({ value, onChange, done }: { value: PhotoPose; onChange: (pose: PhotoPose) => void; done: Set<PhotoPose> }) {
  return (
    <fieldset>
      <legend className="mb-1.5 text-sm font-medium text-text">Pose</legend>
      <div className="grid grid-cols-3 gap-2">
        {POSES.map((pose) => (
          <label
            key={pose}
            className={cn(
              'flex h-11 cursor-pointer items-center justify-center gap-1.5 rounded-md border text-sm font-medium',
              'has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus',
              value === pose ? 'border-accent bg-accent-soft text-accent-text' : 'border-line-strong bg-surface text-text',
            )}
          >
            <input
              type="radio"
              name="photo-pose"
              value={pose}
              checked={value === pose}
              onChange={() => onChange(pose)}
              className="sr-only"
            />
            {done.has(pose) && <Check aria-hidden className="size-4" />}
            {POSE_LABELS[pose]}
            {done.has(pose) && <span className="sr-only">(already added)</span>}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

type PhotoUploadDialogProps = {
  clientId: string;
  /** Today in the client's calendar (the default date, and the latest allowed). */
  today: string;
  photos: ProgressPhoto[];
  onClose: () => void;
};

/**
 * Add a progress photo: pose, day (today in the client's calendar), camera or library. A big photo
 * is made smaller in the browser first, exactly like a chat photo. After each one the next pose of
 * that day is offered, so front, side and back go in one sitting.
 */
export function PhotoUploadDialog({ clientId, today, photos, onClose }: PhotoUploadDialogProps) {
  const queryClient = useQueryClient();
  const fileId = useId();
  const [pose, setPose] = useState<PhotoPose>(() => nextPose(photos, today) ?? 'front');
  const [date, setDate] = useState(today);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [progress, setProgress] = useState<number | null>(null);
  const [added, setAdded] = useState<ProgressPhoto[]>([]);
  const [inputKey, setInputKey] = useState(0);
  const controller = useRef<AbortController | null>(null);

  // The local preview is let go once it is no longer shown; closing stops an upload nobody waits for.
  useEffect(() => {
    if (!file) return setPreview(null);
    const url = URL.createObjectURL(file);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [file]);
  useEffect(() => () => controller.current?.abort(), []);

  const known = [...photos.filter((photo) => !added.some((item) => item.id === photo.id)), ...added];
  const sameDay = new Set(known.filter((photo) => photo.date === date).map((photo) => photo.pose));
  const replaces = sameDay.has(pose);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next: Errors = {};
    const fields = PhotoFieldsSchema.safeParse({ pose, date, note });
    if (!fields.success) for (const issue of fields.error.issues) next[issue.path[0] as keyof Errors] ??= issue.message;
    if (!next.date && date > today) next.date = 'Photos cannot be dated in the future.';
    if (!file) next.file = 'Take or choose a photo';
    setErrors(next);
    if (Object.keys(next).length > 0 || !file) return;
    setProgress(0);
    const abort = new AbortController();
    controller.current = abort;
    try {
      const prepared = isImageFile(file) ? await shrinkImage(file) : file;
      const tooLarge = tooLargeMessage(prepared, true);
      if (tooLarge) throw new ApiError({ code: 'PAYLOAD_TOO_LARGE', status: 413, message: tooLarge });
      const saved = await photosApi.upload(
        clientId,
        { file: prepared, pose, date, note },
        { signal: abort.signal, onProgress: (fraction) => setProgress(fraction) },
      );
      toast.success(`${POSE_LABELS[pose]} photo added`);
      void queryClient.invalidateQueries({ queryKey: photoKeys.client(clientId) });
      const following = nextPose([...known, saved], date, pose);
      if (!following) return onClose();
      setAdded((current) => [...current.filter((item) => !(item.date === saved.date && item.pose === saved.pose)), saved]);
      setPose(following);
      setFile(null);
      setNote('');
      setInputKey((key) => key + 1);
    } catch (error) {
      if (abort.signal.aborted) return;
      const fieldErrors: Errors = {};
      if (error instanceof ApiError) {
        if (error.code === 'PAYLOAD_TOO_LARGE') fieldErrors.file = error.message;
        for (const field of error.fields) fieldErrors[(field.path.split('.')[0] || 'form') as keyof Errors] ??= field.message;
      }
      setErrors(Object.keys(fieldErrors).length > 0 ? fieldErrors : { form: errorMessage(error) });
    } finally {
      setProgress(null);
      controller.current = null;
    }
  };

  const uploading = progress !== null;
  const percent = Math.round((progress ?? 0) * 100);
  const addedThatDay = added.filter((photo) => photo.date === date);

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title="Add progress photos"
      description="Same spot, same light, same time of day makes the change easiest to see."
    >
      <form onSubmit={(event) => void submit(event)} noValidate className="flex flex-col gap-4">
        {addedThatDay.length > 0 && (
          <Notice tone="success">
            Added for {formatDay(date)}: {addedThatDay.map((photo) => POSE_LABELS[photo.pose]).join(', ')}. Next up:{' '}
            {POSE_LABELS[pose].toLowerCase()}.
          </Notice>
        )}
        <PosePicker value={pose} onChange={setPose} done={sameDay} />
        <TextField
          label="Day"
          type="date"
          max={today}
          value={date}
          onChange={(event) => setDate(event.target.value || today)}
          error={errors.date}
          wrapperClassName="max-w-56"
        />
        <div className="flex flex-col gap-2">
          {preview && (
            <img src={preview} alt="The photo you chose" className="mx-auto max-h-64 w-auto rounded-md bg-surface-muted object-contain" />
          )}
          <label
            className={cn(
              'cursor-pointer has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus',
              file
                ? buttonClass('secondary', 'lg', 'w-full')
                : 'flex h-28 w-full flex-col items-center justify-center gap-2 rounded-lg border-2 border-dashed border-line-strong bg-surface-muted text-base font-medium text-text hover:border-accent',
            )}
          >
            <Camera aria-hidden className={file ? 'size-5' : 'size-7 text-accent-text'} />
            {file ? 'Choose another photo' : 'Take or choose a photo'}
            <input
              key={inputKey}
              id={fileId}
              type="file"
              accept="image/*"
              className="sr-only"
              aria-invalid={errors.file ? true : undefined}
              aria-describedby={errors.file ? `${fileId}-error` : undefined}
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                setErrors((current) => ({ ...current, file: undefined, form: undefined }));
              }}
            />
          </label>
          {errors.file && (
            <p id={`${fileId}-error`} className="text-sm text-danger">
              {errors.file}
            </p>
          )}
          <p className="text-sm text-muted">JPEG, PNG, WebP or HEIC, up to 15 MB. Big photos are made smaller before they go up.</p>
        </div>
        <TextField
          label="Note"
          optional
          maxLength={280}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          error={errors.note}
        />
        {replaces && (
          <Notice tone="warning">
            This replaces the {POSE_LABELS[pose].toLowerCase()} photo of {formatDay(date)}.
          </Notice>
        )}
        {uploading && <ProgressBar label="Uploading the photo" percent={percent} />}
        <FormError message={errors.form ?? errors.pose} />
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="secondary" onClick={onClose}>
            {added.length > 0 ? 'Done' : 'Cancel'}
          </Button>
          <Button type="submit" pending={uploading}>
            {uploading ? `Uploading ${percent}%` : `Add ${POSE_LABELS[pose].toLowerCase()} photo`}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
