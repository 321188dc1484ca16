import { LockKeyhole } from 'lucide-react';
import { Link } from 'react-router';
import type { PlanArea } from '../../../shared/billing';
import { isApiError } from '../../lib/api';
import { buttonClass } from '../../ui/button';
import { EmptyState } from '../../ui/states';

// Kept here rather than imported from the shared billing module: that module brings zod, and this
// state may be shown by screens in the first download (Today).
const AREA_NAMES: Record<PlanArea, string> = {
  messaging: 'Messaging with your coach',
  checkins: 'Check-ins and habits',
  nutrition: 'Nutrition',
  ai_coach: 'The AI coach',
};

/** The area a gated route refused because the client's plan lacks it (403 with details.area), or null. */
export function notInPlanArea(error: unknown): string | null {
  if (!isApiError(error) || error.status !== 403) return null;
  const area = error.details.area;
  return typeof area === 'string' ? area : null;
}

/**
 * What a client sees instead of a screen their plan doesn't include: calm, nothing lost, where to
 * go. Pages show it when a query fails with `notInPlanArea(error)`.
 */
export function NotInPlan({ area, className }: { area: string; className?: string }) {
  const name = AREA_NAMES[area as PlanArea] ?? 'This part of OneCoach';
  return (
    <EmptyState
      icon={<LockKeyhole />}
      title={`${name} ${name.endsWith('habits') ? "aren't" : "isn't"} part of your plan`}
      className={className}
      action={
        <Link to="/billing" className={buttonClass('primary')}>
          See your plan
        </Link>
      }
    >
      Your workouts and progress are all still here. To add this, see your plan under Billing or ask your coach.
    </EmptyState>
  );
}
