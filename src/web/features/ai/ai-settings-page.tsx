import { useQuery } from '@tanstack/react-query';
import { ShieldCheck } from 'lucide-react';
import { Link } from 'react-router';
import { Card } from '../../ui/card';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { ErrorState } from '../../ui/states';
import { settingsQuery } from '../settings/queries';
import { AiBudgetsForm } from './ai-budgets-form';
import { AiFeaturesForm } from './ai-features-form';
import { AiUsageTable } from './ai-usage-table';
import { formatUsd, monthLabel } from './assistant-format';
import { aiUsageQuery } from './queries';
import { AiVoiceForm } from './voice-form';

function Status({ enabled, model }: { enabled: boolean; model: string | null }) {
  return (
    <div className="flex flex-col gap-2">
      <p className="flex items-center gap-2 text-sm font-medium text-text">
        <span aria-hidden className={enabled ? 'size-2.5 rounded-full bg-success' : 'size-2.5 rounded-full bg-line-strong'} />
        {enabled ? 'On' : 'Off'}
        {enabled && model && (
          <span className="font-normal text-muted">
            · model <code className="rounded-sm bg-surface-muted px-1.5 py-0.5 text-xs text-text">{model}</code>
          </span>
        )}
      </p>
      <p className="text-sm text-muted">
        {enabled
          ? 'Clients with the AI coach in their plan can ask the assistant from Today. It answers from their own data; you can read every conversation on the client’s Assistant tab.'
          : 'To switch it on, set OPENAI_API_KEY (OpenAI) or OPENAI_BASE_URL (any OpenAI-compatible server, such as a local Ollama) on the server and restart it. Red flags are still screened and sent to you while it is off.'}
      </p>
    </div>
  );
}

function PageSkeleton() {
  return (
    <LoadingRegion label="Loading AI settings" className="grid max-w-4xl gap-4">
      <Skeleton className="h-24 rounded-lg" />
      <Skeleton className="h-48 rounded-lg" />
      <Skeleton className="h-64 rounded-lg" />
    </LoadingRegion>
  );
}

/** Settings → AI: on or off and which model, each feature (what it sends, its model and instructions), the trainer's voice for drafts, the monthly token budgets, and this month's usage and cost. */
export function AiSettingsPage() {
  const usage = useQuery(aiUsageQuery());
  const settings = useQuery(settingsQuery());
  const title = <title>AI settings · OneCoach</title>;

  if (usage.isPending || settings.isPending)
    return (
      <>
        {title}
        <PageSkeleton />
      </>
    );
  if (usage.isError || settings.isError)
    return (
      <div className="max-w-4xl">
        {title}
        <ErrorState
          title="AI settings didn't load"
          error={usage.error ?? settings.error}
          onRetry={() => {
            void usage.refetch();
            void settings.refetch();
          }}
          retrying={usage.isFetching || settings.isFetching}
        />
      </div>
    );

  const data = usage.data;
  return (
    <div className="grid max-w-4xl grid-cols-[minmax(0,1fr)] gap-4">
      {title}
      <Card title="AI assistant">
        <Status enabled={data.enabled} model={data.model} />
      </Card>
      <Card
        title="Features"
        description="What each feature sends to the AI provider; give one another model or extra instructions if it needs them."
      >
        <Link
          to="/privacy"
          className="-mt-1 mb-3 inline-flex min-h-8 items-center gap-1.5 rounded-sm text-sm font-medium text-accent-text hover:underline"
        >
          <ShieldCheck aria-hidden className="size-4" /> What is sent — privacy page
        </Link>
        <AiFeaturesForm settings={settings.data} defaultModel={data.model} />
      </Card>
      <Card title="Your voice" description="So drafts read like you wrote them. You always edit before anything is sent.">
        <AiVoiceForm settings={settings.data} />
      </Card>
      <Card
        title="Monthly budgets"
        description="Tokens are what the model reads and writes; a short question and answer is a few thousand."
      >
        <AiBudgetsForm settings={settings.data} siteUsed={data.totals.tokens} />
      </Card>
      <Card
        title={`Usage in ${monthLabel(data.month)}`}
        description="Estimated from the model's token prices; your provider's bill is the final word."
        actions={<p className="text-lg font-semibold text-text tabular-nums">{formatUsd(data.totals.estimatedCostUsd)}</p>}
      >
        <AiUsageTable usage={data} />
      </Card>
    </div>
  );
}
