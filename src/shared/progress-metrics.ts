/** Plain constants (no zod), so the client's Progress page can use them without the schema library. */

/** Body metrics every client can track; custom ones are the trainer's (metric = their id). */
export const BUILT_IN_METRICS = {
  weight: { label: 'Body weight', kind: 'mass', higherIsBetter: false },
  body_fat: { label: 'Body fat', kind: 'percent', higherIsBetter: false },
  neck: { label: 'Neck', kind: 'length', higherIsBetter: false },
  chest: { label: 'Chest', kind: 'length', higherIsBetter: true },
  waist: { label: 'Waist', kind: 'length', higherIsBetter: false },
  hips: { label: 'Hips', kind: 'length', higherIsBetter: false },
  arm: { label: 'Arm', kind: 'length', higherIsBetter: true },
  thigh: { label: 'Thigh', kind: 'length', higherIsBetter: true },
  calf: { label: 'Calf', kind: 'length', higherIsBetter: true },
} as const;
export type BuiltInMetric = keyof typeof BUILT_IN_METRICS;
export const BUILT_IN_METRIC_KEYS = Object.keys(BUILT_IN_METRICS) as BuiltInMetric[];

/** Units by kind; values are stored as entered and in the kind's base unit (kg, %, cm). */
export const METRIC_UNITS = { mass: ['kg', 'lb'], percent: ['%'], length: ['cm', 'in'] } as const;
