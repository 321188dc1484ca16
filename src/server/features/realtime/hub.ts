import type { Message } from '../../../shared/messages';
import type { Actor } from '../../lib/access';

/**
 * Live events inside one server process. The web app listens through server-sent events and
 * falls back to polling where a long-lived stream is not possible (Netlify Functions) or fails.
 * An event names its audience: a conversation (its client and the trainer) or one user.
 */
export type LiveEvent =
  | { type: 'message'; clientId: string; message: Message }
  | { type: 'read'; clientId: string; reader: 'trainer' | 'client'; at: string }
  | { type: 'notifications'; userId: string }
  /** A check-in of this client was sent or reviewed. */
  | { type: 'checkins'; clientId: string }
  /** The client's access ended (archived): their streams close. */
  | { type: 'closed'; clientId: string };

export type Listener = (event: LiveEvent) => void;

export type Hub = {
  publish(event: LiveEvent): void;
  subscribe(actor: Actor, listener: Listener): () => void;
  size(): number;
};

/** Whether an event may reach this person: a client only ever hears about their own conversation. */
export function canReceive(actor: Actor, event: LiveEvent): boolean {
  if (event.type === 'notifications') return event.userId === actor.userId;
  if (actor.role === 'trainer') return event.type !== 'closed';
  return event.clientId === actor.clientId;
}

/** What a client sees of an event: automated messages read as their coach's (no "automated"). */
export function viewFor(actor: Actor, event: LiveEvent): LiveEvent {
  if (actor.role === 'client' && event.type === 'message') return { ...event, message: { ...event.message, automated: false } };
  return event;
}

export function createHub(): Hub {
  const subscribers = new Map<Listener, Actor>();
  return {
    publish(event) {
      for (const [listener, actor] of subscribers) {
        if (!canReceive(actor, event)) continue;
        try {
          listener(viewFor(actor, event));
        } catch {
          // A broken listener (its stream already gone) must not stop delivery to the others.
        }
      }
    },
    subscribe(actor, listener) {
      subscribers.set(listener, actor);
      return () => subscribers.delete(listener);
    },
    size: () => subscribers.size,
  };
}

/** For code paths without live delivery (jobs on Netlify, scripts). */
export const silentHub: Hub = { publish() {}, subscribe: () => () => {}, size: () => 0 };
