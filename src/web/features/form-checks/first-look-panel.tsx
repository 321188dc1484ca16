import { useMutation, useQueryClient } from '@tanstack/react-query';
import { LoaderCircle, MessageSquarePlus, Play, Plus, RotateCw, Sparkles } from 'lucide-react';
import { formatMoment, type FormCheckAi, type FormCheckDetail } from '../../../shared/form-checks';
import { errorMessage } from '../../lib/api';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { Notice } from '../../ui/notice';
import { formCheckApi, rememberDetail } from './queries';

type FirstLookPanelProps = {
  formCheck: FormCheckDetail;
  firstName: string;
  onSeek: (ms: number) => void;
  /** Puts text in the comment box: at a moment (ms), about the whole video (null), or where the video is (undefined). */
  onUse: (text: string, atMs: number | null | undefined) => void;
};

function UseButton({ onClick, what }: { onClick: () => void; what: string }) {
  return (
    <Button
      variant="ghost"
      size="sm"
      onClick={onClick}
      aria-label={`Use in a comment: ${what}`}
      className="-ml-3 self-start text-accent-text"
    >
      <MessageSquarePlus aria-hidden className="size-4" />
      Use in a comment
    </Button>
  );
}

function Ready({ ai, onSeek, onUse }: { ai: FormCheckAi } & Pick<FirstLookPanelProps, 'onSeek' | 'onUse'>) {
  return (
    <div className="flex flex-col gap-4 text-sm">
      {ai.summary && <p className="text-base text-text">{ai.summary}</p>}
      {ai.observations.length > 0 && (
        <section aria-label="What the stills show" className="flex flex-col gap-2">
          <h3 className="text-xs font-semibold tracking-wide text-muted uppercase">What the stills show</h3>
          <ul className="flex flex-col gap-2">
            {ai.observations.map((observation, index) => (
              <li key={index} className="flex flex-col gap-1 rounded-md border border-line px-3 py-2">
                <p className="text-text">
                  {observation.atMs !== null && (
                    <button
                      type="button"
                      onClick={() => onSeek(observation.atMs!)}
                      aria-label={`Go to ${formatMoment(observation.atMs)}`}
                      className="mr-1.5 inline-flex h-6 items-center gap-1 rounded-full bg-accent-soft px-2 text-xs font-semibold text-accent-text tabular-nums hover:underline"
                    >
                      <Play aria-hidden className="size-3" />
                      {formatMoment(observation.atMs)}
                    </button>
                  )}
                  {observation.text}
                </p>
                <UseButton what={observation.text} onClick={() => onUse(observation.text, observation.atMs)} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {ai.cues.length > 0 && (
        <section aria-label="Cues to try" className="flex flex-col gap-2">
          <h3 className="text-xs font-semibold tracking-wide text-muted uppercase">Cues to try · tap one to add it</h3>
          <ul className="flex flex-wrap gap-2">
            {ai.cues.map((cue, index) => (
              <li key={index}>
                <button
                  type="button"
                  onClick={() => onUse(cue, undefined)}
                  aria-label={`Use in a comment: ${cue}`}
                  className="inline-flex min-h-8 items-center gap-1.5 rounded-full border border-line-strong px-3 py-1 text-left text-sm text-text hover:border-accent hover:bg-accent-soft"
                >
                  <Plus aria-hidden className="size-3.5 shrink-0 text-accent-text" />“{cue}”
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {ai.caveat && <p className="text-muted italic">{ai.caveat}</p>}
    </div>
  );
}

/**
 * The AI's first look at the stills, for the trainer only (the server never sends it to the
 * client): a draft to check against the video, whose lines can start a comment.
 */
export function FirstLookPanel({ formCheck, firstName, onSeek, onUse }: FirstLookPanelProps) {
  const queryClient = useQueryClient();
  const ask = useMutation({
    mutationFn: () => formCheckApi.firstLook(formCheck.id),
    onSuccess: (detail) => rememberDetail(queryClient, detail),
  });
  const ai = formCheck.ai;
  if (!ai || ai.status === 'off') return null;
  return (
    <section aria-label="AI first look — a draft only you can see">
      <Card
        as="div"
        title={
          <span className="inline-flex items-center gap-2">
            <Sparkles aria-hidden className="size-4 text-accent-text" />
            AI first look — a draft only you can see
          </span>
        }
        description={`From ${formCheck.frames.length} stills, not the moving video. ${firstName} never sees this; check it against the video.`}
        actions={<Badge tone="accent">Draft</Badge>}
      >
        {ai.status === 'pending' && (
          <div className="flex flex-wrap items-center justify-between gap-3">
            <p role="status" className="flex items-center gap-2 text-sm text-muted">
              <LoaderCircle aria-hidden className="size-4 motion-safe:animate-spin" />
              Preparing…
            </p>
            <Button variant="secondary" size="sm" pending={ask.isPending} onClick={() => ask.mutate()}>
              Get it now
            </Button>
          </div>
        )}
        {ai.status === 'failed' && (
          <div className="flex flex-col gap-3">
            <Notice tone="danger" title="The first look didn’t work">
              {ai.error ?? 'The AI provider did not answer.'}
            </Notice>
            <Button
              variant="secondary"
              size="sm"
              pending={ask.isPending}
              onClick={() => ask.mutate()}
              icon={<RotateCw aria-hidden className="size-4" />}
              className="self-start"
            >
              Try again
            </Button>
          </div>
        )}
        {ai.status === 'ready' && <Ready ai={ai} onSeek={onSeek} onUse={onUse} />}
        {ask.isError && <p className="mt-3 text-sm text-danger">{errorMessage(ask.error)}</p>}
      </Card>
    </section>
  );
}
