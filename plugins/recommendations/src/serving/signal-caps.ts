/**
 * Hourly caps on stored signals, so that no visitor and no address can flood
 * the signal table or steer the rows by volume: per shopper (cookie id or
 * customer) and per sender address, counted over the last hour in the table
 * itself (so every backend process sees the same counts). A batch that would
 * go beyond a cap is refused whole with a 429: nothing beyond the cap is stored.
 */
import { createHash } from "node:crypto"
import type { IncomingMessage } from "node:http"
import proxyaddr from "proxy-addr"

export const SIGNAL_WINDOW_MS = 60 * 60 * 1000

export type SignalCaps = { perShopper: number; perAddress: number }

/** 200 per shopper (a product a view every 18 s for an hour), 2,000 per address (an office behind one NAT). */
export const DEFAULT_SIGNAL_CAPS: SignalCaps = { perShopper: 200, perAddress: 2000 }

/** RECOMMENDATION_SIGNALS_PER_SHOPPER_HOUR / RECOMMENDATION_SIGNALS_PER_ADDRESS_HOUR override the defaults (read per request). */
export function signalCaps(env: NodeJS.ProcessEnv = process.env): SignalCaps {
  const read = (name: string, fallback: number) => {
    const value = Number(env[name])
    return Number.isInteger(value) && value > 0 ? value : fallback
  }
  return {
    perShopper: read("RECOMMENDATION_SIGNALS_PER_SHOPPER_HOUR", DEFAULT_SIGNAL_CAPS.perShopper),
    perAddress: read("RECOMMENDATION_SIGNALS_PER_ADDRESS_HOUR", DEFAULT_SIGNAL_CAPS.perAddress),
  }
}

export type CapVerdict = { allowed: true } | { allowed: false; cap: "shopper" | "address"; limit: number; used: number }

/** Whether `batch` more signals fit under both caps, given what was stored in the last hour. */
export function checkSignalCaps(used: { shopper: number; address: number }, batch: number, caps: SignalCaps): CapVerdict {
  if (used.shopper + batch > caps.perShopper) return { allowed: false, cap: "shopper", limit: caps.perShopper, used: used.shopper }
  if (used.address + batch > caps.perAddress) return { allowed: false, cap: "address", limit: caps.perAddress, used: used.address }
  return { allowed: true }
}

/**
 * A keyed digest of the sender's address: enough to count by, never the
 * address itself. The address is the TCP peer unless TRUST_PROXY names the
 * hops allowed to tell it through X-Forwarded-For (as the backend's sign-in
 * rate limits do), so a rotating X-Forwarded-For lifts no cap.
 */
export function clientKey(req: IncomingMessage, env: NodeJS.ProcessEnv = process.env): string {
  const address = proxyaddr(req, trustOf(env.TRUST_PROXY)) ?? "unknown"
  return createHash("sha256").update(`${env.COOKIE_SECRET ?? ""}|recommendation-signals|${address}`).digest("hex").slice(0, 32)
}

let trusted: { raw: string | undefined; trust: (address: string, hop: number) => boolean } | undefined

function trustOf(raw: string | undefined): (address: string, hop: number) => boolean {
  if (trusted && trusted.raw === raw) return trusted.trust
  const setting = (raw ?? "").trim()
  let trust: (address: string, hop: number) => boolean
  if (setting === "" || setting === "false" || setting === "0") trust = () => false
  else if (setting === "true") trust = () => true
  else if (/^\d+$/.test(setting)) trust = (_address, hop) => hop < Number(setting)
  else trust = proxyaddr.compile(setting.split(",").map((entry) => entry.trim()).filter(Boolean))
  trusted = { raw, trust }
  return trust
}
