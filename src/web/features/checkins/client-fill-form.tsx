import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CloudOff, Send } from 'lucide-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { toast } from 'sonner';
import type { Checkin } from '../../../shared/checkins';
import type { MetricDefinition } from '../../../shared/progress';
import { ApiError, errorMessage } from '../../lib/api';
import { relativeTime } from '../../lib/dates';
import { useOutbox } from '../../lib/outbox';
import { Button } from '../../ui/button';
import { Notice } from '../../ui/notice';
import type { Unit } from '../history/format';
import {
  answerErrorsFrom,
  checkDraft,
  firstErrorId,
  isAnswered,
  toAnswers,
  type AnswerErrors,
  type DraftAnswers,
  type DraftValue,
} from './client-answers';
import { clearDraft, loadDraft, pruneDrafts, saveDraft } from './client-draft';
import { ClientQuestion } from './client-question';
import { checkinsApi, checkinsChanged } from './queries';

type FillFormProps = { checkin: Checkin; clientId: string; units: Unit; customMetrics: MetricDefinition[] };

const questionAnchor = (questionId: string) => `question-${questionId}`;

/** Brings a question (or the form's own error) into view and puts the cursor in it. */
function reveal(elementId: string) {
  requestAnimationFrame(() => {
    const element = document.getElementById(elementId);
    if (!element) return;
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    element.scrollIntoView({ behavior: reduce ? 'auto' : 'smooth', block: 'center' });
    element.querySelector<HTMLElement>('input:not([type=hidden]):not([disabled]), textarea, button')?.focus({ preventScroll: true });
  });
}

function RestoredNotice({ savedAt, onDiscard }: { savedAt: string; onDiscard: () => void }) {
  const [confirming, setConfirming] = useState(false);
  return (
    <Notice tone="info" title="Draft restored">
      <p>{`Your answers from ${relativeTime(savedAt)} are back where you left them.`}</p>
      <div className="mt-1 flex flex-wrap items-center gap-2">
        {confirming ? (
          <>
            <span>Start again with empty answers?</span>
            <Button variant="danger" onClick={onDiscard}>
              Discard draft
            </Button>
            <Button variant="ghost" onClick={() => setConfirming(false)}>
              Keep it
            </Button>
          </>
        ) : (
          <Button variant="secondary" onClick={() => setConfirming(true)}>
            Discard draft
          </Button>
        )}
      </div>
    </Notice>
  );
}

/**
 * The questions on one scrolling screen, Send in thumb reach. Every change is kept on the device
 * as a draft (restored when the page opens again, dropped once sent); offline, Send waits.
 */
export function CheckinFillForm({ checkin, clientId, units, customMetrics }: FillFormProps) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { online } = useOutbox();
  const target = { clientId, scheduleId: checkin.scheduleId, dueDate: checkin.dueDate };
  const [restored, setRestored] = useState(() => loadDraft(target));
  const [answers, setAnswers] = useState<DraftAnswers>(() => restored?.answers ?? {});
  const [errors, setErrors] = useState<AnswerErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [uploading, setUploading] = useState<ReadonlySet<string>>(new Set());
  const touched = useRef(false);
  const questions = checkin.questions;

  // Every change goes to the device straight away: a closed tab or a flat battery loses nothing.
  const { scheduleId, dueDate } = checkin;
  useEffect(() => {
    if (!touched.current) return;
    saveDraft({ clientId, scheduleId, dueDate }, answers);
  }, [answers, clientId, scheduleId, dueDate]);
  useEffect(() => pruneDrafts(), []);

  const send = useMutation({
    mutationFn: () => checkinsApi.submit({ scheduleId, dueDate, answers: toAnswers(questions, answers, { units, customMetrics }) }),
    onSuccess: () => {
      touched.current = false;
      clearDraft({ clientId, scheduleId, dueDate });
      checkinsChanged(queryClient, clientId);
      toast.success('Sent — your coach will read it');
      void navigate('/today');
    },
    onError: (error) => {
      if (error instanceof ApiError && error.fields.length > 0) {
        const { errors: byQuestion, other } = answerErrorsFrom(error.fields);
        setErrors(byQuestion);
        setFormError(other[0] ?? null);
        const first = firstErrorId(questions, byQuestion);
        reveal(first ? questionAnchor(first) : 'checkin-form-error');
        return;
      }
      setFormError(
        error instanceof ApiError && error.code === 'NETWORK_ERROR'
          ? `${errorMessage(error)} Your answers are saved on this phone.`
          : errorMessage(error),
      );
      reveal('checkin-form-error');
    },
  });

  const change = (questionId: string, value: DraftValue) => {
    touched.current = true;
    setAnswers((current) => ({ ...current, [questionId]: value }));
    setErrors((current) => {
      if (!current[questionId]) return current;
      const { [questionId]: _cleared, ...rest } = current;
      return rest;
    });
  };

  const discard = () => {
    touched.current = false;
    clearDraft(target);
    setRestored(null);
    setAnswers({});
    setErrors({});
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!online || send.isPending || uploading.size > 0) return;
    setFormError(null);
    const local = checkDraft(questions, answers);
    setErrors(local);
    const first = firstErrorId(questions, local);
    if (first) {
      reveal(questionAnchor(first));
      return;
    }
    send.mutate();
  };

  const answered = questions.filter((question) => isAnswered(question, answers[question.id])).length;
  const errorCount = Object.keys(errors).length;

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      {restored && <RestoredNotice savedAt={restored.savedAt} onDiscard={discard} />}
      {!restored && <p className="text-sm text-muted">Your answers are kept on this phone as you go, so you can finish later.</p>}
      <ol className="flex flex-col gap-4">
        {questions.map((question, index) => {
          const error = errors[question.id];
          return (
            <li key={question.id} id={questionAnchor(question.id)} className="scroll-mt-24">
              <ClientQuestion
                question={question}
                number={index + 1}
                value={answers[question.id]}
                onChange={(value) => change(question.id, value)}
                error={error?.message}
                metricErrors={error?.metrics}
                disabled={send.isPending}
                units={units}
                customMetrics={customMetrics}
                offline={!online}
                onUploadingChange={(busy) =>
                  setUploading((current) => {
                    const next = new Set(current);
                    if (busy) next.add(question.id);
                    else next.delete(question.id);
                    return next;
                  })
                }
              />
            </li>
          );
        })}
      </ol>

      <div id="checkin-form-error" className="flex scroll-mt-24 flex-col gap-3">
        {formError && <Notice tone="danger">{formError}</Notice>}
        {!online && (
          <Notice tone="warning" title="You're offline">
            Your answers are saved on this phone. Send them when you're back online.
          </Notice>
        )}
      </div>

      <div className="sticky bottom-[calc(4.5rem+env(safe-area-inset-bottom))] z-10 -mx-1 flex items-center gap-3 rounded-xl border border-line bg-surface p-3 shadow-lg md:bottom-4">
        <p className="min-w-0 flex-1 text-sm text-muted" aria-live="polite">
          {errorCount > 0 ? (
            <span className="font-medium text-danger">{`${errorCount} ${errorCount === 1 ? 'answer needs' : 'answers need'} a look`}</span>
          ) : (
            <>
              <span className="font-semibold text-text tabular-nums">{`${answered} of ${questions.length}`}</span> answered
            </>
          )}
        </p>
        <Button
          type="submit"
          size="lg"
          pending={send.isPending}
          disabled={!online || uploading.size > 0}
          icon={online ? <Send aria-hidden className="size-5" /> : <CloudOff aria-hidden className="size-5" />}
        >
          {uploading.size > 0 ? 'Uploading photo…' : online ? 'Send check-in' : 'Send when online'}
        </Button>
      </div>
    </form>
  );
}
