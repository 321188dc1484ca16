import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { addDays, isoWeekday } from '../../src/server/features/programs/schedule-rules';
import type { Agent } from '../setup/agent';

/**
 * Weeks of believable history for one client, through the real API (so records, goals and badges
 * come out of the same code as in use): weigh-ins most mornings drifting toward a goal, a weekly
 * waist and a fortnightly body-fat reading, three workouts a week (A/B, loads creeping up), a
 * weight goal and a squat goal, and front/side/back photos every four weeks. Deterministic for a
 * given seed. Used by `npm run seed:demo` and the progress browser journey.
 */
export type HistoryOptions = {
  client: Agent;
  clientId: string;
  /** The client's today (their calendar). */
  today: string;
  weeks?: number;
  units: 'kg' | 'lb';
  startKg: number;
  /** Kilograms a week (negative to gain). */
  lossPerWeek: number;
  /** Exercise ids: [squat, bench, row/pull, deadlift/hinge, curl]. */
  exercises: [string, string, string, string, string];
  /** Starting working loads in kg for the four barbell lifts and the curl. */
  loads: [number, number, number, number, number];
  photos?: boolean;
  seed?: number;
};

/** A small seeded random source, so the demo looks the same every time. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LB = 0.45359237;
const round = (value: number, step: number) => Math.round(value / step) * step;

/** A plain figure on a backdrop: wider or narrower with body weight, so the compare view shows change. */
async function figurePhoto(widthFactor: number, pose: 'front' | 'side' | 'back'): Promise<Uint8Array<ArrayBuffer>> {
  const body = Math.round((pose === 'side' ? 90 : 150) * widthFactor);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="800">
    <rect width="600" height="800" fill="#e9e4dc"/>
    <rect y="640" width="600" height="160" fill="#cfc6b8"/>
    <circle cx="300" cy="150" r="55" fill="#b07a5a"/>
    <rect x="${300 - body / 2}" y="210" width="${body}" height="260" rx="${Math.round(body / 3)}" fill="#3f5b8c"/>
    <rect x="${300 - body / 2 + 8}" y="460" width="${Math.round(body / 2 - 12)}" height="200" rx="20" fill="#2c2f38"/>
    <rect x="${300 + 4}" y="460" width="${Math.round(body / 2 - 12)}" height="200" rx="20" fill="#2c2f38"/>
    ${pose === 'back' ? '<rect x="270" y="230" width="60" height="12" fill="#2b4470"/>' : ''}
  </svg>`;
  return new Uint8Array(await sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer());
}

export async function seedProgressHistory(options: HistoryOptions) {
  const weeks = options.weeks ?? 12;
  const rand = random(options.seed ?? 7);
  const { client, clientId, today } = options;
  const first = addDays(today, -7 * weeks);
  const shown = (kg: number) => (options.units === 'lb' ? round(kg / LB, 0.2) : round(kg, 0.1));
  let sessions = 0;
  let trainingDay = 0;

  for (let offset = 0; offset <= 7 * weeks; offset++) {
    const date = addDays(first, offset);
    const weeksIn = offset / 7;
    const kg = options.startKg - options.lossPerWeek * weeksIn + (rand() - 0.5) * 0.9;
    const entries: Array<{ metric: string; value: number; unit: string }> = [];
    if (rand() < 0.85 || offset === 0 || date === today) entries.push({ metric: 'weight', value: shown(kg), unit: options.units });
    if (offset % 7 === 0) {
      const waistCm = 88 - options.lossPerWeek * weeksIn * 0.9 + (rand() - 0.5) * 0.6;
      entries.push(
        options.units === 'lb'
          ? { metric: 'waist', value: round(waistCm / 2.54, 0.1), unit: 'in' }
          : { metric: 'waist', value: round(waistCm, 0.1), unit: 'cm' },
      );
    }
    if (offset % 14 === 0)
      entries.push({ metric: 'body_fat', value: round(24 - options.lossPerWeek * weeksIn * 0.6 + (rand() - 0.5), 0.1), unit: '%' });
    if (entries.length) {
      const res = await client.post(`/api/clients/${clientId}/measurements`, { date, entries });
      if (res.status !== 201) throw new Error(`measurement ${date}: ${res.status} ${JSON.stringify(res.body)}`);
    }

    // Monday, Wednesday, Friday, most weeks (a missed day now and then), never today.
    if ([1, 3, 5].includes(isoWeekday(date)) && date < today && rand() < 0.88) {
      trainingDay += 1;
      const a = trainingDay % 2 === 1;
      const id = randomUUID();
      const started = new Date(`${date}T${String(7 + Math.floor(rand() * 11)).padStart(2, '0')}:0${Math.floor(rand() * 6)}:00Z`);
      const at = (minutes: number) => new Date(started.getTime() + minutes * 60_000).toISOString();
      const start = await client.put(`/api/me/sessions/${id}`, {
        name: a ? 'Full body A' : 'Full body B',
        startedAt: started.toISOString(),
      });
      if (start.status !== 201 && start.status !== 200) throw new Error(`session ${date}: ${start.status} ${JSON.stringify(start.body)}`);
      const plan: Array<[number, number]> = a
        ? [
            [0, 5],
            [1, 6],
            [4, 10],
          ]
        : [
            [3, 5],
            [2, 8],
            [1, 8],
          ];
      let minute = 4;
      for (const [position, [exercise, reps]] of plan.entries()) {
        const progress = 1 + 0.012 * weeksIn;
        const kgLoad = options.loads[exercise]! * progress;
        for (let setNumber = 1; setNumber <= 3; setNumber++) {
          const load = options.units === 'lb' ? round(kgLoad / LB, 5) : round(kgLoad, 2.5);
          const done = reps - (setNumber === 3 && rand() < 0.4 ? 1 : 0);
          const res = await client.put(`/api/me/sessions/${id}/sets/${randomUUID()}`, {
            exerciseId: options.exercises[exercise],
            position,
            setNumber,
            weight: load,
            unit: options.units,
            reps: done,
            rpe: 7 + Math.round(rand() * 4) / 2,
            loggedAt: at(minute),
          });
          if (res.status !== 200) throw new Error(`set ${date}: ${res.status} ${JSON.stringify(res.body)}`);
          minute += 3;
        }
      }
      await client.post(`/api/me/sessions/${id}/finish`, { finishedAt: at(minute + 5), rating: 3 + Math.floor(rand() * 3) });
      sessions += 1;
    }

    if (options.photos && offset % 28 === 0) {
      const factor = (options.startKg - options.lossPerWeek * weeksIn) / options.startKg;
      for (const pose of ['front', 'side', 'back'] as const) {
        const form = new FormData();
        form.append('file', new File([await figurePhoto(factor, pose)], `${pose}-${date}.jpg`, { type: 'image/jpeg' }));
        form.append('pose', pose);
        form.append('date', date);
        const res = await client.request('POST', `/api/clients/${clientId}/photos`, form);
        if (res.status !== 201) throw new Error(`photo ${date}: ${res.status} ${JSON.stringify(res.body)}`);
      }
    }
  }

  const current = options.startKg - options.lossPerWeek * weeks;
  const goalKg = options.startKg - options.lossPerWeek * (weeks + 8);
  await client.post(`/api/clients/${clientId}/goals`, {
    kind: 'weight',
    title: 'Goal weight',
    start: shown(options.startKg),
    target: shown(goalKg),
    unit: options.units,
    deadline: addDays(today, 10 * 7),
  });
  const squatNow = options.loads[0] * (1 + 0.012 * weeks) * (1 + 5 / 30);
  await client.post(`/api/clients/${clientId}/goals`, {
    kind: 'lift',
    exerciseId: options.exercises[0],
    title: 'Squat strength',
    target: options.units === 'lb' ? round((squatNow * 1.12) / LB, 5) : round(squatNow * 1.12, 2.5),
    unit: options.units,
    deadline: addDays(today, 12 * 7),
  });
  return { sessions, currentKg: current };
}
