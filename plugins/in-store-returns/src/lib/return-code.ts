import { randomInt } from "node:crypto"
import { digest, seal, unseal } from "@fairmade/shop-core/lib/seal"

// Crockford's base 32: no I, L, O or U, so a code read aloud or typed from paper survives.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
const LENGTH = 10
const PURPOSE = "return-code"

/**
 * A short code the shopper shows at the counter (as text or QR). Ten random symbols
 * (50 bits from the OS's CSPRNG) cannot be guessed, and staff lookups by code also
 * need an authenticated staff session.
 */
export function newReturnCode(): string {
  let code = ""
  for (let i = 0; i < LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)]
  return `R-${code.slice(0, 5)}-${code.slice(5)}`
}

/** Accepts what staff type or scan: any case, with or without the dashes and prefix. */
export function normalizeReturnCode(input: string): string {
  const symbols = input.toUpperCase().replace(/[^0-9A-Z]/g, "").replace(/^R(?=[0-9A-Z]{10}$)/, "")
  return `R-${symbols.slice(0, 5)}-${symbols.slice(5)}`
}

/**
 * How a code is kept: sealed, for the shopper's own pages and e-mail, and as a keyed
 * digest, for the counter's lookup. Neither shows the code to whoever reads the row
 * or an admin answer.
 */
export function storedReturnCode(code: string) {
  return { sealed_code: seal(code, PURPOSE), code_digest: returnCodeDigest(code) }
}

/** The digest of what staff typed or scanned, to find the return it belongs to. */
export const returnCodeDigest = (typed: string) => digest(normalizeReturnCode(typed), PURPOSE)

export const openReturnCode = (sealedCode: string) => unseal(sealedCode, PURPOSE)
