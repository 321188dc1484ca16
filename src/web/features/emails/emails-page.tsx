import { useQuery } from '@tanstack/react-query';
import { Inbox } from 'lucide-react';
import { NavLink, useParams, useSearchParams } from 'react-router';
import { relativeTime } from '../../lib/dates';
import { Button } from '../../ui/button';
import { cn } from '../../ui/cn';
import { Notice } from '../../ui/notice';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { EmptyState, ErrorState } from '../../ui/states';
import { EmailDetail } from './email-detail';
import { EmailStatus } from './email-status';
import { emailsListQuery } from './queries';

const PAGE = 50;

function ListSkeleton() {
  return (
    <LoadingRegion label="Loading emails" className="flex flex-col divide-y divide-line rounded-lg border border-line bg-surface">
      {Array.from({ length: 5 }, (_, index) => (
        <div key={index} className="flex flex-col gap-2 px-4 py-3">
          <Skeleton className="h-4 w-3/4" />
          <Skeleton className="h-3 w-1/2" />
        </div>
      ))}
    </LoadingRegion>
  );
}

export function EmailsPage() {
  const { emailId } = useParams();
  const [params, setParams] = useSearchParams();
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const list = useQuery(emailsListQuery({ limit: PAGE, offset }));
  const keptHere = list.data?.transport === 'outbox';
  const search = params.toString() ? `?${params.toString()}` : '';

  let listBody;
  if (list.isPending) listBody = <ListSkeleton />;
  else if (list.isError)
    listBody = (
      <ErrorState title="Your emails didn't load" error={list.error} onRetry={() => void list.refetch()} retrying={list.isFetching} />
    );
  else if (list.data.total === 0)
    listBody = (
      <EmptyState icon={<Inbox />} title="No emails yet">
        Invitations and password resets you or your clients trigger will be listed here.
      </EmptyState>
    );
  else
    listBody = (
      <div className="flex flex-col gap-3">
        <ul aria-label="Emails" className="flex flex-col divide-y divide-line overflow-clip rounded-lg border border-line bg-surface">
          {list.data.items.map((email) => (
            <li key={email.id}>
              <NavLink
                to={`/settings/emails/${email.id}${search}`}
                className={({ isActive }) =>
                  cn('flex flex-col gap-1 px-4 py-3 text-sm', isActive ? 'bg-accent-soft' : 'hover:bg-surface-muted')
                }
              >
                <span className="flex items-start justify-between gap-3">
                  <span className="font-medium text-text">{email.subject}</span>
                  <EmailStatus status={email.status} />
                </span>
                <span className="flex justify-between gap-3 text-muted">
                  <span className="truncate">{email.to}</span>
                  <time dateTime={email.createdAt} className="shrink-0">
                    {relativeTime(email.createdAt)}
                  </time>
                </span>
              </NavLink>
            </li>
          ))}
        </ul>
        {list.data.total > PAGE && (
          <div className="flex items-center justify-between text-sm text-muted">
            <span>
              {offset + 1}–{offset + list.data.items.length} of {list.data.total}
            </span>
            <div className="flex gap-2">
              <Button
                variant="secondary"
                size="sm"
                disabled={offset === 0}
                onClick={() => setParams({ offset: String(Math.max(0, offset - PAGE)) })}
              >
                Newer
              </Button>
              <Button
                variant="secondary"
                size="sm"
                disabled={offset + PAGE >= list.data.total}
                onClick={() => setParams({ offset: String(offset + PAGE) })}
              >
                Older
              </Button>
            </div>
          </div>
        )}
      </div>
    );

  return (
    <div className="flex flex-col gap-4">
      {keptHere ? (
        <Notice tone="info" title="No email server is configured, so emails are kept here">
          Nothing below was delivered. Open an email to copy its link and send it yourself, or set up SMTP to send them for real.
        </Notice>
      ) : (
        <p className="text-sm text-muted">Every email OneCoach sends, newest first.</p>
      )}
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
        <div className={cn('min-w-0', emailId && 'hidden lg:block')}>{listBody}</div>
        {emailId ? (
          <EmailDetail id={emailId} />
        ) : (
          <div className="hidden h-64 items-center justify-center self-start rounded-lg border border-dashed border-line p-10 text-sm text-muted lg:sticky lg:top-8 lg:flex">
            Pick an email to read it.
          </div>
        )}
      </div>
    </div>
  );
}
