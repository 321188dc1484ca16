/**
 * The shape every provider stand-in shares (SMTP now; Stripe, S3, OpenAI later): it listens on
 * port 0 on loopback, logs what it received, and can be told to fail the next N requests.
 */
export type StandIn<Received> = {
  url: string;
  received: Received[];
  failNext(count?: number, reason?: string): void;
  close(): Promise<void>;
};

export function failureSwitch() {
  let remaining = 0;
  let reason = 'stand-in told to fail';
  return {
    arm(count = 1, why = reason) {
      remaining = count;
      reason = why;
    },
    /** Returns the reason if this call should fail (and counts it), else null. */
    take(): string | null {
      if (remaining <= 0) return null;
      remaining -= 1;
      return reason;
    },
  };
}
