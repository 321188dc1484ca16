import { ExternalLink } from 'lucide-react';
import { videoEmbedUrl } from '../../../shared/exercises';

/** YouTube and Vimeo play right here; any other link opens in a new tab. */
export function ExerciseVideo({ url, title }: { url: string; title: string }) {
  const embed = videoEmbedUrl(url);
  if (!embed) {
    return (
      <a
        href={url}
        target="_blank"
        rel="noreferrer noopener"
        className="inline-flex items-center gap-1.5 self-start text-sm break-all text-accent-text underline underline-offset-2"
      >
        <ExternalLink aria-hidden className="size-4 shrink-0" />
        Watch the video
      </a>
    );
  }
  return (
    <div className="aspect-video w-full overflow-hidden rounded-md border border-line bg-surface-muted">
      <iframe
        src={embed}
        title={`Video: ${title}`}
        loading="lazy"
        allow="accelerometer; encrypted-media; gyroscope; picture-in-picture; fullscreen"
        referrerPolicy="strict-origin-when-cross-origin"
        className="size-full"
      />
    </div>
  );
}
