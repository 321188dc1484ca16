import { queryOptions } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type {
  Checkin,
  CheckinForm,
  CheckinSchedule,
  Habit,
  SaveFormInput,
  SaveHabitInput,
  SaveScheduleInput,
  SubmitCheckinInput,
} from '../../../shared/checkins';
import type { Attachment } from '../../../shared/messages';
import { api, upload } from '../../lib/api';
import { onLiveEvents, pollUnlessLive } from '../../lib/live-events';

/*
 * Check-ins and habits, both sides (trainer: forms, schedules, review inbox, habits; client: what
 * is due, sending, ticking habits). Only types from shared/checkins: the client's Today page
 * imports this file, zod stays out of its download.
 */

/** GET /api/checkins/review-queue: waiting check-ins, oldest first, and the coach's typical reply time. */
export type ReviewQueueItem = {
  id: string;
  clientId: string;
  clientName: string;
  formName: string;
  dueDate: string;
  submittedAt: string;
  waitingHours: number;
};
export type ReviewQueue = { items: ReviewQueueItem[]; coachReplyHours: number | null };

/** GET /api/checkins/:id: one check-in, the previous one of the same form, and the client's context. */
export type WeightPoint = { date: string; kg: number; averageKg: number };
export type CheckinContext = {
  weight: WeightPoint[];
  units: 'kg' | 'lb';
  compliance: { d7: number | null; d30: number | null; d90: number | null };
  habits: Habit[];
};
export type CheckinDetail = { checkin: Checkin; previous: Checkin | null; context: CheckinContext };

/** GET /api/me/checkins: what is due now, and the coach's median reply time (null until there is enough data). */
export type MyCheckins = { current: Checkin[]; coachReplyHours: number | null };
/** GET /api/clients/:id/checkins: current ones and the history of sent ones, newest first. */
export type ClientCheckins = { current: Checkin[]; history: Checkin[] };

type Ok = { ok: true };

/** Everything about check-ins sits under 'checkins' and habits under 'habits': one invalidation each refreshes it all. */
export const checkinKeys = {
  all: ['checkins'] as const,
  forms: ['checkins', 'forms'] as const,
  form: (id: string) => ['checkins', 'forms', id] as const,
  schedules: ['checkins', 'schedules'] as const,
  /** null: every running schedule; a client id: theirs and the all-clients ones. */
  scheduleList: (clientId: string | null) => ['checkins', 'schedules', clientId ?? 'all'] as const,
  mine: ['checkins', 'me'] as const,
  reviewQueue: ['checkins', 'review-queue'] as const,
  detail: (id: string) => ['checkins', 'detail', id] as const,
  client: (clientId: string) => ['checkins', 'client', clientId] as const,
};

export const habitKeys = {
  all: ['habits'] as const,
  client: (clientId: string) => ['habits', clientId] as const,
};

/** Without live events, the inbox count and the client's Today poll this often. */
const POLL_MS = 60_000;

const formPath = (id: string) => `/api/checkin-forms/${encodeURIComponent(id)}`;
const checkinPath = (id: string) => `/api/checkins/${encodeURIComponent(id)}`;
const clientPath = (id: string) => `/api/clients/${encodeURIComponent(id)}`;
const habitPath = (id: string) => `/api/habits/${encodeURIComponent(id)}`;

/* ---------- Trainer: forms ---------- */

/** Every form, archived ones included (filter with `archived`). */
export const checkinFormsQuery = () =>
  queryOptions({
    queryKey: checkinKeys.forms,
    queryFn: ({ signal }) => api<{ items: CheckinForm[] }>('/api/checkin-forms', { signal }),
    select: (data) => data.items,
  });

export const checkinFormQuery = (id: string) =>
  queryOptions({
    queryKey: checkinKeys.form(id),
    queryFn: ({ signal }) => api<CheckinForm>(formPath(id), { signal }),
    enabled: id !== '',
  });

/* ---------- Trainer: schedules ---------- */

/** Running schedules: all of them (clientId null), or one client's and the all-clients ones. */
export const checkinSchedulesQuery = (clientId: string | null) =>
  queryOptions({
    queryKey: checkinKeys.scheduleList(clientId),
    queryFn: ({ signal }) =>
      api<{ items: CheckinSchedule[] }>('/api/checkin-schedules', { query: { clientId: clientId ?? undefined }, signal }),
    select: (data) => data.items,
  });

/* ---------- Trainer: review ---------- */

/** The review inbox (and the nav badge): waiting times grow by themselves, so it refreshes every minute anyway. */
export const reviewQueueQuery = () =>
  queryOptions({
    queryKey: checkinKeys.reviewQueue,
    queryFn: ({ signal }) => api<ReviewQueue>('/api/checkins/review-queue', { signal }),
    refetchInterval: POLL_MS,
  });

/** One check-in with the previous one and the context (the trainer, or the client for their own). */
export const checkinDetailQuery = (id: string) =>
  queryOptions({
    queryKey: checkinKeys.detail(id),
    queryFn: ({ signal }) => api<CheckinDetail>(checkinPath(id), { signal }),
    enabled: id !== '',
  });

/* ---------- Either side: one client's check-ins and habits ---------- */

export const clientCheckinsQuery = (clientId: string) =>
  queryOptions({
    queryKey: checkinKeys.client(clientId),
    queryFn: ({ signal }) => api<ClientCheckins>(`${clientPath(clientId)}/checkins`, { signal }),
    enabled: clientId !== '',
  });

/** Habits with streaks and 7/30-day compliance (archived ones included: filter with `archived`). */
export const habitsQuery = (clientId: string) =>
  queryOptions({
    queryKey: habitKeys.client(clientId),
    queryFn: ({ signal }) => api<{ items: Habit[] }>(`${clientPath(clientId)}/habits`, { signal }),
    select: (data) => data.items,
    enabled: clientId !== '',
  });

/* ---------- Client: what is due ---------- */

export const myCheckinsQuery = () =>
  queryOptions({
    queryKey: checkinKeys.mine,
    queryFn: ({ signal }) => api<MyCheckins>('/api/me/checkins', { signal }),
    refetchInterval: pollUnlessLive(POLL_MS),
  });

/* ---------- Mutations ---------- */

export const checkinsApi = {
  /* Trainer */
  createForm: (input: SaveFormInput) => api<CheckinForm>('/api/checkin-forms', { method: 'POST', body: input }),
  /** Also archives (archived: true) or restores a form: the whole form is sent each time. */
  updateForm: (id: string, input: SaveFormInput) => api<CheckinForm>(formPath(id), { method: 'PUT', body: input }),
  createSchedule: (input: SaveScheduleInput) => api<CheckinSchedule>('/api/checkin-schedules', { method: 'POST', body: input }),
  stopSchedule: (id: string) => api<Ok>(`/api/checkin-schedules/${encodeURIComponent(id)}`, { method: 'DELETE' }),
  /** Mark reviewed; a non-empty reply reaches the client as a message about this check-in. */
  review: (id: string, reply: string) => api<Checkin>(`${checkinPath(id)}/review`, { method: 'POST', body: { reply } }),

  /* Client */
  submit: (input: SubmitCheckinInput) => api<Checkin>('/api/me/checkins', { method: 'POST', body: input }),
  /** A photo answer: upload first, then send its id as the answer's value. */
  uploadPhoto: (file: File, options: { signal?: AbortSignal; onProgress?: (fraction: number) => void } = {}) => {
    const form = new FormData();
    form.append('file', file);
    form.append('purpose', 'checkin');
    return upload<Attachment>('/api/uploads', form, options);
  },
};

export const habitsApi = {
  /* Trainer */
  create: (clientId: string, input: SaveHabitInput) => api<Habit>(`${clientPath(clientId)}/habits`, { method: 'POST', body: input }),
  /** Also archives (archived: true): the whole habit is sent each time. */
  update: (id: string, input: SaveHabitInput) => api<Habit>(habitPath(id), { method: 'PUT', body: input }),
  remove: (id: string) => api<Ok>(habitPath(id), { method: 'DELETE' }),

  /* Client: yes = 1, or the number; logging again replaces the day's value. */
  log: (id: string, date: string, value: number) =>
    api<Habit>(`/api/me/habits/${encodeURIComponent(id)}/days/${encodeURIComponent(date)}`, { method: 'PUT', body: { value } }),
  clearDay: (id: string, date: string) =>
    api<Habit>(`/api/me/habits/${encodeURIComponent(id)}/days/${encodeURIComponent(date)}`, { method: 'DELETE' }),
};

/* ---------- After a change ---------- */

/** The attention list's key (kept literal: the client's download has no need of the attention feature). */
const ATTENTION_KEY = ['attention'] as const;

/**
 * After a check-in is sent, reviewed, or a form/schedule changes: every check-in view refetches, and so
 * does the trainer's attention list. Sending one also writes measurements and photos of the client.
 */
export function checkinsChanged(queryClient: QueryClient, clientId?: string): void {
  void queryClient.invalidateQueries({ queryKey: checkinKeys.all });
  void queryClient.invalidateQueries({ queryKey: ATTENTION_KEY });
  if (clientId) {
    void queryClient.invalidateQueries({ queryKey: ['metrics', 'client', clientId] });
    void queryClient.invalidateQueries({ queryKey: ['photos', clientId] });
  }
}

/** After a reply: it is a message in the client's conversation. */
export function reviewed(queryClient: QueryClient, checkin: Checkin): void {
  if (checkin.id) {
    queryClient.setQueryData<CheckinDetail>(checkinKeys.detail(checkin.id), (data) => (data ? { ...data, checkin } : data));
  }
  checkinsChanged(queryClient);
  void queryClient.invalidateQueries({ queryKey: ['messages'] });
}

/** After a habit changes or is logged: the habit lists, and the review page's context that shows them. */
export function habitsChanged(queryClient: QueryClient, habit?: Habit): void {
  if (habit) {
    queryClient.setQueryData<{ items: Habit[] }>(habitKeys.client(habit.clientId), (data) =>
      data ? { items: data.items.map((item) => (item.id === habit.id ? habit : item)) } : data,
    );
  }
  void queryClient.invalidateQueries({ queryKey: habitKeys.all });
  void queryClient.invalidateQueries({ queryKey: ['checkins', 'detail'] });
  void queryClient.invalidateQueries({ queryKey: ATTENTION_KEY });
}

onLiveEvents({
  checkins: (queryClient, clientId) => checkinsChanged(queryClient, clientId),
  resync: (queryClient) => void queryClient.invalidateQueries({ queryKey: checkinKeys.all }),
});
