import { randomInt } from "node:crypto"
import { readFileSync } from "node:fs"
import path from "node:path"

/** The demo admin `npm start` creates; its password is generated per install into backend/.env. */
export function demoAdminCredentials() {
  const env = readFileSync(path.resolve(__dirname, "../../backend/.env"), "utf8")
  const password = env.match(/^DEMO_ADMIN_PASSWORD=(.*)$/m)?.[1]?.trim()
  if (!password) throw new Error("backend/.env has no DEMO_ADMIN_PASSWORD: run npm start once")
  return { email: process.env.DEMO_ADMIN_EMAIL ?? "admin@fairmade.local", password }
}

/** A demo member of store staff `npm start` creates (scripts/lib/demo-staff.mjs); passwords in backend/.env. */
export function demoStaffCredentials(email: string, passwordKey: string) {
  const env = readFileSync(path.resolve(__dirname, "../../backend/.env"), "utf8")
  const password = env.match(new RegExp(`^${passwordKey}=(.*)$`, "m"))?.[1]?.trim()
  if (!password) throw new Error(`backend/.env has no ${passwordKey}: run npm start once`)
  return { email, password }
}

type CallOptions = { body?: unknown; token?: string; store?: boolean }

/**
 * Calls the started backend directly, as a test's own shopper or staff member.
 * Medusa trusts one proxy hop: a made-up client address per caller keeps these
 * calls out of the sign-in and registration limits the browser uses from 127.0.0.1.
 */
export function backendCaller(publishableKey: () => string) {
  const clientIp = `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`
  return async function call(method: "GET" | "POST", route: string, { body, token, store = false }: CallOptions = {}) {
    const response = await fetch(new URL(route, process.env.E2E_BACKEND_URL), {
      method,
      headers: {
        "content-type": "application/json",
        "x-forwarded-for": clientIp,
        ...(store ? { "x-publishable-api-key": publishableKey() } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const data = await response.json().catch(() => ({}))
    if (!response.ok) throw new Error(`${method} ${route} answered ${response.status}: ${JSON.stringify(data)}`)
    return data as any
  }
}

/**
 * Cart metadata accepting the terms of sale in force (shop-content plugin): once the shop
 * has published terms, the backend refuses to complete a cart without it. Empty when none are published.
 */
export async function acceptedTerms(call: ReturnType<typeof backendCaller>): Promise<{ terms_version?: number }> {
  const found = await call("GET", "/store/shop-content/terms", { store: true }).catch(() => null)
  return found?.document ? { terms_version: found.document.version } : {}
}
