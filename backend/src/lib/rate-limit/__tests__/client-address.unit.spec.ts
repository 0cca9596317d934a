import type { IncomingMessage } from "node:http"
import { clientAddress, parseTrustProxy } from "../client-address"

const request = (peer: string, forwardedFor?: string) =>
  ({ socket: { remoteAddress: peer }, connection: { remoteAddress: peer }, headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {} }) as unknown as IncomingMessage

describe("clientAddress", () => {
  it.each([undefined, "", "false", "0"])("ignores X-Forwarded-For when TRUST_PROXY is %j", (setting) => {
    expect(clientAddress(request("203.0.113.7", "10.0.0.1"), parseTrustProxy(setting))).toBe("203.0.113.7")
  })

  it("walks as many hops as a hop count trusts, from the right", () => {
    const req = request("127.0.0.1", "198.51.100.9, 203.0.113.7")
    expect(clientAddress(req, parseTrustProxy("1"))).toBe("203.0.113.7")
    expect(clientAddress(req, parseTrustProxy("2"))).toBe("198.51.100.9")
  })

  it("trusts only the listed proxies: a forged entry left of an untrusted hop is ignored", () => {
    const trust = parseTrustProxy("loopback, 10.0.0.0/8")
    expect(clientAddress(request("127.0.0.1", "1.2.3.4, 203.0.113.7, 10.1.1.1"), trust)).toBe("203.0.113.7")
    expect(clientAddress(request("192.0.2.1", "1.2.3.4"), trust)).toBe("192.0.2.1")
  })

  it("refuses a setting it cannot understand instead of trusting everyone", () => {
    expect(() => parseTrustProxy("not-an-address")).toThrow()
  })
})
