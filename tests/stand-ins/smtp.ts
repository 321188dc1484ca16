import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { failureSwitch, type StandIn } from './stand-in';

export type ReceivedMail = { from: string; to: string[]; raw: string };

/** A real SMTP peer on loopback (smtp-server) that keeps every message it accepts. */
export async function startSmtpStandIn(): Promise<StandIn<ReceivedMail>> {
  const received: ReceivedMail[] = [];
  const failures = failureSwitch();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const failure = failures.take();
        if (failure) return callback(Object.assign(new Error(failure), { responseCode: 451 }));
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    failNext: (count, reason) => failures.arm(count, reason),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
