import { useCallback, useEffect, useRef, useState } from 'react';
import type { Attachment } from '../../../shared/messages';
import { ApiError, errorMessage } from '../../lib/api';
import { isImageFile, shrinkImage, tooLargeMessage } from './attachment-files';
import { messagesApi } from './queries';

export type PendingAttachment = {
  /** Tells one attached file from the next, so a late answer for a removed file is ignored. */
  key: number;
  name: string;
  size: number;
  isImage: boolean;
  /** A local preview of a photo (an object URL), while it uploads. */
  previewUrl: string | null;
  status: 'preparing' | 'uploading' | 'done' | 'failed';
  /** 0 to 1 while uploading. */
  progress: number;
  attachment: Attachment | null;
  error: string | null;
};

export type PendingAttachmentControls = {
  pending: PendingAttachment | null;
  attach: (file: File) => void;
  clear: () => void;
  /** The uploaded attachment once it is up (waiting for it if needed); throws if the upload failed. */
  ready: () => Promise<Attachment | null>;
};

let nextKey = 1;

/**
 * One file waiting to go with the next message. It starts uploading as soon as it is chosen, so
 * a wrong or too-large file is reported while the person is still writing, and Send is quick.
 */
export function usePendingAttachment(clientId: string): PendingAttachmentControls {
  const [pending, setPending] = useState<PendingAttachment | null>(null);
  const job = useRef<{ controller: AbortController; result: Promise<Attachment> } | null>(null);

  const clear = useCallback(() => {
    job.current?.controller.abort();
    job.current = null;
    setPending(null);
  }, []);

  const attach = useCallback(
    (file: File) => {
      job.current?.controller.abort();
      const key = nextKey++;
      const controller = new AbortController();
      const isImage = isImageFile(file);
      const update = (patch: Partial<PendingAttachment>) =>
        setPending((current) => (current?.key === key ? { ...current, ...patch } : current));
      setPending({
        key,
        name: file.name,
        size: file.size,
        isImage,
        previewUrl: isImage ? URL.createObjectURL(file) : null,
        status: isImage ? 'preparing' : 'uploading',
        progress: 0,
        attachment: null,
        error: null,
      });
      const result = (async () => {
        const prepared = isImage ? await shrinkImage(file) : file;
        const tooLarge = tooLargeMessage(prepared, isImage);
        if (tooLarge) throw new ApiError({ code: 'PAYLOAD_TOO_LARGE', status: 413, message: tooLarge });
        update({ status: 'uploading', size: prepared.size });
        return messagesApi.upload(clientId, prepared, { signal: controller.signal, onProgress: (progress) => update({ progress }) });
      })();
      result.then(
        (attachment) => update({ status: 'done', progress: 1, attachment }),
        (error: unknown) => {
          if (controller.signal.aborted) return;
          update({ status: 'failed', error: errorMessage(error) });
        },
      );
      job.current = { controller, result };
    },
    [clientId],
  );

  // The local preview is let go once it is no longer shown.
  const previewUrl = pending?.previewUrl;
  useEffect(() => {
    if (!previewUrl) return;
    return () => URL.revokeObjectURL(previewUrl);
  }, [previewUrl]);

  // Leaving the conversation stops an upload nobody will send.
  useEffect(() => {
    const current = job;
    return () => current.current?.controller.abort();
  }, []);

  const ready = useCallback(async () => (job.current ? job.current.result : null), []);

  return { pending, attach, clear, ready };
}
