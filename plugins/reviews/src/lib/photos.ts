/**
 * Review photos arrive as base64 in the JSON body. Their type is decided by their
 * first bytes (magic numbers), never by a file name or a declared type: a script
 * renamed .jpg is refused.
 */
export const MAX_PHOTOS = 3
export const MAX_PHOTO_BYTES = 2 * 1024 * 1024

export type PhotoType = "image/jpeg" | "image/png" | "image/webp"
export type CheckedPhoto = { mime_type: PhotoType; size: number; data: string }
export type PhotoProblem = { status: 400 | 413 | 415; message: string }

const startsWith = (bytes: Buffer, signature: number[], offset = 0) => signature.every((byte, index) => bytes[offset + index] === byte)

export function photoTypeOf(bytes: Buffer): PhotoType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg"
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png"
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return "image/webp"
  return null
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

/** The photos, checked, or the first problem (by position, so the shopper knows which). */
export function checkPhotos(photos: string[] | undefined): { photos: CheckedPhoto[] } | { problem: PhotoProblem } {
  const given = photos ?? []
  if (given.length > MAX_PHOTOS) return { problem: { status: 400, message: `At most ${MAX_PHOTOS} photos per review; ${given.length} were sent.` } }
  const checked: CheckedPhoto[] = []
  for (const [index, raw] of given.entries()) {
    const data = raw.replace(/^data:[^;,]*;base64,/, "").replace(/\s+/g, "")
    if (!BASE64.test(data) || data.length === 0) {
      return { problem: { status: 400, message: `Photo ${index + 1} is not base64-encoded image data.` } }
    }
    const bytes = Buffer.from(data, "base64")
    if (bytes.length > MAX_PHOTO_BYTES) {
      return { problem: { status: 413, message: `Photo ${index + 1} is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; each photo may be at most 2 MB.` } }
    }
    const type = photoTypeOf(bytes)
    if (!type) return { problem: { status: 415, message: `Photo ${index + 1} is not a JPEG, PNG or WebP image.` } }
    checked.push({ mime_type: type, size: bytes.length, data: bytes.toString("base64") })
  }
  return { photos: checked }
}
