import { useQueryClient } from '@tanstack/react-query';
import { Camera, Trash2 } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import { toast } from 'sonner';
import type { PublicProfile } from '../../../shared/settings';
import { api, ApiError, errorMessage, upload } from '../../lib/api';
import { Button } from '../../ui/button';
import { cn } from '../../ui/cn';
import { Notice } from '../../ui/notice';
import { shrinkImage, tooLargeMessage } from '../messages/attachment-files';
import { TrainerPhoto } from '../plans-public/trainer-photo';
import { publicKeys } from '../plans-public/queries';

const focusRing = 'has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus';

/** The trainer's photo for the plans page: choose (made smaller in the browser, like a chat photo), replace, remove. */
export function ProfilePhoto({ profile }: { profile: PublicProfile }) {
  const queryClient = useQueryClient();
  const inputId = useId();
  const [localUrl, setLocalUrl] = useState<string | null>(null);
  const [busy, setBusy] = useState<'upload' | 'remove' | null>(null);
  const [progress, setProgress] = useState(0);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => (localUrl ? () => URL.revokeObjectURL(localUrl) : undefined), [localUrl]);

  const setPhotoUrl = (photoUrl: string | null) =>
    queryClient.setQueryData<PublicProfile>(publicKeys.profile, (current) => (current ? { ...current, photoUrl } : current));

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setProgress(0);
    setLocalUrl(URL.createObjectURL(file));
    setBusy('upload');
    try {
      const prepared = await shrinkImage(file);
      const tooLarge = tooLargeMessage(prepared, true);
      if (tooLarge) throw new ApiError({ code: 'PAYLOAD_TOO_LARGE', status: 413, message: tooLarge });
      const form = new FormData();
      form.append('file', prepared);
      const saved = await upload<{ photoUrl: string }>('/api/settings/photo', form, { onProgress: setProgress });
      setPhotoUrl(saved.photoUrl);
      setLocalUrl(null);
      toast.success('Photo saved');
    } catch (caught) {
      setLocalUrl(null);
      setError(errorMessage(caught));
    } finally {
      setBusy(null);
    }
  };

  const remove = async () => {
    setError(null);
    setBusy('remove');
    try {
      await api('/api/settings/photo', { method: 'DELETE' });
      setPhotoUrl(null);
      toast.success('Photo removed');
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(null);
    }
  };

  const shown = { trainerName: profile.trainerName, photoUrl: localUrl ?? profile.photoUrl };
  const hasPhoto = shown.photoUrl !== null;
  return (
    <div className="flex flex-col gap-3">
      <div className="flex items-center gap-4">
        <div className="relative">
          <TrainerPhoto profile={shown} className={cn('size-24', busy === 'upload' && 'opacity-60')} />
          {busy === 'upload' && (
            <div
              role="progressbar"
              aria-label="Uploading photo"
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={Math.round(progress * 100)}
              className="absolute inset-x-3 bottom-3 h-1.5 overflow-hidden rounded-full bg-surface"
            >
              <div className="h-full bg-accent" style={{ width: `${Math.round(progress * 100)}%` }} />
            </div>
          )}
        </div>
        <div className="flex flex-col items-start gap-1">
          <label
            htmlFor={inputId}
            className={cn(
              'inline-flex h-11 cursor-pointer items-center gap-2 rounded-md border border-line-strong bg-surface px-4 text-sm font-medium text-text hover:bg-surface-muted',
              focusRing,
              busy && 'pointer-events-none opacity-60',
            )}
          >
            <input
              id={inputId}
              type="file"
              accept="image/*,.heic,.heif"
              className="sr-only"
              disabled={busy !== null}
              onChange={(event) => {
                void choose(event.target.files?.[0]);
                event.target.value = '';
              }}
            />
            <Camera aria-hidden className="size-4" />
            {hasPhoto ? 'Replace photo' : 'Add a photo'}
          </label>
          {profile.photoUrl && busy !== 'upload' && (
            <Button
              variant="ghost"
              onClick={() => void remove()}
              pending={busy === 'remove'}
              icon={<Trash2 aria-hidden className="size-4" />}
            >
              Remove photo
            </Button>
          )}
        </div>
      </div>
      <p className="text-sm text-muted">A friendly, clear photo of your face works best. JPEG, PNG, WebP or HEIC.</p>
      {error && <Notice tone="danger">{error}</Notice>}
    </div>
  );
}
