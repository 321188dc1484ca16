import { useQuery } from '@tanstack/react-query';
import { Sparkles } from 'lucide-react';
import type { GoalProjection } from '../../../shared/ai';
import { relativeTime } from '../../lib/dates';
import { Badge } from '../../ui/badge';
import { Card } from '../../ui/card';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { ErrorState } from '../../ui/states';
import { insightQuery } from './draft-api';
import { projectionLine, rateLine, STATUS_LABELS, STATUS_TONES } from './draft-format';

const number = (value: number) => value.toLocaleString('en-GB', { maximumFractionDigits: 1 });

function ProjectionRow({ projection: p }: { projection: GoalProjection }) {
  const rate = rateLine(p);
  return (
    <li className="flex flex-col gap-1 py-2.5 first:pt-0 last:pb-0">
      <div className="flex flex-wrap items-center gap-2">
        <span className="min-w-0 flex-1 font-medium text-text">{p.title}</span>
        {p.plateau && (
          <Badge tone="warning">
            Plateau<span className="sr-only"> (over the last 8 weeks the trend cannot be told from flat)</span>
          </Badge>
        )}
        <Badge tone={STATUS_TONES[p.status]}>{STATUS_LABELS[p.status]}</Badge>
      </div>
      <p className="text-sm text-muted">
        <span className="tabular-nums">
          {p.current === null ? 'No entries yet' : `Now ${number(p.current)} ${p.unit}`} · target {number(p.target)} {p.unit}
        </span>
        {rate && <span className="tabular-nums"> · {rate}</span>}
      </p>
      <p className="text-sm text-text">{projectionLine(p)}</p>
    </li>
  );
}

/** Client overview → Insight: where each goal is heading (code's numbers) and, when AI is on, two sentences about them. */
export function InsightCard({ clientId }: { clientId: string }) {
  const insight = useQuery(insightQuery(clientId));
  if (insight.isPending)
    return (
      <Card title="Insight">
        <LoadingRegion label="Loading the insight" className="flex flex-col gap-3">
          <Skeleton className="h-5 w-1/2" />
          <Skeleton className="h-4 w-3/4" />
          <Skeleton className="h-4 w-2/3" />
        </LoadingRegion>
      </Card>
    );
  if (insight.isError)
    return (
      <ErrorState
        title="The insight didn't load"
        error={insight.error}
        onRetry={() => void insight.refetch()}
        retrying={insight.isFetching}
      />
    );
  // No goals, nothing to project: the card stays out of the way.
  if (insight.data.projections.length === 0) return null;
  const { projections, text, generatedAt } = insight.data;
  return (
    <Card title="Insight" description={`Where each goal is heading at the current rate · worked out ${relativeTime(generatedAt)}`}>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <ul aria-label="Goal projections" className="flex flex-col divide-y divide-line">
          {projections.map((projection) => (
            <ProjectionRow key={projection.goalId} projection={projection} />
          ))}
        </ul>
        {text && (
          <section aria-labelledby={`ai-summary-${clientId}`} className="self-start rounded-md bg-accent-soft px-3 py-2 text-sm">
            <h3 id={`ai-summary-${clientId}`} className="flex items-center gap-1.5 text-xs font-semibold text-accent-text">
              <Sparkles aria-hidden className="size-3.5" /> AI summary
            </h3>
            <p className="mt-1 text-text">{text}</p>
          </section>
        )}
      </div>
    </Card>
  );
}
