import { TriangleAlert } from 'lucide-react';
import type { ReactNode } from 'react';
import type { Client } from '../../../shared/clients';
import { HEALTH_QUESTIONS } from '../../../shared/clients';
import { ageFromBirthDate, formatDate } from '../../lib/dates';
import { Card } from '../../ui/card';
import { EQUIPMENT_LABELS, EXPERIENCE_LABELS, GOAL_LABELS, formatHeight } from './labels';

type Answers = NonNullable<Client['onboarding']>;

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-0.5 py-2 sm:grid-cols-[10rem_1fr] sm:gap-4">
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="text-sm text-text">{children}</dd>
    </div>
  );
}

const orNone = (text: string) =>
  text.trim() ? <span className="whitespace-pre-wrap">{text}</span> : <span className="text-muted">None mentioned</span>;

export function OnboardingSummary({ answers }: { answers: Answers }) {
  const age = ageFromBirthDate(answers.dateOfBirth);
  const yesAnswers = HEALTH_QUESTIONS.filter((question) => answers.health[question.key] === true);
  return (
    <div className="grid gap-4 xl:grid-cols-2">
      <Card title="Goals and training" description={`Answered ${formatDate(answers.completedAt)}`}>
        <dl className="divide-y divide-line">
          <Row label="Goals">{answers.goals.map((goal) => GOAL_LABELS[goal]).join(', ')}</Row>
          {answers.goalNote.trim() && <Row label="In their words">{orNone(answers.goalNote)}</Row>}
          <Row label="Experience">{EXPERIENCE_LABELS[answers.experience].label}</Row>
          <Row label="Days per week">{answers.daysPerWeek}</Row>
          <Row label="Equipment">{answers.equipment.map((item) => EQUIPMENT_LABELS[item]).join(', ')}</Row>
          <Row label="Injuries and limits">{orNone(answers.injuries)}</Row>
        </dl>
      </Card>
      <Card title="Body and settings">
        <dl className="divide-y divide-line">
          <Row label="Age">{age === null ? '—' : `${age} (born ${formatDate(answers.dateOfBirth)})`}</Row>
          <Row label="Height">
            {formatHeight(answers.heightCm, answers.units)}
            {answers.units === 'lb' && ` (${Math.round(answers.heightCm)} cm)`}
          </Row>
          <Row label="Units">{answers.units === 'kg' ? 'Kilograms (kg)' : 'Pounds (lb)'}</Row>
          <Row label="Time zone">{answers.timeZone.replace(/_/g, ' ')}</Row>
        </dl>
      </Card>
      <Card
        title="Health screen"
        description={
          yesAnswers.length === 0
            ? 'No to every question.'
            : `${yesAnswers.length} “yes” ${yesAnswers.length === 1 ? 'answer' : 'answers'}: talk with them before hard training.`
        }
        className="xl:col-span-2"
      >
        <ul className="flex flex-col gap-2">
          {HEALTH_QUESTIONS.map((question) => {
            const yes = answers.health[question.key] === true;
            return (
              <li
                key={question.key}
                className={
                  yes
                    ? 'flex items-start gap-3 rounded-md bg-warning-soft px-3 py-2 text-sm text-text'
                    : 'flex items-start gap-3 px-3 py-1 text-sm text-muted'
                }
              >
                <span className={yes ? 'w-12 shrink-0 font-semibold text-warning' : 'w-12 shrink-0'}>
                  {yes ? (
                    <span className="inline-flex items-center gap-1">
                      <TriangleAlert aria-hidden className="size-4" />
                      Yes
                    </span>
                  ) : (
                    'No'
                  )}
                </span>
                <span>{question.text}</span>
              </li>
            );
          })}
        </ul>
        {answers.healthNote.trim() && (
          <div className="mt-3 rounded-md border border-line px-3 py-2 text-sm">
            <p className="text-muted">Their note</p>
            <p className="whitespace-pre-wrap text-text">{answers.healthNote}</p>
          </div>
        )}
        <p className="mt-3 text-xs text-muted">
          Waiver version {answers.waiverVersion} accepted {formatDate(answers.completedAt)}.
        </p>
      </Card>
    </div>
  );
}
