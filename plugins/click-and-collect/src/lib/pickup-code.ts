/**
 * The code a shopper shows at the till. Six characters from an alphabet
 * without look-alikes (no 0/O, 1/I/L, 5/S, 2/Z): 27^6 ≈ 387 million codes, and
 * wrong guesses are rate-limited per pickup. It is kept sealed (shop-core's seal,
 * under NOTIFICATION_SEAL_KEY), so neither a database dump nor an admin answer
 * reveals it, while the shopper's order page and the ready e-mail can still show it.
 */
import { createDecipheriv, createHash, randomInt, timingSafeEqual } from "node:crypto"
import { isSealed, seal, unseal } from "@fairmade/shop-core/lib/seal"

export const CODE_ALPHABET = "346789ABCDEFGHJKMNPQRTUVWXY"
export const CODE_LENGTH = 6
const PURPOSE = "pickup-code"

export function generatePickupCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join("")
}

/** What staff type is forgiving: case, spaces and dashes do not matter. */
export function normalizeCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, "")
}

export const sealCode = (code: string): string => seal(code, PURPOSE)

/**
 * Opens a sealed code. Codes sealed before the shared seal existed (key derived from
 * the JWT secret, no version prefix) still open, so pickups made ready before an
 * upgrade can be handed over.
 */
export function openCode(sealedCode: string, legacySecret?: string): string {
  if (isSealed(sealedCode) || !legacySecret) return unseal(sealedCode, PURPOSE)
  const [iv, tag, sealed] = sealedCode.split(".").map((part) => Buffer.from(part, "base64url"))
  const key = createHash("sha256").update(`fairmade-pickup-code:${legacySecret}`).digest()
  const decipher = createDecipheriv("aes-256-gcm", key, iv)
  decipher.setAuthTag(tag)
  return Buffer.concat([decipher.update(sealed), decipher.final()]).toString("utf8")
}

/** Constant-time comparison of a typed code with the sealed one. */
export function codeMatches(typed: string, sealedCode: string, legacySecret?: string): boolean {
  const expected = Buffer.from(openCode(sealedCode, legacySecret))
  const given = Buffer.from(normalizeCode(typed))
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/** The key codes were sealed with before the shared seal: the backend's JWT secret. */
export function legacyCodeSecretOf(container: { resolve: (key: string) => any }): string | undefined {
  return container.resolve("configModule")?.projectConfig?.http?.jwtSecret
}
