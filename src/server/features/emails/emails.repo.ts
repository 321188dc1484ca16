import { count, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { emails } from '../../db/schema';

export type NewEmail = {
  to: string;
  subject: string;
  kind: string;
  text: string;
  html: string;
  link: string | null;
  status: 'stored' | 'sent' | 'failed';
  createdAt: Date;
};

export async function insertEmail(db: DbOrTx, email: NewEmail): Promise<string> {
  const [row] = await db.insert(emails).values(email).returning({ id: emails.id });
  return row!.id;
}

export async function markEmail(db: DbOrTx, id: string, update: { status: 'sent' | 'failed'; error?: string; at: Date }) {
  await db
    .update(emails)
    .set({ status: update.status, error: update.error ?? null, sentAt: update.status === 'sent' ? update.at : null })
    .where(eq(emails.id, id));
}

const summaryColumns = {
  id: emails.id,
  to: emails.to,
  subject: emails.subject,
  kind: emails.kind,
  status: emails.status,
  createdAt: emails.createdAt,
};

export async function listEmails(db: DbOrTx, page: { limit: number; offset: number }) {
  const [items, [total]] = await Promise.all([
    db.select(summaryColumns).from(emails).orderBy(desc(emails.createdAt), desc(emails.id)).limit(page.limit).offset(page.offset),
    db.select({ value: count() }).from(emails),
  ]);
  return { items, total: total?.value ?? 0 };
}

export async function findEmail(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ ...summaryColumns, text: emails.text, html: emails.html, link: emails.link, error: emails.error })
    .from(emails)
    .where(eq(emails.id, id));
  return row ?? null;
}
