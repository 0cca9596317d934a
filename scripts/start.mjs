#!/usr/bin/env node
// `npm start`: database, migrations, seed, builds, then the services (backend,
// storefront), which are restarted with back-off if they crash.
import { ensureSecrets } from "./lib/secrets.mjs"
import { openDatabase } from "./lib/database.mjs"
import { backendServices, buildBackend, buildPlugins, enableStripeIfConfigured, ensureAdminUser, ensureDemoStaff, ensureShopContent, migrate, publishableKey, seedOnce } from "./lib/backend.mjs"
import { demoStaffLogins } from "./lib/demo-staff.mjs"
import { buildStorefront, storefrontService } from "./lib/storefront.mjs"
import { stopAll, useGuardian } from "./lib/processes.mjs"
import { Supervisor } from "./lib/supervisor.mjs"
import { startGuardian } from "./lib/guardian.mjs"
import { assertPortsFree } from "./lib/ports.mjs"
import { formatError } from "./lib/errors.mjs"
import { startMailCatcher } from "./lib/mail-catcher.mjs"
import { log } from "./lib/log.mjs"

const backendPort = Number(process.env.BACKEND_PORT ?? 9000)
const storefrontPort = Number(process.env.STOREFRONT_PORT ?? 4321)
const backendUrl = process.env.BACKEND_URL ?? `http://localhost:${backendPort}`
const storefrontUrl = process.env.STOREFRONT_URL ?? `http://localhost:${storefrontPort}`
const ADMIN_EMAIL = process.env.DEMO_ADMIN_EMAIL ?? "admin@fairmade.local"
const mailPorts = { smtpPort: Number(process.env.MAIL_CATCHER_SMTP_PORT ?? 1025), webPort: Number(process.env.MAIL_CATCHER_WEB_PORT ?? 1080) }

// If this process dies without stopping its children (SIGKILL), the guardian does.
const guardian = startGuardian()
useGuardian(guardian)
const supervisor = new Supervisor()
let database
let stopping = false

async function shutdown(code) {
  if (stopping) return
  stopping = true
  log.stopping()
  console.log("\nStopping…")
  await supervisor.stop()
  await stopAll()
  await database?.stop()
  console.log("Stopped.")
  process.exit(code)
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => shutdown(0))

async function main() {
  await assertPortsFree([
    { port: backendPort, name: "backend", variable: "BACKEND_PORT" },
    { port: storefrontPort, name: "storefront", variable: "STOREFRONT_PORT" },
    ...(process.env.SMTP_URL
      ? []
      : [
          { port: mailPorts.smtpPort, name: "mail catcher (SMTP)", variable: "MAIL_CATCHER_SMTP_PORT" },
          { port: mailPorts.webPort, name: "mail catcher (inbox)", variable: "MAIL_CATCHER_WEB_PORT" },
        ]),
  ])
  const { secrets, generated } = ensureSecrets()
  // Without SMTP_URL the demo's e-mails go to a local inbox.
  const mail = process.env.SMTP_URL ? null : await log.step("Starting the mail catcher", () => startMailCatcher(mailPorts))
  database = await log.step(process.env.DATABASE_URL ? "Connecting to DATABASE_URL" : "Starting embedded PostgreSQL", () => openDatabase())
  if (database.embedded) {
    guardian.watch(database.pid, "postgres", "SIGINT")
    database.onExit(({ code, signal, lastLines }) =>
      log.warn(`The embedded PostgreSQL stopped (${signal ? `signal ${signal}` : `code ${code}`}); the shop shows its "short break" page until it runs again.\n${lastLines}`),
    )
  }
  const env = {
    ...process.env,
    ...secrets,
    DATABASE_URL: database.url,
    BACKEND_URL: backendUrl,
    STOREFRONT_URL: storefrontUrl,
    MEDUSA_DISABLE_TELEMETRY: "true",
    // The storefront runs on this machine and passes the shopper's address in
    // X-Forwarded-For: trust local hops only (README, TRUST_PROXY).
    TRUST_PROXY: process.env.TRUST_PROXY ?? "loopback",
    ...(mail ? { SMTP_URL: mail.smtpUrl } : {}),
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
      await ensureShopContent(env)
      await enableStripeIfConfigured(env)
      return seededNow
    }),
    log.step("Building backend and admin (when sources changed)", () => buildBackend(env)),
    log.step("Building storefront (when sources changed)", () => buildStorefront(env)),
  ])
  if (!seeded) log.info("Database already seeded: reusing it.")

  // In start order; each is restarted with back-off if it crashes. A new service is one entry.
  const services = [
    ...backendServices(env, backendPort),
    storefrontService(env, { port: storefrontPort, backendUrl, publishableKey: await publishableKey(database.url) }),
  ]
  for (const service of services) await log.step(`Starting ${service.name}`, () => supervisor.start(service))

  console.log(`
Fairmade is running (ready in ${log.elapsed()}):
  Storefront  ${storefrontUrl}
  Admin       ${backendUrl}/app   (${admin.email} / ${generated.includes("DEMO_ADMIN_PASSWORD") ? `${admin.password}, shown this once` : "password in backend/.env, DEMO_ADMIN_PASSWORD"})
  Store API   ${backendUrl}/store
  Staff       ${storefrontUrl}/staff${staffCreated ? "\n" + staffLogins.map((login) => `    ${login.email} / ${login.password}`).join("\n") : ""}${mail ? `\n  Mail inbox  ${mail.inboxUrl}   (every e-mail the shop sends)` : ""}
Store staff logins are in backend/.env.
A crashed backend or storefront is restarted. Press Ctrl-C to stop everything.`)
}

main().catch(async (error) => {
  console.error(`\nnpm start failed: ${formatError(error)}`)
  await shutdown(1)
})
