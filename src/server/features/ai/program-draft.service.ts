import { and, inArray, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { DraftProgramSchema } from '../../../shared/ai';
import type { Program } from '../../../shared/programs';
import { exercises } from '../../db/schema';
import type { Actor } from '../../lib/access';
import { AppError } from '../../lib/errors';
import { loadVisibleClient } from '../clients/client-access';
import { usableEquipment } from '../logging/alternatives';
import { createProgram, saveProgram } from '../programs/programs.service';
import { assertAiAllowed, structuredCompletion } from './ai-gateway';
import type { AssistantDeps } from './assistant.service';
import { draftProblems, draftToContent, DRAFT_JSON_SCHEMA, type Draft } from './program-draft';

type TrainerActor = Extract<Actor, { role: 'trainer' }>;
const CANDIDATES = 80;
/** Everyday movements first, so the model's list holds the staples of the client's equipment. */
const STAPLE = String.raw`(squat|deadlift|bench press|row|pull|press|lunge|curl|extension|raise|plank|push-?up|hip thrust|bridge|dip|chin)`;

/** The library exercises a draft may use: the client's equipment, not archived, everyday ones first. */
async function candidateExercises(deps: AssistantDeps, equipment: string[] | null) {
  return deps.db
    .select({ id: exercises.id, name: exercises.name, muscles: exercises.primaryMuscles, equipment: exercises.equipment })
    .from(exercises)
    .where(
      and(
        isNull(exercises.archivedAt),
        inArray(exercises.category, ['strength', 'powerlifting', 'plyometrics', 'cardio']),
        sql`coalesce(${exercises.level}, '') <> 'expert'`,
        equipment ? inArray(exercises.equipment, equipment) : undefined,
      ),
    )
    .orderBy(sql`(${exercises.name} ~* ${STAPLE}) desc`, sql`length(${exercises.name})`, exercises.name)
    .limit(CANDIDATES);
}

/**
 * A program draft for one client (the trainer): from their onboarding answers, equipment,
 * limitations and the coach's brief, using only library exercises the model was shown, validated
 * as the builder validates (retried once with the problems named, then reported). Saved as a new
 * program in the library for the trainer to edit in the builder and assign; never assigned by itself.
 */
export async function draftProgram(
  deps: AssistantDeps,
  actor: TrainerActor,
  clientId: string,
  input: z.output<typeof DraftProgramSchema>,
): Promise<Program> {
  const client = await loadVisibleClient(deps.db, actor, clientId);
  await assertAiAllowed(deps, { clientId });
  const candidates = await candidateExercises(deps, usableEquipment(client.equipment));
  const allowed = new Set(candidates.map((exercise) => exercise.id));
  const facts = {
    goals: client.goals ?? [],
    experience: client.experience,
    daysPerWeek: client.daysPerWeek,
    equipment: client.equipment ?? [],
    injuriesAndLimitations: client.injuries || 'none given',
    coachBrief: input.brief || 'none',
  };
  const system =
    'You draft training programs for a personal trainer, who will review and edit them. Use only exercises from the list, by their exact id. Respect injuries and limitations. Keep it simple and progressive; notes are short coaching cues.';
  const messages: { role: 'user' | 'assistant'; content: string }[] = [
    {
      role: 'user',
      content: JSON.stringify({
        task: `Draft ${input.workoutsPerWeek} different workouts for one week (the program repeats them for ${input.weeks} weeks).`,
        client: facts,
        exercises: candidates.map((exercise) => ({
          id: exercise.id,
          name: exercise.name,
          muscles: exercise.muscles,
          equipment: exercise.equipment,
        })),
      }),
    },
  ];
  let draft: Draft | null = null;
  let problems: string[] = [];
  for (let attempt = 0; attempt < 2 && !draft; attempt++) {
    const answer = await structuredCompletion(deps, { clientId, feature: 'program_draft', system, messages, schema: DRAFT_JSON_SCHEMA });
    ({ draft, problems } = draftProblems(answer, allowed, input.workoutsPerWeek));
    if (!draft)
      messages.push(
        { role: 'assistant', content: answer },
        { role: 'user', content: `That draft cannot be used: ${problems.join(' ')} Answer again with the whole corrected draft.` },
      );
  }
  if (!draft)
    throw new AppError(
      'UPSTREAM_FAILED',
      'The AI draft was not usable twice, so nothing was saved. Try again, or build the program yourself.',
      { problems },
    );
  const content = draftToContent(draft, input.weeks);
  const program = await createProgram(deps, actor, {
    name: `${draft.name} — draft for ${client.name}`.slice(0, 100),
    description: draft.description,
    tags: ['ai-draft'],
    weeks: input.weeks,
  });
  return saveProgram(deps, actor, program.id, {
    name: program.name,
    description: program.description,
    tags: program.tags,
    content,
    version: program.version,
  });
}
