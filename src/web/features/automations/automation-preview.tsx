import { useQuery } from '@tanstack/react-query';
import type { AutomationKind } from '../../../shared/notifications';
import { errorMessage } from '../../lib/api';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { cn } from '../../ui/cn';
import { Notice } from '../../ui/notice';
import { Skeleton } from '../../ui/skeleton';
import { automationPreviewQuery } from './queries';

type PreviewProps = { kind: AutomationKind; template: string; params: Record<string, number>; variables: readonly string[] };

/** The message as a client reads it (sample values, a client called Alex), refreshed once typing pauses. */
export function AutomationPreview({ kind, template, params, variables }: PreviewProps) {
  // A string, so the debounce sees a change only when the text or a value really changes.
  const input = useDebouncedValue(JSON.stringify({ template, params }), 400);
  const parsed = JSON.parse(input) as { template: string; params: Record<string, number> };
  const preview = useQuery({ ...automationPreviewQuery(kind, parsed), enabled: parsed.template.trim() !== '' });
  const unknown = preview.data?.unknownVariables ?? [];

  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm font-medium text-text">
        Preview <span className="font-normal text-muted">— as Alex, a sample client, reads it</span>
      </p>
      {parsed.template.trim() === '' ? (
        <p className="rounded-lg border border-dashed border-line px-3 py-2.5 text-sm text-muted">Write the message to see it here.</p>
      ) : preview.isPending ? (
        <Skeleton className="h-16 w-full rounded-lg" />
      ) : preview.isError ? (
        <p className="rounded-lg border border-dashed border-line px-3 py-2.5 text-sm text-muted">
          No preview right now: {errorMessage(preview.error)}
        </p>
      ) : (
        <p
          data-testid={`preview-${kind}`}
          className={cn(
            'max-w-prose rounded-lg rounded-tl-sm bg-surface-muted px-3 py-2.5 text-sm break-words whitespace-pre-wrap text-text',
            preview.isPlaceholderData && 'opacity-70',
          )}
        >
          {preview.data.text}
        </p>
      )}
      {unknown.length > 0 && (
        <Notice tone="warning">
          {unknown.map((name) => `{${name}}`).join(', ')} {unknown.length === 1 ? "isn't a variable" : "aren't variables"} this message
          knows, so clients would see {unknown.length === 1 ? 'it' : 'them'} exactly as written. You can use{' '}
          {variables.map((name) => `{${name}}`).join(', ')}.
        </Notice>
      )}
    </div>
  );
}
