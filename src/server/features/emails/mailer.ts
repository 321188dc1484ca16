import nodemailer from 'nodemailer';

export type OutgoingEmail = { to: string; subject: string; text: string; html: string };

/** How an email leaves the building: SMTP when SMTP_URL is set, otherwise it stays in the outbox. */
export type Mailer = {
  transport: 'smtp' | 'outbox';
  deliver(email: OutgoingEmail): Promise<void>;
};

export function createMailer(config: { smtpUrl?: string; from: string }): Mailer {
  if (!config.smtpUrl) {
    return { transport: 'outbox', deliver: async () => {} };
  }
  const transporter = nodemailer.createTransport(config.smtpUrl);
  return {
    transport: 'smtp',
    deliver: async (email) => {
      await transporter.sendMail({ from: config.from, ...email });
    },
  };
}
