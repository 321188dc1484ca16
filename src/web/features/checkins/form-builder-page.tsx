import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Archive, ArchiveRestore, CalendarPlus, ChevronLeft, Eye, FileQuestion, Plus } from 'lucide-react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { toast } from 'sonner';
import { QUESTION_TYPE_LABELS, QUESTION_TYPES, SaveFormSchema } from '../../../shared/checkins';
import type { CheckinForm, QuestionType } from '../../../shared/checkins';
import { isApiError } from '../../lib/api';
import { Badge } from '../../ui/badge';
import { Button, buttonClass } from '../../ui/button';
import { Card } from '../../ui/card';
import { ConfirmDialog, Dialog } from '../../ui/dialog';
import { TextareaField, TextField } from '../../ui/field';
import { FormError } from '../../ui/notice';
import { LoadingRegion, Skeleton } from '../../ui/skeleton';
import { EmptyState, ErrorState } from '../../ui/states';
import { metricDefinitionsQuery } from '../metrics/queries';
import { LeaveGuard } from '../programs/builder/leave-guard';
import { draftFrom, errorsByField, firstQuestionWithError, newQuestion, toSaveInput } from './form-ops';
import type { FormDraft, FormErrors } from './form-ops';
import { FormPreview } from './form-preview';
import { QuestionList } from './form-question-list';
import { checkinFormQuery, checkinKeys, checkinsApi } from './queries';
import { ScheduleDialog } from './trainer-schedule-dialog';
import { useScheduleCounts } from './trainer-schedule-list';

const backLink = (
  <Link to="/checkins/forms" className="inline-flex items-center gap-1 self-start rounded-sm text-sm text-muted hover:text-text">
    <ChevronLeft aria-hidden className="size-4" /> Check-in forms
  </Link>
);

/** Scroll the first question with a problem into view, so an error is never off screen. */
function revealError(errors: FormErrors, draft: FormDraft) {
  const question = firstQuestionWithError(errors, draft.questions);
  requestAnimationFrame(() => {
    const target = question
      ? document.querySelector<HTMLElement>(`[data-question-id="${question.id}"]`)
      : document.querySelector<HTMLElement>('[data-form-top]');
    target?.scrollIntoView({ behavior: 'smooth', block: 'center' });
    target?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus({ preventScroll: true });
  });
}

function AddQuestion({ onAdd }: { onAdd: (type: QuestionType) => void }) {
  return (
    <div className="rounded-lg border border-dashed border-line-strong p-3 sm:p-4">
      <p className="mb-2 flex items-center gap-1.5 text-sm font-medium text-text">
        <Plus aria-hidden className="size-4" /> Add a question
      </p>
      <div className="flex flex-wrap gap-2">
        {QUESTION_TYPES.map((type) => (
          <Button key={type} variant="secondary" size="sm" onClick={() => onAdd(type)}>
            {QUESTION_TYPE_LABELS[type]}
          </Button>
        ))}
      </div>
    </div>
  );
}

function Builder({ form }: { form: CheckinForm | undefined }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const custom = useQuery(metricDefinitionsQuery());
  const [draft, setDraft] = useState<FormDraft>(() => draftFrom(form));
  const [saved, setSaved] = useState(() => JSON.stringify(toSaveInput(draftFrom(form))));
  const [errors, setErrors] = useState<FormErrors>({});
  const [previewing, setPreviewing] = useState(false);
  const [scheduling, setScheduling] = useState(false);
  const [archiving, setArchiving] = useState(false);

  const schedules = useScheduleCounts()(form ?? { id: '', schedules: 0 });
  const dirty = JSON.stringify(toSaveInput(draft)) !== saved;
  const update = (patch: Partial<FormDraft>) => setDraft((current) => ({ ...current, ...patch }));

  const save = useMutation({
    mutationFn: (next: FormDraft) => {
      const input = toSaveInput(next);
      return form ? checkinsApi.updateForm(form.id, input) : checkinsApi.createForm(input);
    },
    onSuccess: (result, next) => {
      queryClient.setQueryData(checkinKeys.form(result.id), result);
      void queryClient.invalidateQueries({ queryKey: checkinKeys.forms });
      setSaved(JSON.stringify(toSaveInput(next)));
      setDraft(next);
      if (!form) {
        toast.success(`${result.name} is ready`, { description: 'Schedule it for a client, or for everyone.' });
        void navigate(`/checkins/forms/${result.id}`, { replace: true });
      } else if (next.archived !== form.archived) {
        toast.success(next.archived ? `${result.name} is archived` : `${result.name} is back in use`);
      } else {
        toast.success('Saved');
      }
    },
    onError: (error, next) => {
      const fields = isApiError(error) ? error.fields : [];
      const mapped = errorsByField(fields, next.questions);
      const found = fields.length > 0 ? mapped : { form: isApiError(error) ? error.message : "We couldn't save this form. Try again." };
      setErrors(found);
      revealError(found, next);
    },
  });

  const submit = (next: FormDraft = draft) => {
    const parsed = SaveFormSchema.safeParse(toSaveInput(next));
    if (!parsed.success) {
      const found = errorsByField(
        parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
        next.questions,
      );
      setErrors(found);
      revealError(found, next);
      return;
    }
    setErrors({});
    save.mutate(next);
  };

  const addQuestion = (type: QuestionType) => {
    update({ questions: [...draft.questions, newQuestion(type)] });
    requestAnimationFrame(() => {
      const cards = document.querySelectorAll<HTMLElement>('[data-question-id]');
      const last = cards[cards.length - 1];
      last?.scrollIntoView({ behavior: 'smooth', block: 'center' });
      last?.querySelector<HTMLInputElement>('input[type="text"], input:not([type])')?.focus({ preventScroll: true });
    });
  };

  const title = form ? form.name : 'New check-in form';
  return (
    <div className="flex flex-col gap-5" data-form-top>
      <title>{`${title} · OneCoach`}</title>
      <LeaveGuard unsaved={dirty} blocking={dirty && !save.isPending} />
      {backLink}
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex min-w-0 flex-col gap-1">
          <h1 className="flex flex-wrap items-center gap-2 text-xl font-semibold text-text">
            {title}
            {form?.archived && <Badge>Archived</Badge>}
          </h1>
          <p className="text-sm text-muted">
            {draft.questions.length === 1 ? '1 question' : `${draft.questions.length} questions`}
            {schedules > 0 && ` · ${schedules === 1 ? '1 schedule running' : `${schedules} schedules running`}`}
            {dirty && ' · Unsaved changes'}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" onClick={() => setPreviewing(true)} icon={<Eye aria-hidden className="size-4" />}>
            Preview
          </Button>
          {form && !form.archived && (
            <Button
              variant="secondary"
              onClick={() => setScheduling(true)}
              disabled={dirty}
              title={dirty ? 'Save your changes first' : undefined}
              icon={<CalendarPlus aria-hidden className="size-4" />}
            >
              Schedule
            </Button>
          )}
          <Button onClick={() => submit()} pending={save.isPending} disabled={form !== undefined && !dirty}>
            {form ? 'Save changes' : 'Save form'}
          </Button>
        </div>
      </header>

      <Card>
        <div className="flex flex-col gap-4">
          <TextField
            label="Name"
            value={draft.name}
            maxLength={100}
            placeholder="e.g. Weekly check-in"
            onChange={(event) => update({ name: event.target.value })}
            error={errors.name}
          />
          <TextareaField
            label="Description"
            optional
            value={draft.description}
            maxLength={1000}
            rows={2}
            placeholder="What it is for, shown to the client at the top"
            onChange={(event) => update({ description: event.target.value })}
            error={errors.description}
          />
        </div>
      </Card>

      <section aria-labelledby="questions-heading" className="flex flex-col gap-3">
        <h2 id="questions-heading" className="text-base font-semibold text-text">
          Questions
        </h2>
        {errors.questions && <p className="text-sm text-danger">{errors.questions}</p>}
        {draft.questions.length > 0 && (
          <QuestionList
            questions={draft.questions}
            errors={errors}
            customMetrics={custom.data ?? []}
            onChange={(questions) => update({ questions })}
          />
        )}
        {draft.questions.length < 40 && <AddQuestion onAdd={addQuestion} />}
      </section>

      <FormError message={errors.form} />
      <div className="flex flex-col-reverse gap-2 border-t border-line pt-4 sm:flex-row sm:items-center sm:justify-between">
        {form ? (
          <Button
            variant="ghost"
            onClick={() => (form.archived ? submit({ ...draft, archived: false }) : setArchiving(true))}
            icon={form.archived ? <ArchiveRestore aria-hidden className="size-4" /> : <Archive aria-hidden className="size-4" />}
          >
            {form.archived ? 'Restore form' : 'Archive form'}
          </Button>
        ) : (
          <span />
        )}
        <div className="flex flex-col-reverse gap-2 sm:flex-row">
          <Button variant="secondary" onClick={() => setPreviewing(true)} icon={<Eye aria-hidden className="size-4" />}>
            Preview as the client sees it
          </Button>
          <Button onClick={() => submit()} pending={save.isPending} disabled={form !== undefined && !dirty}>
            {form ? 'Save changes' : 'Save form'}
          </Button>
        </div>
      </div>

      <Dialog open={previewing} onOpenChange={setPreviewing} title="As the client sees it" description="Try the answers: nothing is sent.">
        <FormPreview name={draft.name} description={draft.description} questions={draft.questions} customMetrics={custom.data ?? []} />
      </Dialog>
      {form && <ScheduleDialog open={scheduling} onOpenChange={setScheduling} formId={form.id} />}
      {form && (
        <ConfirmDialog
          open={archiving}
          onOpenChange={setArchiving}
          title={`Archive ${form.name}?`}
          description={
            schedules > 0
              ? `Its ${schedules === 1 ? 'schedule stops' : `${schedules} schedules stop`} asking clients while it is archived. Check-ins already sent stay, and you can restore it any time.`
              : 'It leaves your list of forms. Check-ins already sent stay, and you can restore it any time.'
          }
          confirmLabel="Archive"
          onConfirm={() => {
            submit({ ...draft, archived: true });
            return Promise.resolve();
          }}
        />
      )}
    </div>
  );
}

function BuilderSkeleton() {
  return (
    <LoadingRegion label="Loading the form" className="flex flex-col gap-4">
      <Skeleton className="h-4 w-28" />
      <Skeleton className="h-7 w-64" />
      <Skeleton className="h-40 w-full rounded-lg" />
      <Skeleton className="h-56 w-full rounded-lg" />
      <Skeleton className="h-56 w-full rounded-lg" />
    </LoadingRegion>
  );
}

/** /checkins/forms/new and /checkins/forms/:id — build a check-in form, preview it, save, archive, schedule. */
export function FormBuilderPage() {
  const { id = 'new' } = useParams();
  const isNew = id === 'new';
  const query = useQuery({ ...checkinFormQuery(id), enabled: !isNew });

  if (isNew) return <Builder key="new" form={undefined} />;
  if (query.isPending) return <BuilderSkeleton />;
  if (query.isError) {
    if (isApiError(query.error) && query.error.status === 404)
      return (
        <EmptyState
          icon={<FileQuestion />}
          title="We couldn't find that form"
          action={
            <Link to="/checkins/forms" className={buttonClass('secondary')}>
              Back to forms
            </Link>
          }
        >
          The link may be old.
        </EmptyState>
      );
    return (
      <div className="flex flex-col gap-4">
        {backLink}
        <ErrorState title="This form didn't load" error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      </div>
    );
  }
  // Keyed by id: a refetch in the background never throws away what is being typed.
  return <Builder key={query.data.id} form={query.data} />;
}
