#!/usr/bin/env node
// `npm start`: database, migrations, seed, builds, then backend and storefront.
import { ensureSecrets } from "./lib/secrets.mjs"
import { openDatabase } from "./lib/database.mjs"
import { buildBackend, buildPlugins, enableStripeIfConfigured, ensureAdminUser, ensureDemoStaff, migrate, publishableKey, seedOnce, startBackend } from "./lib/backend.mjs"
import { demoStaffLogins } from "./lib/demo-staff.mjs"
import { buildStorefront, startStorefront } from "./lib/storefront.mjs"
import { stopAll, waitForHttp } from "./lib/processes.mjs"
import { log } from "./lib/log.mjs"

const backendPort = Number(process.env.BACKEND_PORT ?? 9000)
const storefrontPort = Number(process.env.STOREFRONT_PORT ?? 4321)
const backendUrl = process.env.BACKEND_URL ?? `http://localhost:${backendPort}`
const storefrontUrl = process.env.STOREFRONT_URL ?? `http://localhost:${storefrontPort}`
const ADMIN_EMAIL = process.env.DEMO_ADMIN_EMAIL ?? "admin@fairmade.local"

const services = []
let database
let stopping = false

async function shutdown(code) {
  if (stopping) return
  stopping = true
  console.log("\nStopping…")
  await stopAll()
  await database?.stop()
  console.log("Stopped.")
  process.exit(code)
}
process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

async function main() {
  const secrets = ensureSecrets()
  database = await log.step(process.env.DATABASE_URL ? "Connecting to DATABASE_URL" : "Starting embedded PostgreSQL", () => openDatabase())
  const env = {
    ...process.env,
    ...secrets,
    DATABASE_URL: database.url,
    BACKEND_URL: backendUrl,
    STOREFRONT_URL: storefrontUrl,
    MEDUSA_DISABLE_TELEMETRY: "true",
  }
  const admin = { email: ADMIN_EMAIL, password: secrets.DEMO_ADMIN_PASSWORD }
  const staffLogins = demoStaffLogins(secrets)
  let staffCreated = false

  await log.step("Building plugins", () => buildPlugins(env))
  await log.step("Applying database migrations", () => migrate(env))
  // Seeding and the two builds are independent: overlap them.
  const [seeded] = await Promise.all([
    log.step("Seeding the demo catalogue (first start only)", async () => {
      const seededNow = await seedOnce(env)
      await ensureAdminUser(env, admin)
      staffCreated = await ensureDemoStaff(env, staffLogins)
      await enableStripeIfConfigured(env)
      return seededNow
    }),
    log.step("Building backend and admin (when sources changed)", () => buildBackend(env)),
    log.step("Building storefront (when sources changed)", () => buildStorefront(env)),
  ])
  if (!seeded) log.info("Database already seeded: reusing it.")

  services.push(...startBackend(env, backendPort))
  await log.step("Starting backend", () => waitForHttp(`http://localhost:${backendPort}/health`, { child: services[0] }))
  const key = await publishableKey(database.url)
  services.push(startStorefront(env, { port: storefrontPort, backendUrl, publishableKey: key }))
  await log.step("Starting storefront", () => waitForHttp(`http://localhost:${storefrontPort}/`, { child: services.at(-1) }))

  for (const child of services) child.on("exit", (code) => !stopping && shutdown(code ?? 1))
  console.log(`
Fairmade is running (ready in ${log.elapsed()}):
  Storefront  ${storefrontUrl}
  Admin       ${backendUrl}/app   (${admin.email} / ${admin.password})
  Store API   ${backendUrl}/store
  Staff       ${storefrontUrl}/staff${staffCreated ? "\n" + staffLogins.map((login) => `    ${login.email} / ${login.password}`).join("\n") : ""}
Store staff logins are in backend/.env.
Press Ctrl-C to stop everything.`)
}

main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error)
  await shutdown(1)
})
