/**
 * The code a shopper shows at the till. Six characters from an alphabet
 * without look-alikes (no 0/O, 1/I/L, 5/S, 2/Z): 27^6 ≈ 387 million codes, and
 * wrong guesses are rate-limited per pickup. It is kept sealed with AES-256-GCM
 * under a key derived from the backend's JWT secret, so a database dump alone
 * does not reveal codes, while the shopper's order page can still show it.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto"

export const CODE_ALPHABET = "346789ABCDEFGHJKMNPQRTUVWXY"
export const CODE_LENGTH = 6

export function generatePickupCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join("")
}

/** What staff type is forgiving: case, spaces and dashes do not matter. */
export function normalizeCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, "")
}

const keyFrom = (secret: string) => createHash("sha256").update(`fairmade-pickup-code:${secret}`).digest()

export function sealCode(code: string, secret: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv("aes-256-gcm", keyFrom(secret), iv)
  const sealed = Buffer.concat([cipher.update(code, "utf8"), cipher.final()])
  return [iv, cipher.getAuthTag(), sealed].map((part) => part.toString("base64url")).join(".")
}

export function openCode(sealedCode: string, secret: string): string {
  const [iv, tag, sealed] = sealedCode.split(".").map((part) => Buffer.from(part, "base64url"))
  const decipher = createDecipheriv("aes-256-gcm", keyFrom(secret), iv)
  decipher.setAuthTag(tag)
  return Buffer.concat([decipher.update(sealed), decipher.final()]).toString("utf8")
}

/** Constant-time comparison of a typed code with the sealed one. */
export function codeMatches(typed: string, sealedCode: string, secret: string): boolean {
  const expected = Buffer.from(openCode(sealedCode, secret))
  const given = Buffer.from(normalizeCode(typed))
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/** The secret the codes are sealed with: the backend's own JWT secret. */
export function codeSecretOf(container: { resolve: (key: string) => any }): string {
  const secret = container.resolve("configModule")?.projectConfig?.http?.jwtSecret
  if (!secret) {
    throw new Error("click-and-collect needs projectConfig.http.jwtSecret to seal pickup codes")
  }
  return secret
}
