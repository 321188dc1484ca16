import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { AppError } from '../../lib/errors';
import { probeVideo } from './video-probe';

/**
 * The one upload pipeline (chat files now; progress and check-in photos, the trainer's photo
 * later): the type comes from the bytes, never from the name; images are decoded and re-encoded
 * by sharp, which drops every piece of metadata (EXIF, GPS, camera serials) and applies the EXIF
 * orientation first so the picture still stands the right way up.
 */
export const IMAGE_MAX_BYTES = 15 * 1024 * 1024;
export const FILE_MAX_BYTES = 10 * 1024 * 1024;
/** Longest side of a stored image and of its thumbnail. */
const IMAGE_MAX_SIDE = 2560;
const THUMB_MAX_SIDE = 480;
/** A decompression bomb (a tiny file that decodes to gigapixels) is refused before it is decoded. */
const MAX_INPUT_PIXELS = 50_000_000;

const IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif', 'image/avif', 'image/gif']);

/** Documents a chat may carry, as file-type names them from their bytes. */
const DOCUMENT_TYPES: Record<string, string> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
};
/** Plain text has no magic bytes: accepted by name only when the bytes are valid UTF-8 text. */
const TEXT_EXTENSIONS: Record<string, string> = { txt: 'text/plain', csv: 'text/csv', md: 'text/markdown' };

export type Accepts = { images: boolean; documents: boolean };

export type ProcessedUpload = {
  kind: 'image' | 'file' | 'video';
  name: string;
  contentType: string;
  body: Uint8Array;
  width: number | null;
  height: number | null;
  thumbnail: { body: Uint8Array; contentType: string } | null;
};

export const ACCEPTED_DESCRIPTION = 'photos (JPEG, PNG, WebP, HEIC) or documents (PDF, Word, Excel, PowerPoint, OpenDocument, text, CSV)';

export async function processUpload(bytes: Uint8Array, declaredName: string, accepts: Accepts): Promise<ProcessedUpload> {
  if (bytes.byteLength === 0) throw AppError.field('file', 'The file is empty.');
  const sniffed = await fileTypeFromBuffer(bytes);
  const name = cleanName(declaredName);

  if (sniffed && IMAGE_TYPES.has(sniffed.mime)) {
    if (!accepts.images) throw unsupported(`Images cannot be sent here.`);
    if (bytes.byteLength > IMAGE_MAX_BYTES) throw tooLarge(IMAGE_MAX_BYTES);
    return processImage(bytes, name, sniffed.mime);
  }
  if (!accepts.documents) throw unsupported(`This is not a photo we can read (JPEG, PNG, WebP or HEIC).`);
  if (bytes.byteLength > FILE_MAX_BYTES) throw tooLarge(FILE_MAX_BYTES);
  if (sniffed) {
    const extension = DOCUMENT_TYPES[sniffed.mime];
    if (!extension) throw unsupported(`This file's content is ${sniffed.mime}, which cannot be sent. Send ${ACCEPTED_DESCRIPTION}.`);
    return {
      kind: 'file',
      name: withExtension(name, extension),
      contentType: sniffed.mime,
      body: bytes,
      width: null,
      height: null,
      thumbnail: null,
    };
  }
  const extension = name.split('.').pop()?.toLowerCase() ?? '';
  const textType = TEXT_EXTENSIONS[extension];
  if (!textType || !isPlainText(bytes)) {
    const claimed = /^(jpe?g|png|webp|heic|gif|pdf|docx?|xlsx?|pptx?)$/.test(extension);
    throw unsupported(
      claimed
        ? `This file is named .${extension} but its content is not a ${extension.toUpperCase()} file.`
        : `This kind of file cannot be sent. Send ${ACCEPTED_DESCRIPTION}.`,
    );
  }
  return { kind: 'file', name, contentType: `${textType}; charset=utf-8`, body: bytes, width: null, height: null, thumbnail: null };
}

/** Videos a browser plays, as file-type names them from their bytes (phones record MP4 or QuickTime). */
const VIDEO_TYPES: Record<string, string> = { 'video/mp4': 'mp4', 'video/quicktime': 'mov', 'video/webm': 'webm' };
export type VideoLimits = { maxBytes: number; maxMs: number };

/**
 * A short video (a form check): the kind from the bytes, the length from its container (a file
 * whose length cannot be read is refused: the limit could not be checked). Kept as sent — no
 * re-encoding on the server; the browser plays it through an authorised, range-capable download.
 */
export async function processVideo(
  bytes: Uint8Array,
  declaredName: string,
  limits: VideoLimits,
): Promise<ProcessedUpload & { durationMs: number }> {
  if (bytes.byteLength === 0) throw AppError.field('video', 'The video is empty.');
  if (bytes.byteLength > limits.maxBytes)
    throw new AppError('PAYLOAD_TOO_LARGE', `That video is too large (the limit is ${Math.round(limits.maxBytes / 1024 / 1024)} MB).`, {
      fields: [{ path: 'video', message: 'Too large' }],
    });
  const sniffed = await fileTypeFromBuffer(bytes);
  const extension = sniffed ? VIDEO_TYPES[sniffed.mime] : undefined;
  if (!sniffed || !extension)
    throw AppError.field(
      'video',
      sniffed
        ? `This file's content is ${sniffed.mime}, not a video we can play. Send an MP4, MOV or WebM video.`
        : 'This is not a video we can play. Send an MP4, MOV or WebM video.',
    );
  const probe = await probeVideo(bytes, sniffed.mime);
  if (!probe.hasVideo) throw AppError.field('video', 'This file has no picture (sound only?). Send the video of your set.');
  if (probe.durationMs === null)
    throw AppError.field('video', 'We could not read how long this video is. Save it again from your camera app and retry.');
  if (probe.durationMs > limits.maxMs)
    throw AppError.field(
      'video',
      `That video is ${Math.round(probe.durationMs / 1000)} s long: trim it to ${limits.maxMs / 1000} s or less (one set).`,
    );
  return {
    kind: 'video',
    name: withExtension(cleanName(declaredName), extension),
    contentType: sniffed.mime,
    body: bytes,
    width: null,
    height: null,
    thumbnail: null,
    durationMs: probe.durationMs,
  };
}

async function processImage(bytes: Uint8Array, name: string, mime: string): Promise<ProcessedUpload> {
  const keepPng = mime === 'image/png';
  try {
    const input = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error', animated: false });
    const oriented = input.rotate().resize({ width: IMAGE_MAX_SIDE, height: IMAGE_MAX_SIDE, fit: 'inside', withoutEnlargement: true });
    const encoded = keepPng
      ? await oriented.png({ compressionLevel: 9 }).toBuffer({ resolveWithObject: true })
      : await oriented.flatten({ background: '#ffffff' }).jpeg({ quality: 85, mozjpeg: true }).toBuffer({ resolveWithObject: true });
    const thumbnail = await sharp(encoded.data)
      .resize({ width: THUMB_MAX_SIDE, height: THUMB_MAX_SIDE, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 75 })
      .toBuffer();
    return {
      kind: 'image',
      name: withExtension(name, keepPng ? 'png' : 'jpg'),
      contentType: keepPng ? 'image/png' : 'image/jpeg',
      body: new Uint8Array(encoded.data),
      width: encoded.info.width,
      height: encoded.info.height,
      thumbnail: { body: new Uint8Array(thumbnail), contentType: 'image/webp' },
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (/pixel limit/i.test(message)) throw unsupported('This image is too large to process (at most 50 megapixels).');
    if (mime === 'image/heic' || mime === 'image/heif')
      throw unsupported(
        'This HEIC photo could not be read here. Send it as JPEG (on iPhone: Settings → Camera → Formats → Most Compatible).',
      );
    throw unsupported('This image is damaged or could not be read.');
  }
}

function unsupported(message: string) {
  // A file whose content is not an accepted kind is bad input like any other field: 400 naming `file`.
  return AppError.field('file', message);
}

function tooLarge(max: number) {
  return new AppError('PAYLOAD_TOO_LARGE', `That file is too large (the limit is ${Math.round(max / 1024 / 1024)} MB).`, {
    fields: [{ path: 'file', message: 'Too large' }],
  });
}

/** A display name without folders or control characters, at most 120 characters. */
export function cleanName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  if (!cleaned) return 'file';
  if (cleaned.length <= 120) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 && cleaned.length - dot <= 8 ? cleaned.slice(dot) : '';
  return cleaned.slice(0, 120 - extension.length) + extension;
}

function withExtension(name: string, extension: string): string {
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  return `${stem}.${extension}`;
}

function isPlainText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
