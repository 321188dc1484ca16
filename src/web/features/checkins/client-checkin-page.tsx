import { useQuery } from '@tanstack/react-query';
import { CheckCheck, Clock, MessageCircle, SearchX } from 'lucide-react';
import { Link, useParams } from 'react-router';
import type { Checkin } from '../../../shared/checkins';
import { isApiError } from '../../lib/api';
import { formatDate, formatDateTime, relativeTime } from '../../lib/dates';
import { buttonClass } from '../../ui/button';
import { Card } from '../../ui/card';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { EmptyState, ErrorState } from '../../ui/states';
import { NotInPlan, notInPlanArea } from '../billing/not-in-plan';
import { BackLink } from '../history/back-link';
import type { Unit } from '../history/format';
import { myClientQuery } from '../clients/queries';
import { metricDefinitionsQuery } from '../metrics/queries';
import { METRICS } from '../metrics/units';
import { AnswerList } from './client-answer-list';
import { checkinDay, replyTimeLabel } from './client-format';
import { checkinDetailQuery, myCheckinsQuery } from './queries';

const builtIn = new Set(METRICS.map((metric) => metric.key));

/** Read or waiting, with the coach's reply right under it when there is one. */
function ReplyCard({ checkin, replyHours }: { checkin: Checkin; replyHours: number | null }) {
  if (checkin.state !== 'reviewed') {
    const reply = replyTimeLabel(replyHours);
    return (
      <section aria-label="Status" className="flex items-start gap-3 rounded-lg border border-line bg-surface p-4">
        <span aria-hidden className="flex size-10 shrink-0 items-center justify-center rounded-full bg-surface-muted text-muted">
          <Clock className="size-5" />
        </span>
        <div className="flex flex-col gap-0.5">
          <p className="font-semibold text-text">Sent — your coach will read it</p>
          <p className="text-sm text-muted">
            {checkin.submittedAt && `Sent ${relativeTime(checkin.submittedAt)}.`}
            {reply && ` ${reply}.`}
          </p>
        </div>
      </section>
    );
  }
  return (
    <section aria-label="Your coach's reply" className="flex flex-col gap-3 rounded-lg border border-success bg-surface p-4 shadow-sm">
      <div className="flex items-start gap-3">
        <span aria-hidden className="flex size-10 shrink-0 items-center justify-center rounded-full bg-success-soft text-success">
          <CheckCheck className="size-5" />
        </span>
        <div className="flex flex-col gap-0.5">
          <p className="font-semibold text-text">Read by your coach</p>
          {checkin.reviewedAt && <p className="text-sm text-muted">{formatDateTime(checkin.reviewedAt)}</p>}
        </div>
      </div>
      {checkin.reply && (
        <blockquote className="rounded-lg bg-accent-soft px-4 py-3 text-base break-words whitespace-pre-line text-text">
          {checkin.reply.body}
        </blockquote>
      )}
      <Link to="/messages" className={buttonClass('secondary', 'md', 'self-start')}>
        <MessageCircle aria-hidden className="size-4" />
        {checkin.reply ? 'Reply in Messages' : 'Message your coach'}
      </Link>
    </section>
  );
}

function DetailSkeleton() {
  return (
    <LoadingRegion label="Loading your check-in" className="flex flex-col gap-4">
      <Skeleton className="h-20 w-full rounded-lg" />
      <Skeleton className="h-64 w-full rounded-lg" />
    </LoadingRegion>
  );
}

/** /checkins/:id — one sent check-in: the coach's reply (or that it is waiting), then the answers. */
export function ClientCheckinPage() {
  const { id = '' } = useParams();
  const detail = useQuery({
    ...checkinDetailQuery(id),
    retry: (count, error) => !(isApiError(error) && error.status === 404) && count < 2,
  });
  const me = useQuery(myClientQuery());
  const mine = useQuery(myCheckinsQuery());
  const checkin = detail.data?.checkin;
  const needsCustom = checkin?.questions.some((question) => question.metrics.some((metric) => !builtIn.has(metric))) ?? false;
  const custom = useQuery({ ...metricDefinitionsQuery(), enabled: needsCustom });
  const units: Unit = me.data?.onboarding?.units ?? 'kg';

  const locked = notInPlanArea(detail.error) ?? notInPlanArea(mine.error);

  let body;
  if (locked) body = <NotInPlan area={locked} />;
  else if (detail.isError && isApiError(detail.error) && detail.error.status === 404)
    body = (
      <EmptyState
        icon={<SearchX />}
        title="This check-in isn't here"
        action={
          <Link to="/checkins" className={buttonClass('primary')}>
            All your check-ins
          </Link>
        }
      >
        It may have been removed. Your other check-ins are all in one list.
      </EmptyState>
    );
  else if (detail.isError)
    body = (
      <ErrorState
        title="Your check-in didn't load"
        error={detail.error}
        onRetry={() => void detail.refetch()}
        retrying={detail.isFetching}
      />
    );
  else if (!checkin) body = <DetailSkeleton />;
  else
    body = (
      <>
        <ReplyCard checkin={checkin} replyHours={mine.data?.coachReplyHours ?? null} />
        <Card title="Your answers" description={checkin.submittedAt ? `Sent ${formatDate(checkin.submittedAt)}` : undefined}>
          <AnswerList checkin={checkin} units={units} customMetrics={custom.data ?? []} />
        </Card>
      </>
    );

  return (
    <div className="flex flex-col gap-5">
      <title>{`${checkin?.formName ?? 'Check-in'} · OneCoach`}</title>
      <header className="flex flex-col gap-1">
        <BackLink to="/checkins">Check-ins</BackLink>
        <h1 className="text-2xl font-semibold break-words text-text">{checkin?.formName ?? 'Check-in'}</h1>
        {checkin && <p className="text-sm text-muted">{`Check-in for ${checkinDay(checkin.dueDate)}`}</p>}
      </header>
      {body}
    </div>
  );
}
