import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Camera, Columns2, Images, Trash2 } from 'lucide-react';
import { Suspense, lazy, useState } from 'react';
import { toast } from 'sonner';
import type { ProgressPhoto } from '../../../shared/goals';
import { errorMessage } from '../../lib/api';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { Chip } from '../../ui/chip';
import { ConfirmDialog, Dialog } from '../../ui/dialog';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { EmptyState, ErrorState } from '../../ui/states';
import { clientToday } from '../goals/goal-format';
import { formatDay } from '../metrics/units';
import { PhotoCompare } from './photo-compare';
import { POSE_LABELS } from './photo-format';
import { PhotoTimeline } from './photo-timeline';
import { photoKeys, photosApi, photosQuery } from './queries';

// The upload form (and zod with it) loads on first tap.
const loadUpload = () => import('./photo-upload-dialog');
const PhotoUploadDialog = lazy(() => loadUpload().then((m) => ({ default: m.PhotoUploadDialog })));

type ProgressPhotosProps = {
  clientId: string;
  viewer: 'client' | 'trainer';
  /** The client's time zone: a new photo is dated today in their calendar. */
  timeZone?: string | null | undefined;
  /** The client's first name, for the trainer's words. */
  clientName?: string;
};

function PhotoViewer({ photo, onClose, onDelete }: { photo: ProgressPhoto; onClose: () => void; onDelete: () => void }) {
  const title = `${POSE_LABELS[photo.pose]} · ${formatDay(photo.date)}`;
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={title} size="lg">
      <div className="flex flex-col gap-4">
        {/* The thumbnail shows at once behind the full photo while that loads. */}
        <img
          src={photo.url}
          alt={`${POSE_LABELS[photo.pose]} photo, ${formatDay(photo.date)}, full size`}
          width={photo.width ?? undefined}
          height={photo.height ?? undefined}
          style={photo.thumbnailUrl ? { backgroundImage: `url(${photo.thumbnailUrl})` } : undefined}
          className="mx-auto block h-auto max-h-[70dvh] w-auto max-w-full rounded-md bg-surface-muted bg-contain bg-center bg-no-repeat object-contain"
        />
        {photo.note && <p className="text-sm text-text">{photo.note}</p>}
        <div className="flex justify-end">
          <Button variant="danger" icon={<Trash2 aria-hidden className="size-4" />} onClick={onDelete}>
            Delete photo
          </Button>
        </div>
      </div>
    </Dialog>
  );
}

function PhotosSkeleton() {
  return (
    <LoadingRegion label="Loading progress photos" className="flex flex-col gap-3">
      <Skeleton className="h-5 w-32" />
      <div className="grid grid-cols-3 gap-2">
        <Skeleton className="aspect-[3/4] w-full rounded-md" />
        <Skeleton className="aspect-[3/4] w-full rounded-md" />
        <Skeleton className="aspect-[3/4] w-full rounded-md" />
      </div>
    </LoadingRegion>
  );
}

/**
 * Progress photos: add front/side/back for a day (shrunk in the browser like chat photos), a
 * timeline of thumbnails by day (a tap opens the full photo), and Compare: two days of one pose
 * side by side or under a slider. Private: only the client and the coach can load them.
 */
export function ProgressPhotos({ clientId, viewer, timeZone, clientName }: ProgressPhotosProps) {
  const queryClient = useQueryClient();
  const photos = useQuery(photosQuery(clientId));
  const [uploading, setUploading] = useState(false);
  const [mode, setMode] = useState<'timeline' | 'compare'>('timeline');
  const [viewing, setViewing] = useState<ProgressPhoto | null>(null);
  const [deleting, setDeleting] = useState<ProgressPhoto | null>(null);
  const [deleteError, setDeleteError] = useState<string>();
  const today = clientToday(timeZone);
  const trainer = viewer === 'trainer' && clientName;

  const remove = useMutation({
    mutationFn: (id: string) => photosApi.remove(id),
    onSuccess: () => {
      toast.success('Photo deleted');
      setViewing(null);
      void queryClient.invalidateQueries({ queryKey: photoKeys.client(clientId) });
    },
    onError: (error) => setDeleteError(errorMessage(error)),
  });

  const preload = () => void loadUpload();
  const addButton = (variant: 'primary' | 'secondary') => (
    <Button
      variant={variant}
      icon={<Camera aria-hidden className="size-4" />}
      onClick={() => setUploading(true)}
      onPointerEnter={preload}
      onFocus={preload}
      className="shrink-0"
    >
      Add photos
    </Button>
  );

  let body;
  if (photos.isPending) body = <PhotosSkeleton />;
  else if (photos.isError)
    body = (
      <ErrorState title="Photos didn't load" error={photos.error} onRetry={() => void photos.refetch()} retrying={photos.isFetching} />
    );
  else if (photos.data.length === 0)
    body = (
      <EmptyState
        icon={<Camera />}
        title={trainer ? `No progress photos from ${clientName} yet` : 'Your progress photos will show here'}
        action={addButton('primary')}
      >
        Front, side and back every few weeks show what the scale misses.{' '}
        {trainer ? `Only ${clientName} and you` : 'Only you and your coach'} can see them.
      </EmptyState>
    );
  else
    body = (
      <div className="flex flex-col gap-4">
        <div role="group" aria-label="Show" className="flex gap-2">
          <Chip selected={mode === 'timeline'} onClick={() => setMode('timeline')}>
            <span className="flex items-center gap-1.5">
              <Images aria-hidden className="size-4" /> Timeline
            </span>
          </Chip>
          <Chip selected={mode === 'compare'} onClick={() => setMode('compare')}>
            <span className="flex items-center gap-1.5">
              <Columns2 aria-hidden className="size-4" /> Compare
            </span>
          </Chip>
        </div>
        {mode === 'timeline' ? <PhotoTimeline photos={photos.data} onOpen={setViewing} /> : <PhotoCompare photos={photos.data} />}
      </div>
    );

  return (
    <>
      <Card
        title="Progress photos"
        description={trainer ? `Private: only ${clientName} and you see them.` : 'Private: only you and your coach see them.'}
        actions={photos.isSuccess && photos.data.length > 0 ? addButton('secondary') : undefined}
      >
        {body}
      </Card>
      {uploading && (
        <Suspense fallback={null}>
          <PhotoUploadDialog clientId={clientId} today={today} photos={photos.data ?? []} onClose={() => setUploading(false)} />
        </Suspense>
      )}
      {viewing && (
        <PhotoViewer
          photo={viewing}
          onClose={() => setViewing(null)}
          onDelete={() => {
            setDeleteError(undefined);
            setDeleting(viewing);
          }}
        />
      )}
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title="Delete this photo?"
        description={
          deleting ? (
            <p>
              The {POSE_LABELS[deleting.pose].toLowerCase()} photo of {formatDay(deleting.date)} is deleted for good
              {trainer ? `, for ${clientName} too` : ''}.
            </p>
          ) : null
        }
        confirmLabel="Delete photo"
        tone="danger"
        error={deleteError}
        onConfirm={() => (deleting ? remove.mutateAsync(deleting.id) : Promise.resolve())}
      />
    </>
  );
}
