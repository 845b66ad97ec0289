/**
 * Photos are shrunk on the phone before upload (a 12-megapixel photo is 4–8 MB; the server takes
 * ≤ 5 MB and strips metadata): the longer side to at most 1600 px, re-encoded as JPEG through a
 * canvas, which also drops EXIF (GPS) on the device.
 */
export const MAX_SIDE = 1600
export const JPEG_QUALITY = 0.82

/** Target size keeping the aspect ratio; never enlarges; whole pixels, at least 1. */
export function fitWithin(width: number, height: number, maxSide = MAX_SIDE): { width: number; height: number } {
  if (!(width > 0) || !(height > 0)) return { width: 0, height: 0 }
  const scale = Math.min(1, maxSide / Math.max(width, height))
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  }
}

/** Decodes an image file, draws it at fitWithin size and answers a JPEG blob. Browser only. */
export async function resizeToJpeg(file: Blob, maxSide = MAX_SIDE): Promise<Blob> {
  const bitmap = await createImageBitmap(file)
  try {
    const size = fitWithin(bitmap.width, bitmap.height, maxSide)
    const canvas = document.createElement('canvas')
    canvas.width = size.width
    canvas.height = size.height
    const ctx = canvas.getContext('2d')
    if (!ctx) throw new Error('canvas 2d unavailable')
    // JPEG has no alpha: a transparent PNG would turn black without a white ground.
    ctx.fillStyle = '#fff'
    ctx.fillRect(0, 0, size.width, size.height)
    ctx.drawImage(bitmap, 0, 0, size.width, size.height)
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/jpeg', JPEG_QUALITY),
    )
  } finally {
    bitmap.close()
  }
}
