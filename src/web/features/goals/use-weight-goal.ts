import { useQuery } from '@tanstack/react-query';
import { goalsQuery } from './queries';

/**
 * The client's active body-weight goal for the weight chart's dashed line (value in kg), or null.
 * With more than one, the latest set wins. Shares the goals card's request.
 */
export function useWeightGoal(clientId: string): { value: number; label: string } | null {
  const goals = useQuery(goalsQuery(clientId));
  const goal = goals.data?.findLast((item) => item.kind === 'weight' && item.status === 'active');
  return goal ? { value: goal.targetValue, label: goal.title.trim() || 'Goal' } : null;
}
