import type { OutgoingEmail } from './mailer';

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);

/** One plain layout for every email: a greeting, a few lines, one button, the link spelled out. */
function layout(input: {
  to: string;
  subject: string;
  lines: string[];
  action?: { label: string; url: string };
  footer: string;
}): OutgoingEmail {
  const text = [...input.lines, ...(input.action ? ['', `${input.action.label}: ${input.action.url}`] : []), '', input.footer].join('\n');
  const paragraphs = input.lines.map((line) => `<p style="margin:0 0 12px">${escapeHtml(line)}</p>`).join('');
  const button = input.action
    ? `<p style="margin:20px 0"><a href="${escapeHtml(input.action.url)}" style="background:#2563eb;color:#fff;padding:12px 20px;border-radius:8px;text-decoration:none;display:inline-block">${escapeHtml(input.action.label)}</a></p><p style="margin:0 0 12px;font-size:13px;color:#555">Or paste this link into your browser: ${escapeHtml(input.action.url)}</p>`
    : '';
  const html = `<!doctype html><html><body style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:16px;line-height:1.5;color:#111;max-width:560px;margin:0 auto;padding:24px">${paragraphs}${button}<p style="margin:24px 0 0;font-size:13px;color:#555">${escapeHtml(input.footer)}</p></body></html>`;
  return { to: input.to, subject: input.subject, text, html };
}

export function invitationEmail(input: {
  to: string;
  clientName: string;
  trainerName: string;
  url: string;
  expiresAt: Date;
}): OutgoingEmail {
  const days = 14;
  return layout({
    to: input.to,
    subject: `${input.trainerName} invited you to OneCoach`,
    lines: [
      `Hi ${input.clientName},`,
      `${input.trainerName} has set up your coaching space on OneCoach: your workouts, check-ins and progress, all in one place.`,
      `Choose a password to get started. The link works for ${days} days.`,
    ],
    action: { label: 'Accept invitation', url: input.url },
    footer: `If you weren't expecting this, you can ignore this email.`,
  });
}

export function checkoutEmail(input: {
  to: string;
  clientName: string;
  trainerName: string;
  planName: string;
  price: string;
  url: string;
}): OutgoingEmail {
  return layout({
    to: input.to,
    subject: `Your plan with ${input.trainerName}: ${input.planName}`,
    lines: [
      `Hi ${input.clientName},`,
      `${input.trainerName} set up your plan: ${input.planName} (${input.price}).`,
      'Start it with the button below: payment is handled securely by Stripe. You can also start it any time from Billing in the app.',
    ],
    action: { label: 'Start your plan', url: input.url },
    footer: `Questions about the plan? Reply to ${input.trainerName} in the app.`,
  });
}

export function passwordResetEmail(input: { to: string; name: string; url: string }): OutgoingEmail {
  return layout({
    to: input.to,
    subject: 'Reset your OneCoach password',
    lines: [`Hi ${input.name},`, 'Someone (hopefully you) asked to reset your OneCoach password. The link works for one hour.'],
    action: { label: 'Choose a new password', url: input.url },
    footer: `If you didn't ask for this, ignore this email: your password stays the same.`,
  });
}

export function passwordChangedEmail(input: { to: string; name: string; signInUrl: string }): OutgoingEmail {
  return layout({
    to: input.to,
    subject: 'Your OneCoach password was changed',
    lines: [`Hi ${input.name},`, 'Your password was just changed. If that was you, all is well.'],
    action: { label: 'Sign in', url: input.signInUrl },
    footer: `If it wasn't you, reset your password straight away from the sign-in page.`,
  });
}

/** What waited unseen in the app: one email for all of it. */
export function notificationDigestEmail(input: {
  to: string;
  name: string;
  items: Array<{ title: string; body: string; url: string; kind: string }>;
  settingsUrl: string;
}): OutgoingEmail {
  const firstName = input.name.split(' ')[0] || input.name;
  const single = input.items.length === 1 ? input.items[0] : undefined;
  return layout({
    to: input.to,
    subject: single ? single.title : `${input.items.length} updates waiting for you on OneCoach`,
    lines: [
      `Hi ${firstName},`,
      single ? 'This is waiting for you on OneCoach:' : 'These are waiting for you on OneCoach:',
      ...input.items.map((item) => `• ${item.title}${item.body ? ` — “${item.body}”` : ''}`),
    ],
    action: { label: single ? 'Open it' : 'Open OneCoach', url: single ? single.url : (input.items[0]?.url ?? input.settingsUrl) },
    footer: `You get this because it waited unseen for 15 minutes. Choose what is emailed (and quiet hours): ${input.settingsUrl}`,
  });
}
