import type { QueryClient } from '@tanstack/react-query';
import type { MealPlan, SaveMealPlanInput, SaveTargetsInput, Targets } from '../../../shared/nutrition';
import { api } from '../../lib/api';
import { messageKeys, messagesApi, rememberMessage } from '../messages/queries';
import { nutritionKeys } from './queries';

/* The trainer's writes: targets, meal plans and their days, comments on a client's day. */

type Ok = { ok: true };
const clientPath = (id: string) => `/api/clients/${encodeURIComponent(id)}`;
const planPath = (id: string) => `/api/meal-plans/${encodeURIComponent(id)}`;

export const trainerNutritionApi = {
  saveTargets: (clientId: string, input: SaveTargetsInput) =>
    api<Targets>(`${clientPath(clientId)}/nutrition/targets`, { method: 'POST', body: input }),
  createPlan: (clientId: string, input: SaveMealPlanInput) =>
    api<MealPlan>(`${clientPath(clientId)}/meal-plans`, { method: 'POST', body: input }),
  savePlan: (id: string, input: SaveMealPlanInput) => api<MealPlan>(planPath(id), { method: 'PUT', body: input }),
  deletePlan: (id: string) => api<Ok>(planPath(id), { method: 'DELETE' }),
  assignDays: (id: string, dates: string[]) => api<MealPlan>(`${planPath(id)}/days`, { method: 'POST', body: { dates } }),
  unassignDay: (clientId: string, date: string) => api<Ok>(`${clientPath(clientId)}/meal-plan-days/${date}`, { method: 'DELETE' }),
};

/** New targets change the day views (targets, rings) and the weekly compliance too. */
export function targetsChanged(queryClient: QueryClient, clientId: string, saved: Targets) {
  queryClient.setQueryData(nutritionKeys.targets(clientId), (old: { current: Targets | null; history: Targets[] } | undefined) =>
    old ? { current: saved, history: [saved, ...old.history] } : old,
  );
  void queryClient.invalidateQueries({ queryKey: nutritionKeys.targets(clientId) });
  void queryClient.invalidateQueries({ queryKey: nutritionKeys.days(clientId) });
  void queryClient.invalidateQueries({ queryKey: ['nutrition', 'weeks', clientId] });
}

/** A plan saved, assigned or deleted: its page, the client's list, their days and shopping lists. */
export function mealPlansChanged(queryClient: QueryClient, clientId: string, saved?: MealPlan) {
  if (saved) queryClient.setQueryData(nutritionKeys.mealPlan(saved.id), saved);
  void queryClient.invalidateQueries({ queryKey: nutritionKeys.mealPlans(clientId) });
  void queryClient.invalidateQueries({ queryKey: nutritionKeys.days(clientId) });
  void queryClient.invalidateQueries({ queryKey: ['nutrition', 'shopping-list', clientId] });
}

/** A comment on one day of the client's food log: a message about that day, shown under it and in Messages. */
export async function sendDayComment(queryClient: QueryClient, input: { clientId: string; date: string; body: string }) {
  const saved = await messagesApi.send(input.clientId, {
    body: input.body,
    subject: { type: 'food_day', id: input.date },
    attachmentId: null,
  });
  rememberMessage(queryClient, saved);
  void queryClient.invalidateQueries({ queryKey: nutritionKeys.day(input.clientId, input.date) });
  void queryClient.invalidateQueries({ queryKey: messageKeys.conversation(input.clientId) });
  return saved;
}
