import { Hourglass } from 'lucide-react';
import type { Client } from '../../../shared/clients';
import { formatDate, relativeTime } from '../../lib/dates';
import { Card } from '../../ui/card';
import { InsightCard } from '../ai/insight-card';
import { ComplianceSummary } from './compliance';
import { Notice } from '../../ui/notice';
import { EmptyState } from '../../ui/states';
import { PAUSE_REASON_LABELS } from './labels';
import { OnboardingSummary } from './onboarding-summary';

function InvitationStatus({ client }: { client: Client }) {
  const invitation = client.invitation;
  const first = client.name.split(' ')[0] ?? client.name;
  if (!invitation) return <>They haven't been sent an invitation yet. Use “Resend invitation” to send one.</>;
  switch (invitation.state) {
    case 'pending':
      return (
        <>
          Invitation sent {relativeTime(invitation.sentAt)}; the link works until {formatDate(invitation.expiresAt)}. Their answers about
          goals, training and health will show here.
        </>
      );
    case 'expired':
      return (
        <>
          The invitation expired on {formatDate(invitation.expiresAt)}. Send {first} a new link with “Resend invitation”.
        </>
      );
    case 'revoked':
      return <>You revoked the invitation. Send a new link with “Resend invitation” when {first} is ready.</>;
    case 'accepted':
      return <>{first} has created an account and is partway through the questions. Their answers will show here.</>;
  }
}

export function ClientOverview({ client }: { client: Client }) {
  const first = client.name.split(' ')[0] ?? client.name;
  return (
    <div className="flex flex-col gap-4">
      {client.pause && (
        <Notice tone="warning" title={`Paused: ${PAUSE_REASON_LABELS[client.pause.reason].toLowerCase()}`}>
          Since {formatDate(client.pause.since)}
          {client.pause.until ? `, back on ${formatDate(client.pause.until)}` : ', no end date yet'}.
          {client.pause.note && <span className="mt-1 block whitespace-pre-wrap">{client.pause.note}</span>}
        </Notice>
      )}
      {client.status === 'archived' && client.archivedAt && (
        <Notice tone="info" title={`Archived ${formatDate(client.archivedAt)}`}>
          {first} can't sign in. Everything they logged is kept; restore them to pick up where you left off.
        </Notice>
      )}
      {client.status !== 'invited' && (
        <Card title="Workout compliance" description="Workouts done of those scheduled, in the client's time zone">
          <ComplianceSummary compliance={client.compliance} />
        </Card>
      )}
      {client.status !== 'invited' && <InsightCard clientId={client.id} />}
      {client.note.trim() && (
        <Card title="Your note">
          <p className="text-sm whitespace-pre-wrap text-text">{client.note}</p>
        </Card>
      )}
      {client.onboarding ? (
        <OnboardingSummary answers={client.onboarding} />
      ) : client.status === 'archived' ? (
        <EmptyState icon={<Hourglass />} title={`${first} didn't finish onboarding`}>
          Restore them to send a new invitation; their answers will show here once they've joined.
        </EmptyState>
      ) : (
        <EmptyState icon={<Hourglass />} title={`Waiting for ${first} to finish onboarding`}>
          <InvitationStatus client={client} />
        </EmptyState>
      )}
    </div>
  );
}
