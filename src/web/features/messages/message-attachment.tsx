import { Download, File, FileImage, FileSpreadsheet, FileText, Presentation } from 'lucide-react';
import { useState } from 'react';
import type { Attachment } from '../../../shared/messages';
import { buttonClass } from '../../ui/button';
import { cn } from '../../ui/cn';
import { Dialog } from '../../ui/dialog';
import { extensionLabel, formatSize } from './attachment-files';

/** An icon that says what kind of document it is, from its stored type (or its name while it uploads). */
export function FileTypeIcon({ contentType, name, className }: { contentType?: string; name: string; className?: string }) {
  const type = contentType ?? '';
  const extension = extensionLabel(name).toLowerCase();
  const props = { 'aria-hidden': true, className: cn('size-5', className) };
  if (type.startsWith('image/')) return <FileImage {...props} />;
  if (/spreadsheet|csv/.test(type) || ['xlsx', 'ods', 'csv'].includes(extension)) return <FileSpreadsheet {...props} />;
  if (/presentation/.test(type) || extension === 'pptx') return <Presentation {...props} />;
  if (/pdf|word|opendocument\.text|text\//.test(type) || ['pdf', 'docx', 'odt', 'txt', 'md'].includes(extension))
    return <FileText {...props} />;
  return <File {...props} />;
}

/** Photos in the thread stay within this box, at their own shape. */
const MAX_WIDTH = 280;
const MAX_HEIGHT = 320;

/** The on-screen size of a photo, known before it loads (no jump when it arrives). */
export function photoSize(attachment: Attachment): { width: number; height: number } {
  const { width, height } = attachment;
  if (!width || !height) return { width: MAX_WIDTH, height: Math.round((MAX_WIDTH * 3) / 4) };
  const scale = Math.min(MAX_WIDTH / width, MAX_HEIGHT / height, 1);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** A photo's thumbnail; a tap opens the full photo with a download link. */
export function PhotoAttachment({ attachment, framed }: { attachment: Attachment; framed: boolean }) {
  const [open, setOpen] = useState(false);
  const size = photoSize(attachment);
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-label={`Open photo ${attachment.name}`}
        style={{ width: size.width }}
        className={cn(
          'block max-w-full overflow-hidden bg-surface-muted focus-visible:outline-offset-2',
          framed ? 'rounded-lg' : 'rounded-xl border border-line',
        )}
      >
        <img
          src={attachment.thumbnailUrl ?? attachment.url}
          alt={`Photo ${attachment.name}`}
          width={size.width}
          height={size.height}
          loading="lazy"
          decoding="async"
          style={{ aspectRatio: `${size.width} / ${size.height}` }}
          className="block h-auto w-full object-cover"
        />
      </button>
      <Dialog open={open} onOpenChange={setOpen} title={attachment.name} size="lg">
        <div className="flex flex-col gap-4">
          {/* The thumbnail shows at once behind the full photo while that loads. */}
          <img
            src={attachment.url}
            alt={`Photo ${attachment.name}, full size`}
            width={attachment.width ?? undefined}
            height={attachment.height ?? undefined}
            style={attachment.thumbnailUrl ? { backgroundImage: `url(${attachment.thumbnailUrl})` } : undefined}
            className="mx-auto block h-auto max-h-[70dvh] w-auto max-w-full rounded-md bg-surface-muted bg-contain bg-center bg-no-repeat object-contain"
          />
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p className="text-sm text-muted">
              {attachment.width && attachment.height ? `${attachment.width} × ${attachment.height} · ` : ''}
              {formatSize(attachment.size)}
            </p>
            <a href={attachment.url} download={attachment.name} className={buttonClass('secondary')}>
              <Download aria-hidden className="size-4" /> Download
            </a>
          </div>
        </div>
      </Dialog>
    </>
  );
}

/** A document: what it is, how big, and a tap downloads it. */
export function FileAttachment({ attachment, own }: { attachment: Attachment; own: boolean }) {
  const extension = extensionLabel(attachment.name);
  return (
    <a
      href={attachment.url}
      download={attachment.name}
      className={cn(
        'flex w-64 max-w-full min-w-0 items-center gap-3 rounded-lg px-2.5 py-2 text-sm',
        own ? 'bg-accent-fg/15 text-accent-fg hover:bg-accent-fg/20' : 'bg-surface-muted text-text hover:bg-line',
      )}
    >
      <span
        aria-hidden
        className={cn(
          'flex size-10 shrink-0 items-center justify-center rounded-md',
          own ? 'bg-accent-fg text-accent' : 'bg-surface text-accent-text',
        )}
      >
        <FileTypeIcon contentType={attachment.contentType} name={attachment.name} />
      </span>
      <span className="flex min-w-0 flex-1 flex-col">
        <span className="truncate font-medium">{attachment.name}</span>
        <span className="text-xs">
          {formatSize(attachment.size)}
          {extension && ` · ${extension}`}
        </span>
      </span>
      <Download aria-hidden className="size-4 shrink-0" />
      <span className="sr-only">Download</span>
    </a>
  );
}
