#!/usr/bin/env node
// `npm start`: database, migrations, seed, builds, then backend and storefront.
import { ensureSecrets } from "./lib/secrets.mjs"
import { openDatabase } from "./lib/database.mjs"
import { buildBackend, buildPlugins, enableStripeIfConfigured, ensureAdminUser, ensureDemoStaff, migrate, publishableKey, seedOnce, startBackend } from "./lib/backend.mjs"
import { demoStaffLogins } from "./lib/demo-staff.mjs"
import { buildStorefront, startStorefront } from "./lib/storefront.mjs"
import { stopAll, waitForHttp } from "./lib/processes.mjs"
import { startMailCatcher } from "./lib/mail-catcher.mjs"
import { log } from "./lib/log.mjs"

const backendPort = Number(process.env.BACKEND_PORT ?? 9000)
const storefrontPort = Number(process.env.STOREFRONT_PORT ?? 4321)
const backendUrl = process.env.BACKEND_URL ?? `http://localhost:${backendPort}`
const storefrontUrl = process.env.STOREFRONT_URL ?? `http://localhost:${storefrontPort}`
const ADMIN_EMAIL = process.env.DEMO_ADMIN_EMAIL ?? "admin@fairmade.local"
const mailPorts = { smtpPort: Number(process.env.MAIL_CATCHER_SMTP_PORT ?? 1025), webPort: Number(process.env.MAIL_CATCHER_WEB_PORT ?? 1080) }

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
  const { secrets, generated } = ensureSecrets()
  // Without SMTP_URL the demo's e-mails go to a local inbox.
  const mail = process.env.SMTP_URL ? null : await log.step("Starting the mail catcher", () => startMailCatcher(mailPorts))
  if (mail) services.push(mail.child)
  database = await log.step(process.env.DATABASE_URL ? "Connecting to DATABASE_URL" : "Starting embedded PostgreSQL", () => openDatabase())
  const env = {
    ...process.env,
    ...secrets,
    DATABASE_URL: database.url,
    BACKEND_URL: backendUrl,
    STOREFRONT_URL: storefrontUrl,
    MEDUSA_DISABLE_TELEMETRY: "true",
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
      await enableStripeIfConfigured(env)
      return seededNow
    }),
    log.step("Building backend and admin (when sources changed)", () => buildBackend(env)),
    log.step("Building storefront (when sources changed)", () => buildStorefront(env)),
  ])
  if (!seeded) log.info("Database already seeded: reusing it.")

  const backend = startBackend(env, backendPort)
  services.push(...backend)
  await log.step("Starting backend", () => waitForHttp(`http://localhost:${backendPort}/health`, { child: backend[0] }))
  const key = await publishableKey(database.url)
  services.push(startStorefront(env, { port: storefrontPort, backendUrl, publishableKey: key }))
  await log.step("Starting storefront", () => waitForHttp(`http://localhost:${storefrontPort}/`, { child: services.at(-1) }))

  for (const child of services) child.on("exit", (code) => !stopping && shutdown(code ?? 1))
  console.log(`
Fairmade is running (ready in ${log.elapsed()}):
  Storefront  ${storefrontUrl}
  Admin       ${backendUrl}/app   (${admin.email} / ${generated.includes("DEMO_ADMIN_PASSWORD") ? `${admin.password}, shown this once` : "password in backend/.env, DEMO_ADMIN_PASSWORD"})
  Store API   ${backendUrl}/store
  Staff       ${storefrontUrl}/staff${staffCreated ? "\n" + staffLogins.map((login) => `    ${login.email} / ${login.password}`).join("\n") : ""}${mail ? `\n  Mail inbox  ${mail.inboxUrl}   (every e-mail the shop sends)` : ""}
Store staff logins are in backend/.env.
Press Ctrl-C to stop everything.`)
}

main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error)
  await shutdown(1)
})
