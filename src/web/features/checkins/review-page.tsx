import { useQuery } from '@tanstack/react-query';
import { ChevronLeft, ChevronRight, FileQuestion, MessageCircle } from 'lucide-react';
import { useCallback } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { toast } from 'sonner';
import type { Checkin } from '../../../shared/checkins';
import { isApiError } from '../../lib/api';
import { formatDate, formatDateTime, relativeTime } from '../../lib/dates';
import { useListKeys } from '../../lib/keyboard';
import { Badge } from '../../ui/badge';
import { buttonClass } from '../../ui/button';
import { Card } from '../../ui/card';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { EmptyState, ErrorState } from '../../ui/states';
import { metricDefinitionsQuery } from '../metrics/queries';
import { checkinDetailQuery, reviewQueueQuery } from './queries';
import { ReviewAnswers } from './review-answers';
import { ReviewContext } from './review-context';
import { formatWaiting } from './review-format';
import { ReviewedNote, ReviewReply } from './review-reply';
import { STATE_LABELS, STATE_TONES } from './trainer-format';

const backLink = (
  <Link to="/checkins/review" className="inline-flex items-center gap-1 rounded-sm text-sm text-muted hover:text-text">
    <ChevronLeft aria-hidden className="size-4" /> Review inbox
  </Link>
);

function Stepper({ id }: { id: string }) {
  const navigate = useNavigate();
  const queue = useQuery(reviewQueueQuery());
  const items = queue.data?.items ?? [];
  const index = items.findIndex((item) => item.id === id);
  const prev = index > 0 ? items[index - 1] : undefined;
  const next = index >= 0 ? items[index + 1] : items[0];
  const onStep = useCallback(
    (delta: 1 | -1) => {
      const target = delta === 1 ? next : prev;
      if (target) void navigate(`/checkins/review/${target.id}`);
    },
    [navigate, next, prev],
  );
  useListKeys(onStep);
  if (items.length === 0) return null;
  const arrow = 'inline-flex size-8 items-center justify-center rounded-md text-muted hover:bg-surface-muted hover:text-text';
  return (
    <nav aria-label="Waiting check-ins" className="flex items-center gap-1 text-sm text-muted">
      {prev ? (
        <Link to={`/checkins/review/${prev.id}`} className={arrow} aria-label={`Previous: ${prev.clientName}`} title="Previous (k)">
          <ChevronLeft aria-hidden className="size-4" />
        </Link>
      ) : (
        <span className={`${arrow} opacity-30`} aria-hidden>
          <ChevronLeft className="size-4" />
        </span>
      )}
      <span className="tabular-nums">{index >= 0 ? `${index + 1} of ${items.length} waiting` : `${items.length} waiting`}</span>
      {next ? (
        <Link to={`/checkins/review/${next.id}`} className={arrow} aria-label={`Next: ${next.clientName}`} title="Next (j)">
          <ChevronRight aria-hidden className="size-4" />
        </Link>
      ) : (
        <span className={`${arrow} opacity-30`} aria-hidden>
          <ChevronRight className="size-4" />
        </span>
      )}
    </nav>
  );
}

function Header({ checkin }: { checkin: Checkin }) {
  const waitingHours = checkin.submittedAt ? (Date.now() - Date.parse(checkin.submittedAt)) / 3_600_000 : 0;
  return (
    <header className="flex flex-col gap-1">
      <div className="flex flex-wrap items-center gap-2">
        <h1 className="text-xl font-semibold text-text">
          <Link to={`/clients/${checkin.clientId}/check-ins`} className="hover:underline">
            {checkin.clientName}
          </Link>
        </h1>
        <Badge tone={STATE_TONES[checkin.state]}>{STATE_LABELS[checkin.state]}</Badge>
        {checkin.state === 'submitted' && <span className="text-sm text-muted">{formatWaiting(waitingHours)}</span>}
      </div>
      <p className="text-sm text-muted">
        {checkin.formName} · due {formatDate(checkin.dueDate)}
        {checkin.submittedAt && (
          <>
            {' '}
            · sent{' '}
            <time dateTime={checkin.submittedAt} title={formatDateTime(checkin.submittedAt)}>
              {relativeTime(checkin.submittedAt)}
            </time>
          </>
        )}
      </p>
    </header>
  );
}

function ReviewSkeleton() {
  return (
    <LoadingRegion label="Loading the check-in" className="flex flex-col gap-4">
      <Skeleton className="h-4 w-28" />
      <Skeleton className="h-7 w-56" />
      <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <Skeleton className="h-96 rounded-lg" />
        <Skeleton className="h-72 rounded-lg" />
      </div>
    </LoadingRegion>
  );
}

/** /checkins/review/:id — one check-in: answers beside last time's, the client's trends, and the reply. */
export function ReviewPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const detail = useQuery(checkinDetailQuery(id));
  const queue = useQuery(reviewQueueQuery());
  const custom = useQuery(metricDefinitionsQuery());

  const onDone = (checkin: Checkin, withReply: boolean) => {
    const first = checkin.clientName.split(' ')[0] ?? checkin.clientName;
    const next = queue.data?.items.find((item) => item.id !== id);
    toast.success(withReply ? `Reply sent. ${first} is notified.` : `${first}'s check-in is marked reviewed`, {
      description: next ? `Next: ${next.clientName}` : 'That was the last one waiting.',
    });
    void navigate(next ? `/checkins/review/${next.id}` : '/checkins/review');
  };

  if (detail.isPending) return <ReviewSkeleton />;
  if (detail.isError) {
    if (isApiError(detail.error) && detail.error.status === 404)
      return (
        <EmptyState
          icon={<FileQuestion />}
          title="We couldn't find that check-in"
          action={
            <Link to="/checkins/review" className={buttonClass('secondary')}>
              Back to the inbox
            </Link>
          }
        >
          The link may be old.
        </EmptyState>
      );
    return (
      <div className="flex flex-col gap-4">
        {backLink}
        <ErrorState
          title="This check-in didn't load"
          error={detail.error}
          onRetry={() => void detail.refetch()}
          retrying={detail.isFetching}
        />
      </div>
    );
  }

  const { checkin, previous, context } = detail.data;
  const first = checkin.clientName.split(' ')[0] ?? checkin.clientName;
  return (
    <div className="flex flex-col gap-5">
      <title>{`${checkin.clientName} · ${checkin.formName} · OneCoach`}</title>
      <div className="flex flex-wrap items-center justify-between gap-2">
        {backLink}
        <Stepper id={id} />
      </div>
      <Header checkin={checkin} />
      {/* Phones read answers, then the trends, then reply; desks keep the trends beside both. */}
      <div className="grid items-start gap-5 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <Card
          className="lg:col-start-1"
          title="Answers"
          description={
            previous
              ? `Beside ${first}'s previous check-in (${formatDate(previous.dueDate)}).`
              : `${first}'s first check-in with this form: nothing to compare yet.`
          }
        >
          <ReviewAnswers checkin={checkin} previous={previous} custom={custom.data ?? []} />
        </Card>
        <Card as="div" className="lg:sticky lg:top-8 lg:col-start-2 lg:row-span-2 lg:row-start-1" title={`${first}'s trends`}>
          <ReviewContext context={context} />
        </Card>
        <Card className="lg:col-start-1">
          {checkin.state === 'reviewed' ? (
            <div className="flex flex-col gap-3">
              <ReviewedNote checkin={checkin} />
              <Link to={`/clients/${checkin.clientId}/messages`} className={buttonClass('secondary', 'md', 'self-start')}>
                <MessageCircle aria-hidden className="size-4" /> Message {first}
              </Link>
            </div>
          ) : (
            <ReviewReply key={checkin.id} checkin={checkin} onDone={onDone} />
          )}
        </Card>
      </div>
    </div>
  );
}
