import { useQuery } from '@tanstack/react-query';
import { Utensils } from 'lucide-react';
import { lazy, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Chip } from '../../ui/chip';
import { ErrorState } from '../../ui/states';
import { ChartCard, ChartEmpty, ChartFigure, ChartSkeleton, ChartTable } from '../metrics/chart-parts';
import { settingsQuery } from '../settings/queries';
import { formatWeek } from '../training-charts/chart-format';
import { complianceSummary, hasTrend, rangeLong, versusText, WEEK_RANGES, weeksParam, type WeekRange } from './compliance-format';
import { weeksQuery } from './queries';

const ComplianceCanvas = lazy(() => import('./compliance-canvas'));

/** ?weeks= in the URL, so the view can be bookmarked. */
function useWeeksParam(): [WeekRange, (weeks: WeekRange) => void] {
  const [params, setParams] = useSearchParams();
  const set = (weeks: WeekRange) =>
    setParams(
      (old) => {
        const copy = new URLSearchParams(old);
        if (weeks === 12) copy.delete('weeks');
        else copy.set('weeks', String(weeks));
        return copy;
      },
      { replace: true, preventScrollReset: true },
    );
  return [weeksParam(params.get('weeks')), set];
}

/** Weekly compliance: average kcal against the target, days on target, and the same as a table. */
export function ComplianceCard({ clientId, firstName }: { clientId: string; firstName: string }) {
  const [range, setRange] = useWeeksParam();
  const [asTable, setAsTable] = useState(false);
  const weeks = useQuery(weeksQuery(clientId, range));
  const settings = useQuery(settingsQuery());
  const items = weeks.data?.items ?? [];
  const tolerance = weeks.data?.tolerance;
  const trend = hasTrend(items);

  let body;
  if (weeks.isPending) body = <ChartSkeleton className="h-96" label="Loading compliance" />;
  else if (weeks.isError)
    body = (
      <ErrorState title="Compliance didn't load" error={weeks.error} onRetry={() => void weeks.refetch()} retrying={weeks.isFetching} />
    );
  else if (asTable && items.some((week) => week.daysLogged > 0))
    body = (
      <ChartTable
        caption={`Weekly compliance, ${rangeLong(range)}`}
        columns={[
          { label: 'Week' },
          { label: 'Logged', numeric: true },
          { label: 'On target', numeric: true },
          { label: 'kcal (avg / target)', numeric: true },
          { label: 'Protein (g)', numeric: true },
          { label: 'Carbs (g)', numeric: true },
          { label: 'Fat (g)', numeric: true },
        ]}
        rows={[...items].reverse().map((week) => ({
          key: week.weekStart,
          cells: [
            formatWeek(week.weekStart),
            `${week.daysLogged} / 7`,
            week.daysOnTarget,
            versusText(week.average?.kcal, week.target?.kcal),
            versusText(week.average?.proteinG, week.target?.proteinG),
            versusText(week.average?.carbsG, week.target?.carbsG),
            versusText(week.average?.fatG, week.target?.fatG),
          ],
        }))}
      />
    );
  else if (!trend)
    body = (
      <ChartEmpty
        icon={<Utensils />}
        title={
          items.some((week) => week.daysLogged > 0)
            ? 'One more week of logging and the trend appears'
            : `No food logged in the last ${rangeLong(range)}`
        }
      >
        <p>Each week shows {firstName}'s average calories against the target, and how many days were on target.</p>
      </ChartEmpty>
    );
  else
    body = (
      <ChartFigure summary={complianceSummary(items, range)} height="h-96">
        <ComplianceCanvas weeks={items} weekStartsOn={settings.data?.weekStartsOn ?? 1} />
      </ChartFigure>
    );

  return (
    <ChartCard
      title="Weekly compliance"
      description={
        tolerance
          ? `A day is on target with calories within ±${tolerance.kcalPct} % and protein within ±${tolerance.proteinPct} % (Settings → Business).`
          : 'Average calories against the target, and days on target'
      }
      table={items.some((week) => week.daysLogged > 0) ? { shown: asTable, onToggle: () => setAsTable((shown) => !shown) } : undefined}
      controls={
        <div role="group" aria-label="Range" className="flex gap-2">
          {WEEK_RANGES.map((item) => (
            <Chip key={item.weeks} selected={range === item.weeks} onClick={() => setRange(item.weeks)}>
              <span aria-hidden>{item.label}</span>
              <span className="sr-only">{item.long}</span>
            </Chip>
          ))}
        </div>
      }
    >
      {body}
    </ChartCard>
  );
}
