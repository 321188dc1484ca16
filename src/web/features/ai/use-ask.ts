import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { askAssistant } from './assistant-stream';
import { assistantKeys, rememberExchange } from './queries';

/** The question being answered and the answer so far (empty until the first piece arrives). */
export type Streaming = { question: string; answer: string };

/** Asks the assistant and keeps the streamed answer in state until the saved exchange replaces it. */
export function useAsk() {
  const queryClient = useQueryClient();
  const [streaming, setStreaming] = useState<Streaming | null>(null);
  const controller = useRef<AbortController | null>(null);
  // Leaving the screen stops reading; the server still saves the answer for next time.
  useEffect(() => () => controller.current?.abort(), []);

  const ask = useMutation({
    mutationFn: (question: string) => {
      controller.current = new AbortController();
      setStreaming({ question, answer: '' });
      return askAssistant(question, {
        signal: controller.current.signal,
        onDelta: (piece) => setStreaming((now) => (now ? { ...now, answer: now.answer + piece } : now)),
      });
    },
    onSuccess: (result) => rememberExchange(queryClient, result),
    onSettled: () => {
      setStreaming(null);
      // The budget moved, and a cut-off answer may still have been saved.
      void queryClient.invalidateQueries({ queryKey: assistantKeys.mine });
    },
  });
  return { ask, streaming };
}
