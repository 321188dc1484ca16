import { parseBuffer } from 'music-metadata';

/**
 * A video's length and whether it has a picture, read from its container (never trusted from the
 * browser). `music-metadata` reads Matroska/WebM and MP4 with sound; a silent MP4 or QuickTime file
 * gives no duration there, so the movie header (`moov/mvhd`, or `mvex/mehd` for a fragmented file)
 * is read directly as the fallback.
 */
export type VideoProbe = { durationMs: number | null; hasVideo: boolean };

export async function probeVideo(bytes: Uint8Array, mime: string): Promise<VideoProbe> {
  let durationMs: number | null = null;
  let hasVideo = false;
  try {
    const { format } = await parseBuffer(bytes, { mimeType: mime, size: bytes.byteLength }, { duration: true, skipCovers: true });
    hasVideo = format.hasVideo === true;
    if (typeof format.duration === 'number' && Number.isFinite(format.duration)) durationMs = Math.round(format.duration * 1000);
  } catch {
    // A damaged or unusual container: the movie header below may still say enough.
  }
  if (mime === 'video/mp4' || mime === 'video/quicktime') {
    const header = readMovieHeader(bytes);
    if (header) {
      hasVideo ||= header.hasVideoTrack;
      durationMs ??= header.durationMs;
    }
  }
  return { durationMs, hasVideo };
}

type Box = { type: string; start: number; end: number };

/** The boxes directly inside [start, end) of an ISO base media file. */
function* boxes(view: DataView, start: number, end: number): Generator<Box> {
  let at = start;
  while (at + 8 <= end) {
    let size = view.getUint32(at);
    const type = String.fromCharCode(view.getUint8(at + 4), view.getUint8(at + 5), view.getUint8(at + 6), view.getUint8(at + 7));
    let header = 8;
    if (size === 1) {
      if (at + 16 > end) return;
      size = Number(view.getBigUint64(at + 8));
      header = 16;
    } else if (size === 0) size = end - at;
    if (size < header || at + size > end) return;
    yield { type, start: at + header, end: at + size };
    at += size;
  }
}

const child = (view: DataView, parent: Box, type: string) => [...boxes(view, parent.start, parent.end)].find((box) => box.type === type);

function readMovieHeader(bytes: Uint8Array): { durationMs: number | null; hasVideoTrack: boolean } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const moov = [...boxes(view, 0, bytes.byteLength)].find((box) => box.type === 'moov');
  if (!moov) return null;
  const mvhd = child(view, moov, 'mvhd');
  if (!mvhd || mvhd.end - mvhd.start < 32) return null;
  const version = view.getUint8(mvhd.start);
  const timescale = version === 1 ? view.getUint32(mvhd.start + 20) : view.getUint32(mvhd.start + 12);
  let duration = version === 1 ? Number(view.getBigUint64(mvhd.start + 24)) : view.getUint32(mvhd.start + 16);
  // A fragmented file (as a browser records) may put the whole length in mvex/mehd instead.
  const mehd = child(view, moov, 'mvex') && child(view, child(view, moov, 'mvex')!, 'mehd');
  if (!duration && mehd)
    duration = view.getUint8(mehd.start) === 1 ? Number(view.getBigUint64(mehd.start + 4)) : view.getUint32(mehd.start + 4);
  const hasVideoTrack = [...boxes(view, moov.start, moov.end)]
    .filter((box) => box.type === 'trak')
    .some((trak) => {
      const mdia = child(view, trak, 'mdia');
      const hdlr = mdia && child(view, mdia, 'hdlr');
      if (!hdlr || hdlr.end - hdlr.start < 12) return false;
      return String.fromCharCode(...bytes.subarray(hdlr.start + 8, hdlr.start + 12)) === 'vide';
    });
  const durationMs = timescale > 0 && duration > 0 && duration !== 0xffffffff ? Math.round((duration / timescale) * 1000) : null;
  return { durationMs, hasVideoTrack };
}
