import { useQueryClient } from '@tanstack/react-query';
import { ChevronLeft, Plus, Printer, ShoppingCart, Sparkles } from 'lucide-react';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { Link, useNavigate } from 'react-router';
import { toast } from 'sonner';
import type { Client } from '../../../shared/clients';
import type { MealPlan, Targets } from '../../../shared/nutrition';
import { errorMessage, isApiError } from '../../lib/api';
import { Button, buttonClass } from '../../ui/button';
import { Card } from '../../ui/card';
import { ConfirmDialog } from '../../ui/dialog';
import { TextareaField } from '../../ui/field';
import { FormError, Notice } from '../../ui/notice';
import { useAiEnabled } from '../ai/draft-api';
import { LeaveGuard } from '../programs/builder/leave-guard';
import { MealPlanAiDialog } from './meal-plan-ai-dialog';
import { planDraftFromAi } from './meal-plan-ai-draft';
import { MealPlanAssignDialog } from './meal-plan-assign-dialog';
import { todayIn } from './meal-plan-dates';
import { MealPlanFoodSearch } from './meal-plan-food-search';
import { MealPlanMeal } from './meal-plan-meal';
import * as ops from './meal-plan-ops';
import { MealPlanTotals, pickTargets, type Against } from './meal-plan-totals';
import { formatWhole } from './nutrition-format';
import { mealPlansChanged, trainerNutritionApi } from './trainer-queries';

type Props = { client: Client; plan: MealPlan | null; targets: Targets | null; tolerance: { kcalPct: number; proteinPct: number } };

/** What stops a save, in words (the server checks again). */
function problemsOf(draft: ops.PlanDraft): string | undefined {
  if (!draft.name.trim()) return 'Name the plan first.';
  if (draft.meals.some((_, index) => ops.mealNameProblem(draft.meals, index))) return 'Check the meal names.';
  const bad = draft.items.find((item) => ops.itemGrams(item) <= 0 || ops.itemGrams(item) > 3000);
  if (bad) return `Check the amount of ${bad.name}.`;
  return undefined;
}

/** The meal plan builder: meals with foods and amounts, live totals against the client's targets, save, days, print. */
export function MealPlanBuilder({ client, plan, targets, tolerance }: Props) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  // An AI draft (Draft with AI) replaces this document as unsaved work: planDraftFromAi, then the same builder and Save.
  const [draft, setDraft] = useState<ops.PlanDraft>(() => (plan ? ops.draftFromPlan(plan) : ops.emptyDraft()));
  const aiEnabled = useAiEnabled();
  const [aiOpen, setAiOpen] = useState(false);
  /** What the trainer should check in the AI draft just loaded; gone at the first edit. */
  const [aiWarnings, setAiWarnings] = useState<string[] | null>(null);
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [search, setSearch] = useState<{ open: boolean; meal: string }>({ open: false, meal: draft.meals[0] ?? '' });
  const [assigning, setAssigning] = useState(false);
  const [against, setAgainst] = useState<Against>('training');
  const [removingMeal, setRemovingMeal] = useState<string | null>(null);
  const first = client.name.split(' ')[0] ?? client.name;
  const base = `/clients/${encodeURIComponent(client.id)}`;
  const totals = ops.sumMacros(draft.items);
  const target = pickTargets(targets, against);
  const kcalDiff = target ? ops.versusTarget(totals.kcal, target.kcal, tolerance.kcalPct) : null;

  const edit = (change: (old: ops.PlanDraft) => ops.PlanDraft) => {
    setDraft(change);
    setDirty(true);
    setError(undefined);
    setAiWarnings(null);
  };

  const save = async () => {
    const problem = problemsOf(draft);
    if (problem) return setError(problem);
    setSaving(true);
    try {
      const input = ops.toSaveInput(draft);
      const saved = plan ? await trainerNutritionApi.savePlan(plan.id, input) : await trainerNutritionApi.createPlan(client.id, input);
      mealPlansChanged(queryClient, client.id, saved);
      flushSync(() => setDirty(false));
      toast.success(plan ? 'Plan saved' : `Plan saved: put it on ${first}'s days next`);
      if (!plan) void navigate(`${base}/meal-plans/${saved.id}`, { replace: true });
    } catch (caught) {
      setError(
        isApiError(caught) && caught.fields.length > 0 ? caught.fields.map((field) => field.message).join(' ') : errorMessage(caught),
      );
    } finally {
      setSaving(false);
    }
  };

  const saveButton = (
    <Button
      variant={dirty || !plan ? 'primary' : 'secondary'}
      pending={saving}
      onClick={() => void save()}
      disabled={!dirty && plan !== null}
    >
      {dirty || !plan ? 'Save plan' : 'Saved'}
    </Button>
  );

  return (
    <div className="flex flex-col gap-4 pb-24 lg:pb-0">
      <title>{`${draft.name.trim() || 'New meal plan'} · ${client.name} · OneCoach`}</title>
      <LeaveGuard unsaved={dirty} blocking={dirty} />
      <Link to={`${base}/nutrition`} className="inline-flex items-center gap-1 self-start rounded-sm text-sm text-muted hover:text-text">
        <ChevronLeft aria-hidden className="size-4" /> {client.name}'s nutrition
      </Link>
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div className="flex min-w-0 flex-1 basis-72 flex-col gap-1">
          <label htmlFor="plan-name" className="text-sm text-muted">
            Meal plan for {client.name}
          </label>
          <input
            id="plan-name"
            value={draft.name}
            maxLength={80}
            placeholder="e.g. Training day"
            aria-invalid={error === 'Name the plan first.' || undefined}
            onChange={(event) => edit((old) => ({ ...old, name: event.target.value }))}
            className="h-11 w-full max-w-lg rounded-md border border-line-strong bg-surface px-3 text-xl font-semibold text-text placeholder:font-normal placeholder:text-muted aria-invalid:border-danger"
          />
        </div>
        <div className="flex flex-wrap gap-2">
          {aiEnabled && !client.aiOptedOut && (!plan || draft.items.length === 0) && (
            <Button variant="secondary" icon={<Sparkles aria-hidden className="size-4" />} onClick={() => setAiOpen(true)}>
              Draft with AI
            </Button>
          )}
          <Button variant="secondary" disabled={!plan} onClick={() => setAssigning(true)} title={plan ? undefined : 'Save the plan first'}>
            Put on days
          </Button>
          {plan && (
            <>
              <Link to={`${base}/meal-plans/${plan.id}/print`} className={buttonClass('secondary')}>
                <Printer aria-hidden className="size-4" /> Print
              </Link>
              <Link to={`${base}/shopping-list`} className={buttonClass('secondary')}>
                <ShoppingCart aria-hidden className="size-4" /> Shopping list
              </Link>
            </>
          )}
          <span className="hidden lg:contents">{saveButton}</span>
        </div>
      </header>
      <FormError message={error} />
      {aiWarnings && (
        <Notice tone={aiWarnings.length > 0 ? 'warning' : 'info'} title="Drafted with AI: check it, then save">
          {aiWarnings.length > 0 ? (
            <ul className="list-disc pl-4">
              {aiWarnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          ) : (
            <p>Every food is from your database. Nothing is saved until you press Save plan.</p>
          )}
        </Notice>
      )}
      <div className="grid items-start gap-4 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="flex flex-col gap-3">
          {draft.meals.map((meal, index) => (
            <MealPlanMeal
              key={index}
              name={meal}
              index={index}
              count={draft.meals.length}
              items={ops.mealItems(draft, meal)}
              nameError={ops.mealNameProblem(draft.meals, index)}
              kcalTarget={target?.kcal ?? null}
              onRename={(name) => edit((old) => ops.renameMeal(old, meal, name))}
              onMove={(by) => edit((old) => ops.moveMeal(old, meal, by))}
              onRemove={() => (ops.mealItems(draft, meal).length > 0 ? setRemovingMeal(meal) : edit((old) => ops.removeMeal(old, meal)))}
              onAddFood={() => setSearch({ open: true, meal })}
              onChangeItem={(key, change) => edit((old) => ops.updateItem(old, key, change))}
              onRemoveItem={(key) => edit((old) => ops.removeItem(old, key))}
            />
          ))}
          <Button
            variant="ghost"
            className="self-start"
            icon={<Plus aria-hidden className="size-4" />}
            disabled={draft.meals.length >= 8}
            onClick={() => edit(ops.addMeal)}
          >
            Add a meal
          </Button>
          <TextareaField
            label={`Notes for ${first}`}
            optional
            rows={3}
            maxLength={2000}
            value={draft.notes}
            placeholder="e.g. Swap rice for potatoes any day. Drink a glass of water with each meal."
            onChange={(event) => edit((old) => ({ ...old, notes: event.target.value }))}
          />
        </div>
        <aside className="order-first lg:sticky lg:top-4 lg:order-none">
          <Card
            title="Day totals"
            description={target ? `Against ${first}'s ${against === 'rest' ? 'rest-day' : 'training-day'} targets` : undefined}
          >
            <MealPlanTotals
              totals={totals}
              target={target}
              tolerance={tolerance}
              hasRestDay={Boolean(targets?.restDay)}
              against={against}
              onAgainstChange={setAgainst}
            />
          </Card>
        </aside>
      </div>
      <div className="fixed inset-x-0 bottom-0 z-20 flex items-center justify-between gap-3 border-t border-line bg-surface px-4 py-2 pb-[max(0.5rem,env(safe-area-inset-bottom))] lg:hidden">
        <p className="text-sm tabular-nums">
          <span className="font-semibold text-text">{formatWhole(totals.kcal)} kcal</span>
          {kcalDiff && (
            <span className={kcalDiff.status === 'on' ? 'text-success' : 'text-warning'}> {ops.formatDiff(kcalDiff.diff, 'kcal')}</span>
          )}
        </p>
        {saveButton}
      </div>
      <MealPlanFoodSearch
        open={search.open}
        onOpenChange={(open) => setSearch((old) => ({ ...old, open }))}
        clientId={client.id}
        meals={draft.meals}
        meal={draft.meals.includes(search.meal) ? search.meal : (draft.meals[0] ?? '')}
        onMealChange={(meal) => setSearch((old) => ({ ...old, meal }))}
        onPick={(food, meal) => edit((old) => ops.addItem(old, ops.itemFromFood(food, meal)))}
      />
      <ConfirmDialog
        open={removingMeal !== null}
        onOpenChange={(open) => !open && setRemovingMeal(null)}
        title={`Remove ${removingMeal ?? 'this meal'}?`}
        description="Its foods come out of the plan too. Nothing is saved until you save the plan."
        confirmLabel="Remove meal"
        tone="danger"
        onConfirm={() => {
          if (removingMeal !== null) edit((old) => ops.removeMeal(old, removingMeal));
          return Promise.resolve();
        }}
      />
      <MealPlanAiDialog
        clientId={client.id}
        firstName={first}
        open={aiOpen}
        onOpenChange={setAiOpen}
        hasRestDay={Boolean(targets?.restDay)}
        replacing={draft.items.length}
        onDrafted={(result, day) => {
          setDraft(planDraftFromAi(result));
          setDirty(true);
          setError(undefined);
          setAgainst(day);
          setAiWarnings(result.warnings);
        }}
      />
      {plan && (
        <MealPlanAssignDialog
          open={assigning}
          onOpenChange={setAssigning}
          plan={plan}
          today={todayIn(client.onboarding?.timeZone)}
          firstName={first}
        />
      )}
    </div>
  );
}
