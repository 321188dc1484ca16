/** One server-sent event: its name ("message" when none was given) and its data lines joined. */
export type SseEvent = { event: string; data: string };

/** Reads one block (the lines between blank lines) the way the EventSource spec does. */
function parseBlock(block: string): SseEvent | null {
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line === '' || line.startsWith(':')) continue; // a comment (keep-alive)
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  }
  return data.length === 0 ? null : { event, data: data.join('\n') };
}

/**
 * An incremental parser for a text/event-stream body read with fetch: text arrives in arbitrary
 * pieces (mid-line, mid-event, a CR in one piece and its LF in the next), events come out whole.
 */
export function createSseParser() {
  let buffer = '';
  return {
    push(chunk: string): SseEvent[] {
      buffer += chunk;
      // A trailing CR may be the first half of a CRLF: keep it until the next piece says.
      const held = buffer.endsWith('\r') ? '\r' : '';
      const text = (held ? buffer.slice(0, -1) : buffer).replace(/\r\n?/g, '\n');
      const blocks = text.split('\n\n');
      buffer = blocks.pop()! + held;
      return blocks.map(parseBlock).filter((event): event is SseEvent => event !== null);
    },
    /** What is left when the stream ends (a last event without its blank line). */
    flush(): SseEvent[] {
      const rest = buffer.replace(/\r\n?/g, '\n');
      buffer = '';
      const event = rest.trim() ? parseBlock(rest) : null;
      return event ? [event] : [];
    },
  };
}
