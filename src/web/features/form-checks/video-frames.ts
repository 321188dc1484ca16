import { FORM_CHECK_FRAME_MAX_BYTES } from '../../../shared/form-checks';
import { fitWithin, STILL_QUALITIES, stillTimes } from './format';

/*
 * Reading a chosen video in the browser, before anything is sent: its length (to refuse a long one
 * at once) and a few stills (the poster, what the coach glances at first, and what the AI sees —
 * never the video itself). A hidden <video> is seeked and each frame drawn to a <canvas>.
 */

export type Still = { blob: Blob; atMs: number };
export type OpenedVideo = { durationMs: number; width: number; height: number; element: HTMLVideoElement; close: () => void };

/** The browser could not play this video (a codec it lacks, or the file is damaged): it can still be sent. */
export class UnreadableVideo extends Error {}

function waitFor(video: HTMLVideoElement, event: keyof HTMLMediaElementEventMap, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      window.clearTimeout(timer);
      video.removeEventListener(event, onEvent);
      video.removeEventListener('error', onError);
      if (error) reject(error);
      else resolve();
    };
    const onEvent = () => done();
    const onError = () => done(new UnreadableVideo(video.error?.message || 'This video cannot be played here.'));
    const timer = window.setTimeout(() => done(new UnreadableVideo('The video took too long to open.')), timeoutMs);
    video.addEventListener(event, onEvent);
    video.addEventListener('error', onError);
  });
}

/** Opens the file in a hidden video and reads its length and picture size. Throws UnreadableVideo. */
export async function openVideo(file: Blob): Promise<OpenedVideo> {
  const url = URL.createObjectURL(file);
  const video = document.createElement('video');
  video.muted = true;
  video.playsInline = true;
  video.preload = 'auto';
  const close = () => {
    video.removeAttribute('src');
    video.load();
    URL.revokeObjectURL(url);
  };
  try {
    const metadata = waitFor(video, 'loadedmetadata', 15_000);
    video.src = url;
    await metadata;
    let duration = video.duration;
    // Some recorders (MediaRecorder's WebM) write no length: seeking past the end makes the browser find it.
    if (!Number.isFinite(duration)) {
      const seeked = waitFor(video, 'seeked', 15_000);
      video.currentTime = Number.MAX_SAFE_INTEGER;
      await seeked;
      duration = video.duration;
    }
    if (!Number.isFinite(duration) || !video.videoWidth || !video.videoHeight) throw new UnreadableVideo('No picture in this video.');
    return { durationMs: Math.round(duration * 1000), width: video.videoWidth, height: video.videoHeight, element: video, close };
  } catch (error) {
    close();
    throw error instanceof UnreadableVideo ? error : new UnreadableVideo('This video cannot be played here.');
  }
}

function toJpeg(canvas: HTMLCanvasElement, quality: number): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
}

async function still(video: HTMLVideoElement, canvas: HTMLCanvasElement, atMs: number): Promise<Blob> {
  const seeked = waitFor(video, 'seeked', 10_000);
  // Just short of the very end, where some files have no frame to show.
  video.currentTime = Math.min(atMs / 1000, Math.max(0, video.duration - 0.05));
  await seeked;
  const size = fitWithin(video.videoWidth, video.videoHeight);
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) throw new UnreadableVideo('This browser cannot draw stills.');
  context.drawImage(video, 0, 0, size.width, size.height);
  // Busy pictures make big JPEGs: step the quality down until the still is under the server's limit.
  for (const quality of STILL_QUALITIES) {
    const blob = await toJpeg(canvas, quality);
    if (blob && blob.size < FORM_CHECK_FRAME_MAX_BYTES) return blob;
  }
  throw new UnreadableVideo('A still came out too large.');
}

/** Stills evenly spread through the video, reported one by one as they are taken. */
export async function takeStills(opened: OpenedVideo, onStill: (still: Still, index: number, total: number) => void): Promise<Still[]> {
  const canvas = document.createElement('canvas');
  const times = stillTimes(opened.durationMs);
  const stills: Still[] = [];
  for (const [index, atMs] of times.entries()) {
    const taken = { blob: await still(opened.element, canvas, atMs), atMs };
    stills.push(taken);
    onStill(taken, index, times.length);
  }
  return stills;
}
