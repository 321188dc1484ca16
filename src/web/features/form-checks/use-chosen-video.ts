import { useEffect, useRef, useState } from 'react';
import { STILL_COUNT, VIDEO_MAX_BYTES, videoProblem } from './format';
import { openVideo, takeStills, type OpenedVideo, type Still } from './video-frames';

export type ChosenStill = Still & { url: string };

export type Chosen = {
  file: File;
  /** A local address for the preview (this page only). */
  url: string;
  /** Read by the browser; null when it could not play the file (the server still checks it). */
  durationMs: number | null;
  /** The browser plays it: it is shown, measured and stills are taken. */
  previewable: boolean;
  step: 'checking' | 'stills' | 'ready';
  stills: ChosenStill[];
  /** How many stills are being taken. */
  total: number;
  /** The browser played it but no still could be taken: it goes without. */
  stillsFailed: boolean;
};

class Replaced extends Error {}

/**
 * The video in the attach sheet: choosing one checks it and takes its stills in the background;
 * choosing another (or closing) drops what was still being worked on, and every local address
 * made for it is let go.
 */
export function useChosenVideo() {
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const run = useRef(0);
  const urls = useRef<string[]>([]);
  const release = () => {
    for (const url of urls.current) URL.revokeObjectURL(url);
    urls.current = [];
  };
  useEffect(
    () => () => {
      run.current += 1;
      release();
    },
    [],
  );

  const choose = (file: File) => {
    run.current += 1;
    const id = run.current;
    release();
    const url = URL.createObjectURL(file);
    urls.current.push(url);
    setChosen({ file, url, durationMs: null, previewable: false, step: 'checking', stills: [], total: 0, stillsFailed: false });
    const update = (patch: (current: Chosen) => Partial<Chosen>) => {
      if (run.current === id) setChosen((current) => (current ? { ...current, ...patch(current) } : current));
    };
    void (async () => {
      // Too big to send: no need to open it.
      if (file.size === 0 || file.size > VIDEO_MAX_BYTES) return update(() => ({ step: 'ready' }));
      let opened: OpenedVideo;
      try {
        opened = await openVideo(file);
      } catch {
        return update(() => ({ step: 'ready' }));
      }
      try {
        const tooLong = videoProblem({ bytes: file.size, durationMs: opened.durationMs }) !== null;
        update(() => ({ durationMs: opened.durationMs, previewable: true, step: tooLong ? 'ready' : 'stills', total: STILL_COUNT }));
        if (tooLong) return;
        await takeStills(opened, (still, _index, total) => {
          if (run.current !== id) throw new Replaced();
          const stillUrl = URL.createObjectURL(still.blob);
          urls.current.push(stillUrl);
          update((current) => ({ stills: [...current.stills, { ...still, url: stillUrl }], total }));
        });
        update(() => ({ step: 'ready' }));
      } catch {
        // The stills already taken still go; with none, the video goes alone.
        update((current) => ({ step: 'ready', stillsFailed: current.stills.length === 0 }));
      } finally {
        opened.close();
      }
    })();
  };

  const clear = () => {
    run.current += 1;
    release();
    setChosen(null);
  };

  return { chosen, choose, clear };
}
