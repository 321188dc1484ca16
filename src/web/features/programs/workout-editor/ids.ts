import type { Block, PrescribedSet, Prescription, Workout } from '../../../../shared/programs';

/** Ids inside a program are made here and never change, so calendars and logs can point at them. */
export const newId = (): string => crypto.randomUUID();

export const copySet = (set: PrescribedSet): PrescribedSet => ({ ...set, id: newId() });

export const copyPrescription = (prescription: Prescription): Prescription => ({
  ...prescription,
  id: newId(),
  sets: prescription.sets.map(copySet),
});

export const copyBlock = (block: Block): Block => ({ ...block, id: newId(), exercises: block.exercises.map(copyPrescription) });

export const copyWorkout = (workout: Workout): Workout => ({ ...workout, id: newId(), blocks: workout.blocks.map(copyBlock) });
