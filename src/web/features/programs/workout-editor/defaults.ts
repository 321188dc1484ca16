import type { Exercise } from '../../../../shared/exercises';
import type { Block, BLOCK_SECTIONS, PrescribedSet, Prescription } from '../../../../shared/programs';
import type { Units } from '../../../../shared/clients';
import { newId } from './ids';

export type Section = (typeof BLOCK_SECTIONS)[number];

const set = (partial: Partial<PrescribedSet> & Pick<PrescribedSet, 'target'>): PrescribedSet => ({
  id: newId(),
  type: 'working',
  load: { kind: 'none' },
  effort: null,
  tempo: null,
  restSeconds: null,
  note: '',
  ...partial,
});

/** A sensible first prescription for an exercise, by what kind of exercise it is. */
export function defaultSets(exercise: Pick<Exercise, 'category' | 'equipment'> | undefined, section: Section): PrescribedSet[] {
  const bodyweight = exercise?.equipment === 'body only';
  const load: PrescribedSet['load'] = bodyweight ? { kind: 'bodyweight', extra: null } : { kind: 'none' };
  if (exercise?.category === 'cardio') return [set({ target: { kind: 'time', seconds: section === 'main' ? 20 * 60 : 5 * 60 } })];
  if (exercise?.category === 'stretching' || section !== 'main') {
    const type = section === 'main' ? 'working' : 'warmup';
    return [0, 1].map(() => set({ type, target: { kind: 'time', seconds: 30 }, load }));
  }
  return [0, 1, 2].map(() => set({ target: { kind: 'reps', min: 8, max: 12 }, load }));
}

export function newPrescription(exercise: Pick<Exercise, 'id' | 'category' | 'equipment'>, section: Section): Prescription {
  return { id: newId(), exerciseId: exercise.id, sets: defaultSets(exercise, section), note: '', progression: null };
}

export function newBlock(prescription: Prescription, section: Section, kind: Block['kind'] = 'single'): Block {
  return { id: newId(), kind, section, rounds: kind === 'circuit' ? 3 : 1, restSeconds: null, exercises: [prescription] };
}

/** Units for new loads: kg unless the program's owner works in lb. */
export const unitsOrDefault = (units: Units | undefined | null): Units => units ?? 'kg';
