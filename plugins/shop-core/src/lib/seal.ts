/**
 * Secrets the shop must keep but nobody may read where they are kept: password-reset
 * and invite links, pickup codes, return codes. They are sealed with AES-256-GCM under
 * a key derived (HKDF-SHA256) from the server's NOTIFICATION_SEAL_KEY and a purpose, so
 * a notification row, a database dump or an admin API answer shows only ciphertext,
 * and a value sealed for one purpose cannot be opened as another. GCM authenticates:
 * a changed byte makes `unseal` throw instead of returning garbage.
 *
 * `digest` is the keyed one-way form (HMAC-SHA256) for looking a code up without
 * storing it: the lookup computes the digest of what staff typed.
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto"

export const SEAL_KEY_VARIABLE = "NOTIFICATION_SEAL_KEY"

/** Prefix of every sealed value: lets a later scheme coexist with this one. */
const VERSION = "s1"

export class SealError extends Error {
  constructor(message: string) {
    super(message)
    this.name = "SealError"
  }
}

/**
 * The server secret. medusa-config reads it first (backend/src/config/secret.ts), which
 * makes a throw-away one for tests and refuses to start production without it.
 */
export function sealSecret(env: NodeJS.ProcessEnv = process.env): string {
  const value = env[SEAL_KEY_VARIABLE]
  if (!value || value.length < 16) {
    throw new SealError(`${SEAL_KEY_VARIABLE} must be set to a long random value (npm start writes one into backend/.env).`)
  }
  return value
}

const keyFor = (secret: string, purpose: string, use: "seal" | "digest") =>
  Buffer.from(hkdfSync("sha256", secret, `fairmade-${use}`, purpose, 32))

export function seal(plaintext: string, purpose: string, secret: string = sealSecret()): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv("aes-256-gcm", keyFor(secret, purpose, "seal"), iv)
  cipher.setAAD(Buffer.from(purpose))
  const sealed = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()])
  return [VERSION, ...[iv, cipher.getAuthTag(), sealed].map((part) => part.toString("base64url"))].join(".")
}

export function isSealed(value: unknown): boolean {
  return typeof value === "string" && value.startsWith(`${VERSION}.`) && value.split(".").length === 4
}

/** Throws SealError when the value was changed, sealed for another purpose or under another key. */
export function unseal(sealedValue: string, purpose: string, secret: string = sealSecret()): string {
  if (!isSealed(sealedValue)) throw new SealError("Not a sealed value.")
  const [, iv, tag, sealed] = sealedValue.split(".").map((part) => Buffer.from(part, "base64url"))
  if (iv.length !== 12 || tag.length !== 16) throw new SealError("Not a sealed value.")
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFor(secret, purpose, "seal"), iv)
    decipher.setAAD(Buffer.from(purpose))
    decipher.setAuthTag(tag)
    return Buffer.concat([decipher.update(sealed), decipher.final()]).toString("utf8")
  } catch {
    throw new SealError("The sealed value was altered or sealed under another key or purpose.")
  }
}

/** JSON convenience for notification data: one sealed string holding several secrets. */
export const sealJson = (value: Record<string, unknown>, purpose: string, secret?: string) =>
  seal(JSON.stringify(value), purpose, secret)

export const unsealJson = <T = Record<string, unknown>>(sealedValue: string, purpose: string, secret?: string): T =>
  JSON.parse(unseal(sealedValue, purpose, secret)) as T

/** Keyed, one-way and deterministic: equal inputs give equal digests, so it can be indexed. */
export function digest(value: string, purpose: string, secret: string = sealSecret()): string {
  return createHmac("sha256", keyFor(secret, purpose, "digest")).update(value, "utf8").digest("base64url")
}

/** The purpose under which notification data carries its secrets (see NOTIFICATION_SECRETS_FIELD). */
export const NOTIFICATION_PURPOSE = "notification-data"

/**
 * The one field of a notification's `data` that holds its secrets, sealed. Everything
 * else in `data` is readable by admins (GET /admin/notifications) and must hold none.
 */
export const NOTIFICATION_SECRETS_FIELD = "sealed"

/** Notification data with `secrets` sealed into one field; the e-mail provider opens it at send time. */
export function withSealedSecrets<T extends Record<string, unknown>>(data: T, secrets: Record<string, unknown>) {
  return { ...data, [NOTIFICATION_SECRETS_FIELD]: sealJson(secrets, NOTIFICATION_PURPOSE) }
}

/** What the e-mail provider renders: the readable data with its sealed secrets opened. */
export function openNotificationData(data: Record<string, unknown> | null | undefined): Record<string, unknown> {
  const { [NOTIFICATION_SECRETS_FIELD]: sealedSecrets, ...readable } = data ?? {}
  if (sealedSecrets === undefined) return readable
  if (typeof sealedSecrets !== "string") throw new SealError(`Notification data "${NOTIFICATION_SECRETS_FIELD}" is not a sealed value.`)
  return { ...readable, ...unsealJson(sealedSecrets, NOTIFICATION_PURPOSE) }
}
