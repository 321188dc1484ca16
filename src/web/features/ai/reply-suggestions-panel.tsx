import { useMutation } from '@tanstack/react-query';
import { Sparkles, X } from 'lucide-react';
import { useState } from 'react';
import { api, errorMessage } from '../../lib/api';
import { Button } from '../../ui/button';
import { Skeleton } from '../../ui/skeleton';
import { useAiEnabled } from './draft-api';

type ReplySuggestions = { suggestions: string[] };

const fetchSuggestions = (clientId: string) =>
  api<ReplySuggestions>(`/api/clients/${encodeURIComponent(clientId)}/ai/reply-suggestions`, { method: 'POST' });

/**
 * "Suggest replies" above the trainer's composer: three replies to the latest messages, in the trainer's
 * voice. A click puts one in the box to edit; nothing is ever sent from here. Hidden when AI is off.
 */
export function ReplySuggestionsPanel({ clientId, onInsert }: { clientId: string; onInsert: (text: string) => void }) {
  const enabled = useAiEnabled();
  const [open, setOpen] = useState(false);
  const suggest = useMutation({ mutationFn: () => fetchSuggestions(clientId) });
  if (!enabled) return null;

  const ask = () => {
    setOpen(true);
    suggest.mutate();
  };

  if (!open)
    return (
      <div className="flex gap-2 border-t border-line bg-surface px-3 py-1.5">
        <Button variant="ghost" size="sm" icon={<Sparkles aria-hidden className="size-4 text-accent-text" />} onClick={ask}>
          Suggest replies
        </Button>
        {suggest.data && (
          <Button variant="ghost" size="sm" onClick={() => setOpen(true)}>
            Show the last suggestions
          </Button>
        )}
      </div>
    );

  return (
    <section aria-label="Reply suggestions" className="flex flex-col gap-2 border-t border-line bg-surface px-3 pt-2 pb-3">
      <div className="flex items-center justify-between gap-2">
        <p className="flex items-center gap-1.5 text-sm font-medium whitespace-nowrap text-text">
          <Sparkles aria-hidden className="size-4 text-accent-text" />
          Suggestions
        </p>
        <div className="flex items-center gap-1">
          {!suggest.isPending && (
            <Button variant="ghost" size="sm" onClick={() => suggest.mutate()}>
              {suggest.isError ? 'Try again' : 'New suggestions'}
            </Button>
          )}
          <Button variant="ghost" size="sm" aria-label="Hide suggestions" title="Hide" onClick={() => setOpen(false)}>
            <X aria-hidden className="size-4" />
          </Button>
        </div>
      </div>
      {suggest.isPending ? (
        <div aria-busy className="flex flex-col gap-2">
          <p role="status" className="text-sm text-muted">
            Writing three replies in your voice…
          </p>
          <div className="grid gap-2 sm:grid-cols-3">
            <Skeleton className="h-14 rounded-md" />
            <Skeleton className="hidden h-14 rounded-md sm:block" />
            <Skeleton className="hidden h-14 rounded-md sm:block" />
          </div>
        </div>
      ) : suggest.isError ? (
        <p role="alert" className="text-sm text-danger">
          No suggestions this time: {errorMessage(suggest.error)}
        </p>
      ) : suggest.data ? (
        <>
          <p className="sr-only" role="status">
            {suggest.data.suggestions.length} suggestions. Choose one to put it in the message box.
          </p>
          <ul className="grid max-h-44 gap-2 overflow-y-auto sm:max-h-none sm:grid-cols-3">
            {suggest.data.suggestions.map((text, index) => (
              <li key={index} className="flex">
                <button
                  type="button"
                  title="Put this in the message box to edit"
                  onClick={() => {
                    onInsert(text);
                    setOpen(false);
                  }}
                  className="w-full rounded-md border border-line bg-surface-muted px-3 py-2 text-left text-sm text-text hover:border-accent hover:bg-accent-soft"
                >
                  <span className="sr-only">Use: </span>
                  {text}
                </button>
              </li>
            ))}
          </ul>
          <p className="text-xs text-muted">Click one to put it in the box. Edit it, then send it yourself.</p>
        </>
      ) : null}
    </section>
  );
}
