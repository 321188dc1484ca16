import { useQuery } from '@tanstack/react-query';
import { ChevronLeft } from 'lucide-react';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/dates';
import { Notice } from '../../ui/notice';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { ErrorState } from '../../ui/states';
import { EmailStatus } from './email-status';
import { emailQuery } from './queries';

export function EmailDetail({ id }: { id: string }) {
  const email = useQuery(emailQuery(id));
  return (
    <article
      aria-label="Email"
      className="flex min-w-0 flex-col gap-4 self-start rounded-lg border border-line bg-surface p-4 sm:p-5 lg:sticky lg:top-8"
    >
      <Link
        to="/settings/emails"
        className="inline-flex min-h-11 items-center gap-1 self-start text-sm text-muted hover:text-text lg:hidden"
      >
        <ChevronLeft aria-hidden className="size-4" /> All emails
      </Link>
      {email.isPending ? (
        <LoadingRegion label="Loading email" className="flex flex-col gap-3">
          <Skeleton className="h-6 w-3/4" />
          <Skeleton className="h-4 w-1/2" />
          <Skeleton className="mt-3 h-40 w-full" />
        </LoadingRegion>
      ) : email.isError ? (
        <ErrorState title="This email didn't load" error={email.error} onRetry={() => void email.refetch()} retrying={email.isFetching} />
      ) : (
        <>
          <header className="flex flex-col gap-2 border-b border-line pb-4">
            <h2 className="text-lg font-semibold break-words text-text">{email.data.subject}</h2>
            <dl className="grid grid-cols-[4rem_1fr] gap-x-3 gap-y-1 text-sm">
              <dt className="text-muted">To</dt>
              <dd className="break-all text-text">{email.data.to}</dd>
              <dt className="text-muted">When</dt>
              <dd className="text-text">
                <time dateTime={email.data.createdAt}>{formatDateTime(email.data.createdAt)}</time>
              </dd>
              <dt className="text-muted">Status</dt>
              <dd>
                <EmailStatus status={email.data.status} />
              </dd>
            </dl>
          </header>
          {email.data.error && (
            <Notice tone="danger" title="Sending failed">
              {email.data.error}
            </Notice>
          )}
          {email.data.link && (
            <div className="flex flex-col gap-1 rounded-md bg-accent-soft px-4 py-3 text-sm">
              <p className="font-medium text-text">Link in this email</p>
              <a
                href={email.data.link}
                target="_blank"
                rel="noreferrer"
                className="break-all text-accent-text underline underline-offset-2"
              >
                {email.data.link}
              </a>
            </div>
          )}
          <pre className="font-sans text-sm leading-6 wrap-anywhere whitespace-pre-wrap text-text">{email.data.text}</pre>
        </>
      )}
    </article>
  );
}
