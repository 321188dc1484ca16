/** Reads server-sent events from a fetch Response, one parsed event at a time. */
export type SseEvent = { event: string; data: string; id?: string };

export function sseReader(res: Response) {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const queue: SseEvent[] = [];
  // One read at a time: a read that outlives a timeout is kept for the next call, never dropped.
  let pending: Promise<ReadableStreamReadResult<Uint8Array>> | null = null;

  const parse = () => {
    let index: number;
    while ((index = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, index);
      buffer = buffer.slice(index + 2);
      const event: SseEvent = { event: 'message', data: '' };
      let comment = true;
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) continue;
        comment = false;
        const [field, ...rest] = line.split(':');
        const value = rest.join(':').replace(/^ /, '');
        if (field === 'event') event.event = value;
        else if (field === 'data') event.data += value;
        else if (field === 'id') event.id = value;
      }
      if (!comment) queue.push(event);
    }
  };

  return {
    /** The next event, or null if none arrives within `timeoutMs`. */
    async next(timeoutMs = 2000): Promise<SseEvent | null> {
      const deadline = Date.now() + timeoutMs;
      while (queue.length === 0) {
        const left = deadline - Date.now();
        if (left <= 0) return null;
        let timer: ReturnType<typeof setTimeout> | undefined;
        pending ??= reader.read();
        const chunk = await Promise.race([
          pending,
          new Promise<null>((done) => {
            timer = setTimeout(() => done(null), left);
          }),
        ]);
        clearTimeout(timer);
        if (chunk === null) continue;
        pending = null;
        if (chunk.done) return null;
        buffer += decoder.decode(chunk.value, { stream: true });
        parse();
      }
      return queue.shift()!;
    },
    /** The next event of a type, skipping others. */
    async nextOf(type: string, timeoutMs = 2000): Promise<SseEvent | null> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const event = await this.next(Math.max(0, deadline - Date.now()));
        if (!event || event.event === type) return event;
      }
    },
    close: () => reader.cancel().catch(() => undefined),
  };
}
