import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import type { MealPlan, Targets } from '../../../shared/nutrition';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { EmptyState, ErrorState } from '../../ui/states';
import { clientQuery } from '../clients/queries';
import { amountText, formatGrams, formatWhole } from './nutrition-format';
import { PrintStyle, PrintToolbar } from './meal-plan-print-style';
import { mealPlanQuery, mealPlansQuery, targetsQuery } from './queries';

const num = (value: number) => formatGrams(value);

function PlanSheet({ plan, clientName, targets }: { plan: MealPlan; clientName: string; targets: Targets | null }) {
  const cell = 'px-2 py-1 text-right tabular-nums';
  return (
    <article className="print-page mx-auto flex w-full max-w-3xl flex-col gap-4 rounded-lg border border-line bg-surface p-6 print:max-w-none print:rounded-none print:border-0 print:p-0">
      <header className="flex flex-col gap-1 border-b border-line pb-3">
        <p className="text-sm text-muted">Meal plan for {clientName}</p>
        <h1 className="text-xl font-semibold text-text">{plan.name}</h1>
        <p className="text-sm text-text tabular-nums">
          {formatWhole(plan.totals.kcal)} kcal · protein {num(plan.totals.proteinG)} g · carbs {num(plan.totals.carbsG)} g · fat{' '}
          {num(plan.totals.fatG)} g
          {targets && (
            <span className="text-muted">
              {' '}
              (target {formatWhole(targets.kcal)} kcal · {targets.proteinG} g · {targets.carbsG} g · {targets.fatG} g)
            </span>
          )}
        </p>
      </header>
      {plan.meals.map((meal) => {
        const items = plan.items.filter((item) => item.meal === meal);
        const kcal = items.reduce((sum, item) => sum + item.kcal, 0);
        return (
          <section key={meal} className="print-keep flex flex-col gap-1">
            <h2 className="flex items-baseline justify-between text-base font-semibold text-text">
              {meal} <span className="text-sm font-normal text-muted tabular-nums">{formatWhole(kcal)} kcal</span>
            </h2>
            {items.length === 0 ? (
              <p className="text-sm text-muted">Nothing planned.</p>
            ) : (
              <table className="w-full table-fixed border-collapse text-sm">
                <colgroup>
                  <col />
                  <col className="w-40" />
                  <col className="w-16" />
                  <col className="w-12" />
                  <col className="w-12" />
                  <col className="w-12" />
                </colgroup>
                <thead className="text-xs text-muted">
                  <tr className="border-b border-line">
                    <th scope="col" className="px-2 py-1 text-left font-medium">
                      Food
                    </th>
                    <th scope="col" className="px-2 py-1 text-left font-medium">
                      Amount
                    </th>
                    <th scope="col" className={`${cell} font-medium`}>
                      kcal
                    </th>
                    <th scope="col" className={`${cell} font-medium`}>
                      P
                    </th>
                    <th scope="col" className={`${cell} font-medium`}>
                      C
                    </th>
                    <th scope="col" className={`${cell} font-medium`}>
                      F
                    </th>
                  </tr>
                </thead>
                <tbody className="text-text">
                  {items.map((item, index) => (
                    <tr key={`${item.foodId}-${index}`} className="border-b border-line last:border-0">
                      <td className="px-2 py-1">{item.name}</td>
                      <td className="px-2 py-1 text-muted">
                        {amountText(item)}
                        {item.unit === 'portion' && ` (${formatWhole(item.grams)} g)`}
                      </td>
                      <td className={cell}>{formatWhole(item.kcal)}</td>
                      <td className={cell}>{num(item.proteinG)}</td>
                      <td className={cell}>{num(item.carbsG)}</td>
                      <td className={cell}>{num(item.fatG)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
      {plan.notes && (
        <section className="print-keep flex flex-col gap-1 border-t border-line pt-3">
          <h2 className="text-base font-semibold text-text">Notes</h2>
          <p className="text-sm whitespace-pre-wrap text-text">{plan.notes}</p>
        </section>
      )}
      <p className="mt-auto text-xs text-muted">Food data: USDA FoodData Central (SR Legacy / SR28), public domain.</p>
    </article>
  );
}

/** /clients/:id/meal-plans/:planId/print (one plan) or /clients/:id/meal-plans/print (all of them, a page each). */
export function MealPlanPrintPage() {
  const { id = '', planId } = useParams();
  const client = useQuery(clientQuery(id));
  const one = useQuery({ ...mealPlanQuery(planId ?? ''), enabled: Boolean(planId) });
  const all = useQuery({ ...mealPlansQuery(id), enabled: !planId });
  const targets = useQuery(targetsQuery(id));
  const plans = planId ? (one.data ? [one.data] : []) : (all.data?.items ?? []);
  const source = planId ? one : all;
  const back = planId
    ? { to: `/clients/${encodeURIComponent(id)}/meal-plans/${encodeURIComponent(planId)}`, label: 'Back to the plan' }
    : { to: `/clients/${encodeURIComponent(id)}/nutrition`, label: 'Back to nutrition' };

  let body;
  if (client.isPending || source.isPending)
    body = (
      <LoadingRegion label="Loading the plan" className="mx-auto flex w-full max-w-3xl flex-col gap-3">
        <Skeleton className="h-10 w-64" />
        <Skeleton className="h-40 w-full" />
        <Skeleton className="h-40 w-full" />
      </LoadingRegion>
    );
  else if (client.isError || source.isError)
    body = <ErrorState title="The plan didn't load" error={client.error ?? source.error} onRetry={() => void source.refetch()} />;
  else if (plans.length === 0) body = <EmptyState title="No meal plans to print">Build a plan on the Nutrition tab first.</EmptyState>;
  else
    body = plans.map((plan) => (
      <PlanSheet key={plan.id} plan={plan} clientName={client.data.name} targets={targets.data?.current ?? null} />
    ));

  return (
    <div className="print-root min-h-dvh bg-bg">
      <title>{`${plans.length === 1 ? plans[0]?.name : 'Meal plans'} · print · OneCoach`}</title>
      <PrintStyle />
      <PrintToolbar back={back} />
      <main className="print-doc flex flex-col gap-6 px-4 py-6 print:p-0">{body}</main>
    </div>
  );
}
