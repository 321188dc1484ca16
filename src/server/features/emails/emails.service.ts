import type { EMAIL_KINDS, EmailMessage, EmailPage } from '../../../shared/emails';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import type { Logger } from '../../lib/logger';
import { findEmail, insertEmail, listEmails, markEmail } from './emails.repo';
import type { Mailer, OutgoingEmail } from './mailer';

type EmailKind = (typeof EMAIL_KINDS)[number];
export type EmailDeps = { db: Db; clock: Clock; logger: Logger; mailer: Mailer };

/**
 * Every email is recorded first (the outbox), then handed to SMTP when one is configured.
 * Call it outside any transaction: SMTP is slow and PGlite has one connection.
 * A failed delivery is recorded, logged and reported, never thrown: the caller's work stands.
 */
export async function sendEmail(
  deps: EmailDeps,
  input: OutgoingEmail & { kind: EmailKind; link?: string },
): Promise<{ delivered: boolean }> {
  const { mailer, db, clock, logger } = deps;
  const id = await insertEmail(db, {
    to: input.to,
    subject: input.subject,
    kind: input.kind,
    text: input.text,
    html: input.html,
    link: input.link ?? null,
    status: 'stored',
    createdAt: clock.now(),
  });
  logger.info('email', { emailId: id, kind: input.kind, to: input.to, transport: mailer.transport, link: input.link });
  if (mailer.transport === 'outbox') return { delivered: true };
  try {
    await mailer.deliver(input);
    await markEmail(db, id, { status: 'sent', at: clock.now() });
    return { delivered: true };
  } catch (error) {
    logger.error('email delivery failed', { emailId: id, error });
    await markEmail(db, id, { status: 'failed', error: error instanceof Error ? error.message : String(error), at: clock.now() });
    return { delivered: false };
  }
}

const iso = (date: Date) => date.toISOString();

export async function listOutbox(deps: { db: Db; mailer: Mailer }, page: { limit: number; offset: number }): Promise<EmailPage> {
  const { items, total } = await listEmails(deps.db, page);
  return {
    items: items.map((row) => ({ ...row, kind: row.kind as EmailKind, createdAt: iso(row.createdAt) })),
    total,
    ...page,
    transport: deps.mailer.transport,
  };
}

export async function getOutboxEmail(deps: { db: Db }, id: string): Promise<EmailMessage> {
  const row = await findEmail(deps.db, id);
  if (!row) throw AppError.notFound('That email');
  return { ...row, kind: row.kind as EmailKind, createdAt: iso(row.createdAt) };
}
