/** The longest side a photo keeps: enough to read a street sign, small enough for a phone's mobile data. */
export const maxPhotoSide = 1920;
export const photoQuality = 0.85;

/**
 * The photo as a JPEG of at most `maxSide` pixels on its long side. Every photo is
 * re-encoded, even a small one: that also drops its EXIF data, which on a phone holds
 * the exact position where it was taken. Rejects when the browser cannot decode it
 * (HEIC outside Safari, a file that is not an image).
 */
export async function downscale(file: Blob, maxSide = maxPhotoSide, quality = photoQuality): Promise<Blob> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  try {
    const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas');
    // JPEG has no transparency: a transparent PNG would turn black without a background.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
    if (!blob) throw new Error('The photo could not be encoded');
    return blob;
  } finally {
    bitmap.close();
  }
}

/**
 * A small JPEG data URL of the photo for its preview: small enough (a few KB) to keep in
 * the saved draft, so a restored draft shows the photos, not just their names.
 */
export async function thumbnail(image: Blob, side = 128): Promise<string> {
  const bitmap = await createImageBitmap(image);
  try {
    const scale = Math.min(1, side / Math.min(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    return canvas.toDataURL('image/jpeg', 0.7);
  } finally {
    bitmap.close();
  }
}
