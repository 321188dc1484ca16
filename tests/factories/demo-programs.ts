import { randomUUID } from 'node:crypto';
import type { Block, PrescribedSet, ProgramContent, ProgressionRule } from '../../src/shared/programs';

/**
 * The demo coach's program library, written the way a coach thinks: exercise, sets × reps, load.
 * `reps` is "5", "8-12" or "45s"; `load` is kg, "bw" for bodyweight, or omitted.
 */
type Line = { ex: string; sets: number; reps: string; load?: number | 'bw'; rest?: number; rule?: ProgressionRule; warmups?: number };
type Day = { name: string; blocks: (Line | { superset: Line[] })[] };
type Template = { name: string; description: string; tags: string[]; weeks: number; days: Day[] };

const plus2_5: ProgressionRule = { kind: 'load_at_top_of_range', increment: { value: 2.5, unit: 'kg' } };

export const DEMO_TEMPLATES: Template[] = [
  {
    name: 'Strength Foundations',
    description: 'Three full-body days built on the big lifts. Add load whenever every set hits the top of the range.',
    tags: ['strength', 'beginner'],
    weeks: 8,
    days: [
      {
        name: 'Squat & Press',
        blocks: [
          { ex: 'Barbell_Squat', sets: 3, reps: '5-8', load: 60, rest: 180, rule: plus2_5, warmups: 2 },
          { ex: 'Barbell_Bench_Press_-_Medium_Grip', sets: 3, reps: '5-8', load: 50, rest: 150, rule: plus2_5, warmups: 1 },
          {
            superset: [
              { ex: 'Bent_Over_Barbell_Row', sets: 3, reps: '8-10', load: 40 },
              { ex: 'Plank', sets: 3, reps: '45s', load: 'bw' },
            ],
          },
        ],
      },
      {
        name: 'Hinge & Pull',
        blocks: [
          { ex: 'Barbell_Deadlift', sets: 3, reps: '3-5', load: 80, rest: 180, rule: plus2_5, warmups: 2 },
          { ex: 'Standing_Military_Press', sets: 3, reps: '6-8', load: 30, rest: 120, rule: plus2_5 },
          { ex: 'Pullups', sets: 3, reps: '5-8', load: 'bw', rest: 120 },
          { ex: 'Face_Pull', sets: 2, reps: '12-15', load: 15, rest: 60 },
        ],
      },
      {
        name: 'Legs & Upper volume',
        blocks: [
          { ex: 'Romanian_Deadlift', sets: 3, reps: '8-10', load: 60, rest: 120, rule: plus2_5 },
          { ex: 'Dumbbell_Bench_Press', sets: 3, reps: '8-12', load: 20, rest: 90 },
          {
            superset: [
              { ex: 'Dumbbell_Lunges', sets: 3, reps: '10-12', load: 12 },
              { ex: 'Seated_Cable_Rows', sets: 3, reps: '10-12', load: 45 },
            ],
          },
        ],
      },
    ],
  },
  {
    name: 'Home Dumbbell Full Body',
    description: 'For clients training at home with a pair of dumbbells: three short sessions a week.',
    tags: ['home', 'fat loss'],
    weeks: 4,
    days: [
      {
        name: 'Full Body A',
        blocks: [
          { ex: 'Goblet_Squat', sets: 3, reps: '10-12', load: 16, rest: 90 },
          {
            superset: [
              { ex: 'Pushups', sets: 3, reps: '8-15', load: 'bw' },
              { ex: 'One-Arm_Dumbbell_Row', sets: 3, reps: '10-12', load: 14 },
            ],
          },
          { ex: 'Plank', sets: 3, reps: '30s', load: 'bw', rest: 45 },
        ],
      },
      {
        name: 'Full Body B',
        blocks: [
          { ex: 'Dumbbell_Lunges', sets: 3, reps: '8-10', load: 10, rest: 90 },
          {
            superset: [
              { ex: 'Dumbbell_Shoulder_Press', sets: 3, reps: '8-12', load: 10 },
              { ex: 'Hammer_Curls', sets: 3, reps: '10-12', load: 8 },
            ],
          },
          { ex: 'Barbell_Glute_Bridge', sets: 3, reps: '12-15', load: 20, rest: 60 },
        ],
      },
      {
        name: 'Full Body C',
        blocks: [
          { ex: 'Kettlebell_One-Legged_Deadlift', sets: 3, reps: '8-10', load: 12, rest: 90 },
          { ex: 'Dumbbell_Bench_Press', sets: 3, reps: '10-12', load: 14, rest: 90 },
          { ex: 'Cat_Stretch', sets: 2, reps: '45s', rest: 30 },
        ],
      },
    ],
  },
  {
    name: 'Hypertrophy Upper / Lower',
    description: 'Four days, two upper and two lower, with supersets to keep sessions under an hour.',
    tags: ['hypertrophy', 'intermediate'],
    weeks: 6,
    days: [
      {
        name: 'Upper 1',
        blocks: [
          { ex: 'Incline_Dumbbell_Press', sets: 4, reps: '8-12', load: 24, rest: 120, rule: plus2_5 },
          { ex: 'Wide-Grip_Lat_Pulldown', sets: 4, reps: '10-12', load: 55, rest: 90 },
          {
            superset: [
              { ex: 'Side_Lateral_Raise', sets: 3, reps: '12-15', load: 8 },
              { ex: 'Triceps_Pushdown_-_Rope_Attachment', sets: 3, reps: '12-15', load: 20 },
            ],
          },
        ],
      },
      {
        name: 'Lower 1',
        blocks: [
          { ex: 'Leg_Press', sets: 4, reps: '10-12', load: 140, rest: 120, rule: plus2_5 },
          { ex: 'Lying_Leg_Curls', sets: 3, reps: '10-12', load: 35, rest: 90 },
          {
            superset: [
              { ex: 'Barbell_Hip_Thrust', sets: 3, reps: '10-12', load: 80 },
              { ex: 'Standing_Calf_Raises', sets: 3, reps: '12-15', load: 40 },
            ],
          },
        ],
      },
      {
        name: 'Upper 2',
        blocks: [
          { ex: 'Barbell_Bench_Press_-_Medium_Grip', sets: 4, reps: '6-10', load: 70, rest: 150, rule: plus2_5 },
          { ex: 'Seated_Cable_Rows', sets: 4, reps: '10-12', load: 60, rest: 90 },
          {
            superset: [
              { ex: 'Face_Pull', sets: 3, reps: '15-20', load: 15 },
              { ex: 'Hammer_Curls', sets: 3, reps: '10-12', load: 12 },
            ],
          },
        ],
      },
      {
        name: 'Lower 2',
        blocks: [
          { ex: 'Romanian_Deadlift', sets: 4, reps: '8-10', load: 90, rest: 150, rule: plus2_5 },
          { ex: 'Dumbbell_Lunges', sets: 3, reps: '10-12', load: 18, rest: 90 },
          { ex: 'Plank', sets: 3, reps: '60s', load: 'bw', rest: 60 },
        ],
      },
    ],
  },
];

function target(reps: string): PrescribedSet['target'] {
  if (reps.endsWith('s')) return { kind: 'time', seconds: Number(reps.slice(0, -1)) };
  const [min, max] = reps.split('-').map(Number);
  return { kind: 'reps', min: min!, max: max ?? min! };
}

function sets(line: Line): PrescribedSet[] {
  const load: PrescribedSet['load'] =
    line.load === undefined
      ? { kind: 'none' }
      : line.load === 'bw'
        ? { kind: 'bodyweight', extra: null }
        : { kind: 'weight', value: line.load, unit: 'kg' };
  const make = (type: PrescribedSet['type'], setLoad: PrescribedSet['load']): PrescribedSet => ({
    id: randomUUID(),
    type,
    target: target(line.reps),
    load: setLoad,
    effort: type === 'working' ? { kind: 'rir', value: 2 } : null,
    tempo: null,
    restSeconds: line.rest ?? null,
    note: '',
  });
  const warm = Array.from({ length: line.warmups ?? 0 }, (_, i) =>
    make('warmup', load.kind === 'weight' ? { ...load, value: Math.round((load.value * (0.5 + 0.2 * i)) / 2.5) * 2.5 } : load),
  );
  return [...warm, ...Array.from({ length: line.sets }, () => make('working', load))];
}

export function templateContent(template: Template, idOf: (sourceId: string) => string): ProgramContent {
  const prescription = (line: Line) => ({
    id: randomUUID(),
    exerciseId: idOf(line.ex),
    sets: sets(line),
    note: '',
    progression: line.rule ?? null,
  });
  const workouts = [];
  for (let week = 1; week <= template.weeks; week++) {
    for (const [index, day] of template.days.entries()) {
      const blocks: Block[] = day.blocks.map((block) =>
        'superset' in block
          ? { id: randomUUID(), kind: 'superset', section: 'main', rounds: 1, restSeconds: 90, exercises: block.superset.map(prescription) }
          : { id: randomUUID(), kind: 'single', section: 'main', rounds: 1, restSeconds: null, exercises: [prescription(block)] },
      );
      workouts.push({ id: randomUUID(), week, order: index + 1, name: day.name, notes: '', blocks });
    }
  }
  return { weeks: template.weeks, workouts };
}

export const demoSourceIds = () => [
  ...new Set(
    DEMO_TEMPLATES.flatMap((t) => t.days.flatMap((d) => d.blocks.flatMap((b) => ('superset' in b ? b.superset : [b]).map((l) => l.ex)))),
  ),
];
