import { useEffect } from 'react';
import { toast } from 'sonner';
import type { Goal } from '../../../shared/goals';
import { achievementKey, unseenAchieved } from './goal-format';

const KEPT = 200;
const storageKey = (viewer: string) => `onecoach:goals-seen-achieved:${viewer}`;

function readSeen(viewer: string): Set<string> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(storageKey(viewer)) ?? '[]');
    return new Set(Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : []);
  } catch {
    return new Set();
  }
}

function writeSeen(viewer: string, seen: Set<string>) {
  try {
    localStorage.setItem(storageKey(viewer), JSON.stringify([...seen].slice(-KEPT)));
  } catch {
    // private mode or full: the worst case is one more celebration
  }
}

/**
 * A reached goal is celebrated once, briefly, the first time this viewer sees it reached (on this
 * device); the ids seen are remembered in localStorage. No confetti: a toast with a 🎉.
 */
export function useCelebrateGoals(goals: Goal[] | undefined, titleOf: (goal: Goal) => string, who: { viewer: string; name?: string }) {
  const { viewer, name } = who;
  useEffect(() => {
    if (!goals) return;
    const seen = readSeen(viewer);
    const fresh = unseenAchieved(goals, seen);
    if (fresh.length === 0) return;
    for (const goal of fresh) seen.add(achievementKey(goal));
    writeSeen(viewer, seen);
    const [first] = fresh;
    const subject = name ? `${name} reached` : 'You reached';
    const text = fresh.length === 1 && first ? `${subject} a goal: ${titleOf(first)}` : `${subject} ${fresh.length} goals`;
    toast.success(`🎉 ${text}`, { id: `goal-reached-${viewer}` });
    // titleOf is a fresh closure each render: the goals decide when to look again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [goals, viewer, name]);
}
