import type { IncomingMessage } from "node:http"
import proxyaddr from "proxy-addr"

/**
 * Which hops may tell us the client's address through X-Forwarded-For:
 * `TRUST_PROXY`, with Express's "trust proxy" semantics.
 *
 * - unset, "", "false" or "0": nobody; the client is the peer of the TCP connection
 *   and X-Forwarded-For is ignored (so rotating it lifts no limit).
 * - a hop count ("1", "2"): that many proxies in front of the backend are trusted.
 * - a list of addresses, subnets or the names "loopback", "linklocal", "uniquelocal"
 *   ("loopback, 10.0.0.0/8"): hops from these addresses are trusted.
 * - "true": every hop (only when the backend cannot be reached but through a proxy).
 *
 * Medusa sets Express's own "trust proxy" to 1 unconditionally, so req.ip cannot be
 * relied on: the rate limiter asks this function instead.
 */
export type TrustProxy = (address: string, hop: number) => boolean

export function parseTrustProxy(value: string | undefined): TrustProxy {
  const setting = (value ?? "").trim()
  if (setting === "" || setting === "false" || setting === "0") return () => false
  if (setting === "true") return () => true
  if (/^\d+$/.test(setting)) {
    const hops = Number(setting)
    return (_address, hop) => hop < hops
  }
  // proxy-addr validates every entry and throws on a typo, so a bad setting stops the start.
  return proxyaddr.compile(setting.split(",").map((entry) => entry.trim()).filter(Boolean))
}

let fromEnvironment: { raw: string | undefined; trust: TrustProxy } | undefined

/** Parsed once per value of TRUST_PROXY (tests change it while the app runs). */
function trustFromEnvironment(): TrustProxy {
  const raw = process.env.TRUST_PROXY
  if (!fromEnvironment || fromEnvironment.raw !== raw) {
    fromEnvironment = { raw, trust: parseTrustProxy(raw) }
  }
  return fromEnvironment.trust
}

/** The client's address, walking X-Forwarded-For from the right only across trusted hops. */
export function clientAddress(req: IncomingMessage, trust: TrustProxy = trustFromEnvironment()): string {
  return proxyaddr(req, trust) ?? "unknown"
}
