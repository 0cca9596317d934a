#!/usr/bin/env node
// Prepares what the crash tests run on, with the steps of the real start script
// (scripts/start.mjs): secrets, the database, migrations, the demo seed, the demo
// admin, and the builds. It starts nothing: the tests start the built backend
// themselves, so they can kill and restart it alone. Prints one JSON line at the end.
import { ensureSecrets } from "../../scripts/lib/secrets.mjs"
import { openDatabase } from "../../scripts/lib/database.mjs"
import { buildBackend, buildPlugins, ensureAdminUser, migrate, publishableKey, seedOnce } from "../../scripts/lib/backend.mjs"
import { buildStorefront } from "../../scripts/lib/storefront.mjs"

const secrets = ensureSecrets()
const database = await openDatabase()
const env = { ...process.env, ...secrets, DATABASE_URL: database.url, MEDUSA_DISABLE_TELEMETRY: "true" }
const admin = { email: process.env.DEMO_ADMIN_EMAIL ?? "admin@fairmade.local", password: secrets.DEMO_ADMIN_PASSWORD }

await buildPlugins(env)
await migrate(env)
await Promise.all([
  (async () => {
    await seedOnce(env)
    await ensureAdminUser(env, admin)
  })(),
  buildBackend(env),
  process.env.CRASH_WITH_STOREFRONT === "true" ? buildStorefront(env) : Promise.resolve(),
])
process.stdout.write(
  `\n${JSON.stringify({
    databaseUrl: database.url,
    publishableKey: await publishableKey(database.url),
    admin,
    secrets: { JWT_SECRET: secrets.JWT_SECRET, COOKIE_SECRET: secrets.COOKIE_SECRET },
  })}\n`,
)
