import type { Block, PrescribedSet, Prescription, Workout } from '../../../../shared/programs';
import type { Section } from './defaults';
import { copyBlock, copyPrescription, copySet, newId } from './ids';

/*
 * Pure edits of one workout. Each returns a new workout (the editor keeps the old one for undo).
 * Blocks keep their sections together: warm-up first, then main, then cool-down.
 */

const SECTION_RANK: Record<Section, number> = { warmup: 0, main: 1, cooldown: 2 };

/** Where a new block of this section goes: after the last block of its section (or of the sections before it). */
export function insertIndex(blocks: Block[], section: Section): number {
  let index = 0;
  blocks.forEach((block, i) => {
    if (SECTION_RANK[block.section] <= SECTION_RANK[section]) index = i + 1;
  });
  return index;
}

const withBlocks = (workout: Workout, blocks: Block[]): Workout => ({ ...workout, blocks });

export const mapBlock = (workout: Workout, blockId: string, recipe: (block: Block) => Block): Workout =>
  withBlocks(
    workout,
    workout.blocks.map((block) => (block.id === blockId ? recipe(block) : block)),
  );

export const mapPrescription = (workout: Workout, prescriptionId: string, recipe: (p: Prescription) => Prescription): Workout =>
  withBlocks(
    workout,
    workout.blocks.map((block) =>
      block.exercises.some((p) => p.id === prescriptionId)
        ? { ...block, exercises: block.exercises.map((p) => (p.id === prescriptionId ? recipe(p) : p)) }
        : block,
    ),
  );

export const mapSet = (workout: Workout, setId: string, recipe: (set: PrescribedSet) => PrescribedSet): Workout =>
  withBlocks(
    workout,
    workout.blocks.map((block) =>
      block.exercises.some((p) => p.sets.some((s) => s.id === setId))
        ? { ...block, exercises: block.exercises.map((p) => ({ ...p, sets: p.sets.map((s) => (s.id === setId ? recipe(s) : s)) })) }
        : block,
    ),
  );

export function addBlock(workout: Workout, block: Block): Workout {
  const blocks = [...workout.blocks];
  blocks.splice(insertIndex(blocks, block.section), 0, block);
  return withBlocks(workout, blocks);
}

export function moveBlock(workout: Workout, from: number, to: number): Workout {
  if (to < 0 || to >= workout.blocks.length || from === to) return workout;
  const blocks = [...workout.blocks];
  const [moved] = blocks.splice(from, 1);
  if (moved) blocks.splice(to, 0, moved);
  return withBlocks(workout, blocks);
}

export const removeBlock = (workout: Workout, blockId: string): Workout =>
  withBlocks(
    workout,
    workout.blocks.filter((block) => block.id !== blockId),
  );

export function duplicateBlock(workout: Workout, blockId: string): Workout {
  const index = workout.blocks.findIndex((block) => block.id === blockId);
  const block = workout.blocks[index];
  if (!block) return workout;
  const blocks = [...workout.blocks];
  blocks.splice(index + 1, 0, copyBlock(block));
  return withBlocks(workout, blocks);
}

/** Moves a block to another section, keeping sections together. */
export function setSection(workout: Workout, blockId: string, section: Section): Workout {
  const block = workout.blocks.find((b) => b.id === blockId);
  if (!block || block.section === section) return workout;
  const rest = workout.blocks.filter((b) => b.id !== blockId);
  return addBlock(withBlocks(workout, rest), { ...block, section });
}

/** This block and the next become one superset (or circuit). */
export function groupWithNext(workout: Workout, blockId: string, kind: 'superset' | 'circuit'): Workout {
  const index = workout.blocks.findIndex((block) => block.id === blockId);
  const first = workout.blocks[index];
  const second = workout.blocks[index + 1];
  if (!first || !second) return workout;
  const merged: Block = {
    ...first,
    kind: first.kind === 'single' ? kind : first.kind,
    rounds: first.kind === 'circuit' ? first.rounds : kind === 'circuit' ? 3 : 1,
    exercises: [...first.exercises, ...second.exercises],
  };
  const blocks = [...workout.blocks];
  blocks.splice(index, 2, merged);
  return withBlocks(workout, blocks);
}

/** A superset or circuit goes back to one block per exercise. */
export function ungroup(workout: Workout, blockId: string): Workout {
  const index = workout.blocks.findIndex((block) => block.id === blockId);
  const block = workout.blocks[index];
  if (!block || block.kind === 'single') return workout;
  const singles = block.exercises.map((exercise, i): Block => ({
    ...block,
    id: i === 0 ? block.id : newId(),
    kind: 'single',
    rounds: 1,
    restSeconds: null,
    exercises: [exercise],
  }));
  const blocks = [...workout.blocks];
  blocks.splice(index, 1, ...singles);
  return withBlocks(workout, blocks);
}

export const setBlockKind = (workout: Workout, blockId: string, kind: 'superset' | 'circuit'): Workout =>
  mapBlock(workout, blockId, (block) => ({ ...block, kind, rounds: kind === 'circuit' ? Math.max(block.rounds, 2) : 1 }));

export const addToBlock = (workout: Workout, blockId: string, prescription: Prescription): Workout =>
  mapBlock(workout, blockId, (block) => ({ ...block, exercises: [...block.exercises, prescription] }));

/** Removing an exercise: a single block goes; a group shrinks (to a single when one is left). */
export function removePrescription(workout: Workout, prescriptionId: string): Workout {
  const block = workout.blocks.find((b) => b.exercises.some((p) => p.id === prescriptionId));
  if (!block) return workout;
  if (block.exercises.length === 1) return removeBlock(workout, block.id);
  return mapBlock(workout, block.id, (b) => {
    const exercises = b.exercises.filter((p) => p.id !== prescriptionId);
    return exercises.length === 1 ? { ...b, kind: 'single', rounds: 1, exercises } : { ...b, exercises };
  });
}

/** Duplicating an exercise: in a group, a copy joins the group; alone, the copy is a new block below. */
export function duplicatePrescription(workout: Workout, prescriptionId: string): Workout {
  const block = workout.blocks.find((b) => b.exercises.some((p) => p.id === prescriptionId));
  if (!block) return workout;
  if (block.kind === 'single') return duplicateBlock(workout, block.id);
  return mapBlock(workout, block.id, (b) => {
    const index = b.exercises.findIndex((p) => p.id === prescriptionId);
    const exercises = [...b.exercises];
    const source = exercises[index];
    if (source) exercises.splice(index + 1, 0, copyPrescription(source));
    return { ...b, exercises };
  });
}

export function movePrescription(workout: Workout, prescriptionId: string, delta: -1 | 1): Workout {
  const block = workout.blocks.find((b) => b.exercises.some((p) => p.id === prescriptionId));
  if (!block) return workout;
  return mapBlock(workout, block.id, (b) => {
    const from = b.exercises.findIndex((p) => p.id === prescriptionId);
    const to = from + delta;
    if (to < 0 || to >= b.exercises.length) return b;
    const exercises = [...b.exercises];
    const [moved] = exercises.splice(from, 1);
    if (moved) exercises.splice(to, 0, moved);
    return { ...b, exercises };
  });
}

/** "Add set" repeats the last set (a new id, same numbers): the usual next set is the same as the last. */
export const addSet = (workout: Workout, prescriptionId: string): Workout =>
  mapPrescription(workout, prescriptionId, (p) => {
    const last = p.sets[p.sets.length - 1];
    return last ? { ...p, sets: [...p.sets, copySet(last)] } : p;
  });

export const duplicateSet = (workout: Workout, prescriptionId: string, setId: string): Workout =>
  mapPrescription(workout, prescriptionId, (p) => {
    const index = p.sets.findIndex((s) => s.id === setId);
    const source = p.sets[index];
    if (!source) return p;
    const sets = [...p.sets];
    sets.splice(index + 1, 0, copySet(source));
    return { ...p, sets };
  });

export const removeSet = (workout: Workout, prescriptionId: string, setId: string): Workout =>
  mapPrescription(workout, prescriptionId, (p) => ({ ...p, sets: p.sets.filter((s) => s.id !== setId) }));

/** How many exercises a workout has (a superset's counts once per exercise). */
export const exerciseCount = (workout: Pick<Workout, 'blocks'>): number =>
  workout.blocks.reduce((sum, block) => sum + block.exercises.length, 0);
