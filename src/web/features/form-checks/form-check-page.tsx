import { useQuery, useQueryClient } from '@tanstack/react-query';
import { SearchX } from 'lucide-react';
import { useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { FormCheckCommentSchema, type FormCheckDetail } from '../../../shared/form-checks';
import type { Message } from '../../../shared/messages';
import { ApiError, errorMessage, isApiError } from '../../lib/api';
import { buttonClass } from '../../ui/button';
import { Card } from '../../ui/card';
import { cn } from '../../ui/cn';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { EmptyState, ErrorState } from '../../ui/states';
import { sessionQuery } from '../auth/queries';
import { CommentList, Composer, type Draft } from './comment-thread';
import { FirstLookPanel } from './first-look-panel';
import { DeleteVideo, FormCheckHeader, ReviewToggle } from './form-check-header';
import { sortComments } from './format';
import { formCheckQuery, postComment } from './queries';
import { Player, Stills, Timeline } from './video-review';

function PageSkeleton() {
  return (
    <LoadingRegion label="Loading the video" className="flex flex-col gap-4">
      <Skeleton className="h-4 w-24" />
      <Skeleton className="h-7 w-72 max-w-full" />
      <Skeleton className="h-4 w-40" />
      <div className="grid gap-5 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <Skeleton className="aspect-video w-full rounded-lg" />
        <Skeleton className="h-64 rounded-lg" />
      </div>
    </LoadingRegion>
  );
}

type Role = 'trainer' | 'client';

function Review({ formCheck, role, coachName }: { formCheck: FormCheckDetail; role: Role; coachName: string | null }) {
  const queryClient = useQueryClient();
  const videoRef = useRef<HTMLVideoElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  // ?t=1500 opens the video at that moment (a link from a comment in Messages).
  const [params] = useSearchParams();
  const [startMs] = useState(() => {
    const t = Number(params.get('t'));
    return Number.isInteger(t) && t > 0 && t <= formCheck.durationMs ? t : 0;
  });
  const [moment, setMoment] = useState(startMs);
  const [draft, setDraft] = useState<Draft>({ body: '', wholeVideo: false });
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);
  const firstName = formCheck.clientName.split(' ')[0] ?? formCheck.clientName;
  const coachFirst = coachName?.split(' ')[0] ?? 'your coach';

  /** Goes to a moment and stays there, so what is written next is about it. */
  const seek = (ms: number) => {
    setMoment(ms);
    const video = videoRef.current;
    if (!video) return;
    video.pause();
    video.currentTime = ms / 1000;
  };

  const use = (text: string, atMs: number | null | undefined) => {
    if (typeof atMs === 'number') seek(atMs);
    setDraft((current) => ({
      body: current.body.trim() ? `${current.body.trim()}\n${text}` : text,
      wholeVideo: atMs === null ? true : atMs === undefined ? current.wholeVideo : false,
    }));
    textRef.current?.focus();
  };

  const submit = async () => {
    const input = { body: draft.body, atMs: draft.wholeVideo ? null : Math.min(moment, formCheck.durationMs) };
    const parsed = FormCheckCommentSchema.safeParse(input);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message);
    setError(undefined);
    setPending(true);
    try {
      await postComment(queryClient, formCheck, parsed.data);
      setDraft({ body: '', wholeVideo: draft.wholeVideo });
    } catch (failure) {
      setError(failure instanceof ApiError && failure.fields[0] ? failure.fields[0].message : errorMessage(failure));
    } finally {
      setPending(false);
    }
  };

  const comments = sortComments(formCheck.comments.filter((comment) => comment.body !== null));
  const authorOf = (comment: Message) =>
    comment.sender === role ? 'You' : comment.sender === 'trainer' ? (coachName ?? 'Your coach') : formCheck.clientName;
  const thread = (
    <Card title="Comments" className="flex flex-col">
      <div className="flex flex-col gap-4">
        <CommentList
          comments={comments}
          authorOf={authorOf}
          onSeek={seek}
          empty={
            role === 'client'
              ? `No comments yet — ${coachFirst} will add them at the moments that matter.`
              : `No comments yet. Pause where it matters and say what you see: ${firstName} is told.`
          }
        />
        <Composer
          draft={draft}
          onChange={setDraft}
          moment={moment}
          pending={pending}
          error={error}
          onSubmit={() => void submit()}
          textRef={textRef}
          placeholder={role === 'trainer' ? 'What you see here, and one thing to try' : `A question for ${coachFirst}`}
        />
      </div>
    </Card>
  );

  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <FormCheckHeader formCheck={formCheck} role={role} />
        {role === 'trainer' && <ReviewToggle formCheck={formCheck} />}
      </div>
      {/* The trainer's desk: video beside the comments; the client's phone: one column. */}
      <div className={cn('grid items-start gap-5', role === 'trainer' && 'lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]')}>
        <div className={cn('flex flex-col gap-3', role === 'trainer' && 'lg:sticky lg:top-8')}>
          <Player formCheck={formCheck} videoRef={videoRef} startMs={startMs} onTime={setMoment} />
          <Timeline durationMs={formCheck.durationMs} moment={moment} comments={comments} onSeek={seek} />
          <Stills formCheck={formCheck} onSeek={seek} />
        </div>
        <div className="flex flex-col gap-4">
          {role === 'trainer' && <FirstLookPanel formCheck={formCheck} firstName={firstName} onSeek={seek} onUse={use} />}
          {thread}
          {role === 'client' && <DeleteVideo formCheck={formCheck} />}
        </div>
      </div>
    </div>
  );
}

/** /form-checks/:id — one video of a set, for the client who sent it and for the trainer (each in their own app). */
export function FormCheckPage() {
  const { id = '' } = useParams();
  const viewer = useQuery(sessionQuery());
  const detail = useQuery(formCheckQuery(id));
  const role: Role = viewer.data?.user?.role === 'trainer' ? 'trainer' : 'client';
  const home = role === 'trainer' ? '/clients' : '/progress';

  if (detail.isPending) return <PageSkeleton />;
  if (detail.isError && isApiError(detail.error) && detail.error.status === 404)
    return (
      <EmptyState
        icon={<SearchX />}
        title="We couldn't find that video"
        action={
          <Link to={home} className={buttonClass('secondary')}>
            {role === 'trainer' ? 'Back to clients' : 'Back to Progress'}
          </Link>
        }
      >
        It may have been deleted. Comments about it are still in Messages.
      </EmptyState>
    );
  if (detail.isError)
    return (
      <ErrorState title="This video didn't load" error={detail.error} onRetry={() => void detail.refetch()} retrying={detail.isFetching} />
    );
  return <Review key={detail.data.id} formCheck={detail.data} role={role} coachName={viewer.data?.coachName ?? null} />;
}
