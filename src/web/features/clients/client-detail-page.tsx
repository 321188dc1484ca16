import { useQuery } from '@tanstack/react-query';
import { ChevronLeft, UserX } from 'lucide-react';
import { Tabs } from 'radix-ui';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import type { Client } from '../../../shared/clients';
import { isApiError } from '../../lib/api';
import { relativeTime } from '../../lib/dates';
import { buttonClass } from '../../ui/button';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { EmptyState, ErrorState } from '../../ui/states';
import { TrainerAssistantTab } from '../ai/trainer-assistant-tab';
import { ClientBillingTab } from '../billing/client-billing-tab';
import { TrainerClientCheckinsTab } from '../checkins/trainer-client-checkins-tab';
import { ClientVideosTab } from '../form-checks/client-videos-tab';
import { ClientMessagesTab } from '../messages/client-messages-tab';
import { TrainerNutritionTab } from '../nutrition/trainer-nutrition-tab';
import { ClientProgressTab } from '../metrics/client-progress-tab';
import { ClientTrainingTab } from '../workouts/client-training-tab';
import { ClientActions } from './client-actions';
import { ClientOverview } from './client-overview';
import { clientQuery } from './queries';
import { ClientStatusBadge } from './status-badge';

/** The client's tabs, in order, each with the panel it shows (the URL's last segment picks one). */
const TABS = [
  { value: 'overview', label: 'Overview', Panel: ClientOverview },
  { value: 'training', label: 'Training', Panel: ClientTrainingTab },
  { value: 'progress', label: 'Progress', Panel: ClientProgressTab },
  { value: 'check-ins', label: 'Check-ins', Panel: TrainerClientCheckinsTab },
  { value: 'videos', label: 'Videos', Panel: ClientVideosTab },
  { value: 'messages', label: 'Messages', Panel: ClientMessagesTab },
  { value: 'nutrition', label: 'Nutrition', Panel: TrainerNutritionTab },
  { value: 'assistant', label: 'Assistant', Panel: TrainerAssistantTab },
  { value: 'billing', label: 'Billing', Panel: ClientBillingTab },
] as const;
type Tab = (typeof TABS)[number]['value'];

const backLink = (
  <Link to="/clients" className="inline-flex items-center gap-1 self-start rounded-sm text-sm text-muted hover:text-text">
    <ChevronLeft aria-hidden className="size-4" /> Clients
  </Link>
);

function ClientHeader({ client }: { client: Client }) {
  return (
    <header className="flex flex-col gap-3">
      {backLink}
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="flex min-w-0 flex-col gap-1">
          <div className="flex flex-wrap items-center gap-2">
            <h1 className="text-xl font-semibold text-text">{client.name}</h1>
            <ClientStatusBadge client={client} />
          </div>
          <p className="flex flex-wrap gap-x-3 text-sm text-muted">
            <a href={`mailto:${client.email}`} className="break-all hover:text-text hover:underline">
              {client.email}
            </a>
            {client.lastActiveAt && <span>Active {relativeTime(client.lastActiveAt)}</span>}
          </p>
          {client.tags.length > 0 && (
            <ul aria-label="Tags" className="mt-1 flex flex-wrap gap-1">
              {client.tags.map((tag) => (
                <li key={tag} className="rounded-sm bg-surface-muted px-1.5 py-0.5 text-xs text-muted">
                  {tag}
                </li>
              ))}
            </ul>
          )}
        </div>
        <ClientActions client={client} />
      </div>
    </header>
  );
}

function DetailSkeleton() {
  return (
    <LoadingRegion label="Loading client" className="flex flex-col gap-4">
      <Skeleton className="h-4 w-16" />
      <Skeleton className="h-7 w-56" />
      <Skeleton className="h-4 w-72 max-w-full" />
      <Skeleton className="mt-2 h-10 w-full" />
      <div className="grid gap-4 xl:grid-cols-2">
        <Skeleton className="h-64 rounded-lg" />
        <Skeleton className="h-64 rounded-lg" />
      </div>
    </LoadingRegion>
  );
}

export function ClientDetailPage() {
  const { id = '', tab: tabParam } = useParams();
  const navigate = useNavigate();
  const client = useQuery(clientQuery(id));
  const tab: Tab | null = tabParam === undefined ? 'overview' : (TABS.find((t) => t.value === tabParam)?.value ?? null);

  if (tab === null) return <Navigate to={`/clients/${id}`} replace />;
  if (client.isPending) return <DetailSkeleton />;
  if (client.isError) {
    if (isApiError(client.error) && client.error.status === 404) {
      return (
        <EmptyState
          icon={<UserX />}
          title="We couldn't find that client"
          action={
            <Link to="/clients" className={buttonClass('secondary')}>
              Back to clients
            </Link>
          }
        >
          The link may be old, or the client was deleted.
        </EmptyState>
      );
    }
    return (
      <div className="flex flex-col gap-4">
        {backLink}
        <ErrorState
          title="This client didn't load"
          error={client.error}
          onRetry={() => void client.refetch()}
          retrying={client.isFetching}
        />
      </div>
    );
  }

  const data = client.data;
  return (
    <div className="flex flex-col gap-5">
      <title>{`${data.name} · OneCoach`}</title>
      <ClientHeader client={data} />
      <Tabs.Root
        value={tab}
        onValueChange={(value) => void navigate(value === 'overview' ? `/clients/${id}` : `/clients/${id}/${value}`, { replace: true })}
        className="flex flex-col gap-5"
      >
        <Tabs.List aria-label={`About ${data.name}`} className="-mx-4 flex gap-1 overflow-x-auto border-b border-line px-4 sm:mx-0 sm:px-0">
          {TABS.map((item) => (
            <Tabs.Trigger
              key={item.value}
              value={item.value}
              className="-mb-px h-10 shrink-0 border-b-2 border-transparent px-3 text-sm text-muted hover:text-text data-[state=active]:border-accent data-[state=active]:font-medium data-[state=active]:text-text"
            >
              {item.label}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        {TABS.map(({ value, Panel }) => (
          <Tabs.Content key={value} value={value} className="focus-visible:outline-offset-4">
            <Panel client={data} />
          </Tabs.Content>
        ))}
      </Tabs.Root>
    </div>
  );
}
