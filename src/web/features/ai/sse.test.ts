import { describe, expect, it } from 'vitest';
import { createSseParser } from './sse';

describe('createSseParser', () => {
  it('reads named events with JSON data', () => {
    const parser = createSseParser();
    const events = parser.push('event: delta\ndata: {"text":"Hi"}\n\nevent: done\ndata: {"ok":true}\n\n');
    expect(events).toEqual([
      { event: 'delta', data: '{"text":"Hi"}' },
      { event: 'done', data: '{"ok":true}' },
    ]);
  });

  it('puts events split across pieces back together, whatever the split', () => {
    const stream = 'event: delta\r\ndata: {"text":"Squat day"}\r\n\r\nevent: done\r\ndata: {}\r\n\r\n';
    for (let size = 1; size <= stream.length; size++) {
      const parser = createSseParser();
      const events = [];
      for (let at = 0; at < stream.length; at += size) events.push(...parser.push(stream.slice(at, at + size)));
      events.push(...parser.flush());
      expect(events, `pieces of ${size}`).toEqual([
        { event: 'delta', data: '{"text":"Squat day"}' },
        { event: 'done', data: '{}' },
      ]);
    }
  });

  it('joins multi-line data, skips comments and events without data, defaults the name to message', () => {
    const parser = createSseParser();
    expect(parser.push(': keep-alive\n\nevent: ping\n\ndata: a\ndata:b\n\n')).toEqual([{ event: 'message', data: 'a\nb' }]);
  });

  it('keeps an unfinished event until more arrives, and flushes a last one without its blank line', () => {
    const parser = createSseParser();
    expect(parser.push('event: delta\ndata: {"text":"x"}')).toEqual([]);
    expect(parser.flush()).toEqual([{ event: 'delta', data: '{"text":"x"}' }]);
    expect(parser.flush()).toEqual([]);
  });

  it('keeps a space inside the value and drops only the one after the colon', () => {
    expect(createSseParser().push('data:  two spaces\n\n')).toEqual([{ event: 'message', data: ' two spaces' }]);
  });
});
