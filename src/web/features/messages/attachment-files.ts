/*
 * What the chat can carry, and getting a photo small enough to send. The server checks every file
 * by its bytes and has the last word; these only spare people a long upload that cannot succeed.
 */

/** What the file picker offers: what POST /api/uploads accepts. */
export const ACCEPT = ['image/*', '.heic', '.heif', '.pdf', '.docx', '.xlsx', '.pptx', '.odt', '.ods', '.txt', '.csv', '.md'].join(',');

/** The server's limits (photos 15 MB, documents 10 MB), checked here before a long upload. */
const IMAGE_MAX_BYTES = 15 * 1024 * 1024;
const FILE_MAX_BYTES = 10 * 1024 * 1024;

/** The hosting platform caps a request body at 6 MB: photos above these are made smaller first. */
const MAX_SIDE = 2560;
const SHRINK_OVER_BYTES = 4 * 1024 * 1024;
const JPEG_QUALITY = 0.85;

export const isImageFile = (file: File): boolean => file.type.startsWith('image/') || /\.(heic|heif)$/i.test(file.name);

/** "Too large" in the server's words, or null when the file may be sent. */
export function tooLargeMessage(file: File, image: boolean): string | null {
  const max = image ? IMAGE_MAX_BYTES : FILE_MAX_BYTES;
  return file.size > max ? `That file is too large (the limit is ${max / 1024 / 1024} MB).` : null;
}

/** "248 kB", "3.1 MB": decimal units, as phones and file managers show them. */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} kB`;
  return `${(bytes / 1_000_000).toLocaleString(undefined, { maximumFractionDigits: 1 })} MB`;
}

/** "PDF", "XLSX" from the name, for the file card. */
export function extensionLabel(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 && name.length - dot <= 6 ? name.slice(dot + 1).toUpperCase() : '';
}

const asJpegName = (name: string) => `${name.replace(/\.[^.]+$/, '') || 'photo'}.jpg`;

/**
 * A photo over 2560 px on its long side or over 4 MB becomes a 2560 px JPEG (quality 0.85).
 * When the browser cannot decode it (HEIC in Chrome, say), the original goes as it is and the
 * server says whether it can read it.
 */
export async function shrinkImage(file: File): Promise<File> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return file;
  }
  try {
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    if (scale === 1 && file.size <= SHRINK_OVER_BYTES) return file;
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    const context = canvas.getContext('2d');
    if (!context) return file;
    // JPEG has no transparency: see-through parts become white, as the server flattens them too.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/jpeg', JPEG_QUALITY));
    if (!blob || (scale === 1 && blob.size >= file.size)) return file;
    return new File([blob], asJpegName(file.name), { type: 'image/jpeg', lastModified: file.lastModified });
  } catch {
    return file;
  } finally {
    bitmap.close();
  }
}
