import type { CheckinForm, Question, QuestionType, SaveFormInput } from '../../../shared/checkins';

/* The form builder's pure edits: new questions, type changes, moves, the payload, and errors by question. */

export type FormDraft = { name: string; description: string; questions: Question[]; archived: boolean };

/** Errors keyed `name`, `description`, `questions` (the list) or `<questionId>.<field>`. */
export type FormErrors = Record<string, string>;

const blank: Omit<Question, 'id' | 'type'> = {
  prompt: '',
  help: '',
  required: false,
  lowLabel: '',
  highLabel: '',
  unit: '',
  options: [],
  pose: null,
  metrics: [],
};

const isChoice = (type: QuestionType) => type === 'single_choice' || type === 'multi_choice';
const isScale = (type: QuestionType) => type === 'scale_5' || type === 'scale_10';

/** What a fresh question of a type starts with (two empty choices, weight for a measurements block). */
function defaultsFor(type: QuestionType): Partial<Question> {
  if (isChoice(type)) return { options: ['', ''] };
  if (type === 'body_metrics') return { metrics: ['weight'], prompt: 'Weigh-in' };
  if (type === 'photo') return { pose: 'front' };
  return {};
}

export function newQuestion(type: QuestionType, id: string = crypto.randomUUID()): Question {
  return { ...blank, ...defaultsFor(type), id, type };
}

/** Changing the type keeps the words (prompt, help, required) and what still fits; the rest starts fresh. */
export function changeType(question: Question, type: QuestionType): Question {
  const next: Question = { ...newQuestion(type, question.id), prompt: question.prompt, help: question.help, required: question.required };
  if (isScale(type) && isScale(question.type)) return { ...next, lowLabel: question.lowLabel, highLabel: question.highLabel };
  if (isChoice(type) && isChoice(question.type)) return { ...next, options: question.options };
  if (type === 'body_metrics' && !question.prompt) return { ...next, prompt: 'Weigh-in' };
  return next;
}

export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= items.length || to >= items.length) return [...items];
  const next = [...items];
  const [moved] = next.splice(from, 1);
  if (moved !== undefined) next.splice(to, 0, moved);
  return next;
}

/** A copy just below the original, with its own id. */
export function duplicateQuestion(questions: readonly Question[], index: number, id: string = crypto.randomUUID()): Question[] {
  const source = questions[index];
  if (!source) return [...questions];
  const next = [...questions];
  next.splice(index + 1, 0, { ...source, id, options: [...source.options], metrics: [...source.metrics] });
  return next;
}

/** Only what each type uses is sent, so a scale turned into text carries no stale labels. */
export function cleanQuestion(question: Question): Question {
  const { type } = question;
  return {
    ...blank,
    id: question.id,
    type,
    prompt: question.prompt.trim(),
    help: question.help.trim(),
    required: question.required,
    ...(isScale(type) ? { lowLabel: question.lowLabel.trim(), highLabel: question.highLabel.trim() } : {}),
    ...(type === 'number' ? { unit: question.unit.trim() } : {}),
    ...(isChoice(type) ? { options: question.options.map((option) => option.trim()) } : {}),
    ...(type === 'photo' ? { pose: question.pose } : {}),
    ...(type === 'body_metrics' ? { metrics: question.metrics } : {}),
  };
}

export function toSaveInput(draft: FormDraft): SaveFormInput {
  return {
    name: draft.name.trim(),
    description: draft.description.trim(),
    questions: draft.questions.map(cleanQuestion),
    archived: draft.archived,
  };
}

export const draftFrom = (form: CheckinForm | undefined): FormDraft =>
  form
    ? { name: form.name, description: form.description, questions: form.questions, archived: form.archived }
    : { name: '', description: '', questions: [newQuestion('scale_10')], archived: false };

/**
 * Field errors (from the shared schema or the server: `questions.2.options.1`) keyed by what the
 * builder shows them on: the question's id and its field, so they follow a question that moves.
 */
export function errorsByField(issues: { path: string; message: string }[], questions: readonly Question[]): FormErrors {
  const errors: FormErrors = {};
  for (const issue of issues) {
    const [top = 'form', index, field] = issue.path.split('.');
    if (top !== 'questions' || index === undefined) {
      errors[top] ??= issue.message;
      continue;
    }
    const question = questions[Number(index)];
    if (!question) {
      errors.questions ??= issue.message;
      continue;
    }
    errors[`${question.id}.${field ?? 'prompt'}`] ??= issue.message;
  }
  return errors;
}

/** The first question (in order) that has an error: the builder scrolls it into view. */
export function firstQuestionWithError(errors: FormErrors, questions: readonly Question[]): Question | undefined {
  return questions.find((question) => Object.keys(errors).some((key) => key.startsWith(`${question.id}.`)));
}

export const questionErrors = (errors: FormErrors, id: string) =>
  Object.fromEntries(
    Object.entries(errors)
      .filter(([key]) => key.startsWith(`${id}.`))
      .map(([key, message]) => [key.slice(id.length + 1), message]),
  );
