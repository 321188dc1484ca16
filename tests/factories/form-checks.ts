import { readFileSync } from 'node:fs';
import { and, desc, eq } from 'drizzle-orm';
import sharp from 'sharp';
import type { DbOrTx } from '../../src/server/db/client';
import { setLogs } from '../../src/server/db/schema';
import type { Agent } from '../setup/agent';

const clip = () => new File([readFileSync(new URL('../fixtures/squat-3s.webm', import.meta.url))], 'squat.webm');
const still = async (background: string) =>
  new File(
    [
      new Uint8Array(
        await sharp({ create: { width: 320, height: 240, channels: 3, background } })
          .jpeg()
          .toBuffer(),
      ),
    ],
    'still.jpg',
  );

/**
 * A form check on the client's latest logged set of an exercise (the 3-second test clip and two
 * stills), optionally with the trainer's comment at a moment. Returns its id, or null with no set.
 */
export async function sendFormCheck(
  db: DbOrTx,
  p: { client: Agent; clientId: string; exerciseId: string; note: string; trainer?: Agent; comment?: { body: string; atMs: number } },
): Promise<string | null> {
  const [set] = await db
    .select({ id: setLogs.id })
    .from(setLogs)
    .where(and(eq(setLogs.clientId, p.clientId), eq(setLogs.exerciseId, p.exerciseId)))
    .orderBy(desc(setLogs.loggedAt))
    .limit(1);
  if (!set) return null;
  const res = await p.client.upload('/api/form-checks', {
    video: clip(),
    frames: [await still('#5b6b7b'), await still('#7b6b5b')],
    frameTimesMs: '500,2500',
    setLogId: set.id,
    note: p.note,
  });
  if (res.status !== 201) throw new Error(`form check failed: ${res.status} ${JSON.stringify(res.body)}`);
  const id = res.body.id as string;
  if (p.trainer && p.comment) await p.trainer.post(`/api/form-checks/${id}/comments`, p.comment);
  return id;
}
