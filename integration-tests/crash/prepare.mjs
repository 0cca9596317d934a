#!/usr/bin/env node
// Prepares what the crash tests run on, with the steps of the real start script
// (scripts/start.mjs): secrets, the database, migrations, the demo seed, the demo
// admin, and the builds. It starts nothing: the tests start the built backend
// themselves, so they can kill and restart it alone. Prints one JSON line at the end.
//
// Migrating and seeding a fresh database takes minutes; the result is kept as a
// PostgreSQL template named after everything it depends on (migrations, seed, models,
// the demo admin's password), and later runs copy it in a second.
import fs from "node:fs"
import path from "node:path"
import { createHash } from "node:crypto"
import pg from "pg"
import { ensureSecrets } from "../../scripts/lib/secrets.mjs"
import { hashSources } from "../../scripts/lib/build.mjs"
import { backendDir, pluginsDir } from "../../scripts/lib/paths.mjs"
import { normaliseDatabaseUrl } from "../../scripts/lib/postgres.mjs"
import { buildBackend, buildPlugins, ensureAdminUser, migrate, publishableKey, seedOnce } from "../../scripts/lib/backend.mjs"
import { buildStorefront } from "../../scripts/lib/storefront.mjs"

const { secrets } = ensureSecrets()
const databaseUrl = new URL(normaliseDatabaseUrl(process.env.DATABASE_URL))
const database = databaseUrl.pathname.slice(1)
const serverUrl = new URL(databaseUrl)
serverUrl.pathname = "/postgres"

const env = { ...process.env, ...secrets, DATABASE_URL: databaseUrl.toString(), MEDUSA_DISABLE_TELEMETRY: "true" }
const admin = { email: process.env.DEMO_ADMIN_EMAIL ?? "admin@fairmade.local", password: secrets.DEMO_ADMIN_PASSWORD }

async function onServer(work) {
  const client = new pg.Client({ connectionString: serverUrl.toString() })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/**
 * The template's name: a hash of what shapes the migrated, seeded database (models and
 * migrations, links, migration scripts, the seed, configuration, lockfile, the admin).
 */
function templateName() {
  const shaping = ["modules", "links", "migration-scripts", "scripts"]
  const roots = [backendDir, ...fs.readdirSync(pluginsDir).map((name) => path.join(pluginsDir, name))]
  const sources = hashSources([
    ...roots.flatMap((root) => shaping.map((folder) => path.join(root, "src", folder))),
    path.join(backendDir, "medusa-config.ts"),
    path.join(backendDir, "../package-lock.json"),
  ])
  const key = createHash("sha256").update(sources).update(admin.email).update(admin.password).digest("hex").slice(0, 16)
  return `fairmade_crash_tpl_${key}`
}

const template = templateName()
const quote = (name) => `"${name.replace(/"/g, '""')}"`

await buildPlugins(env)
const copied = await onServer(async (client) => {
  const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [template])
  if (rowCount === 0) return false
  // PostgreSQL refuses to copy a template another session is copying at that moment: wait a little.
  for (let attempt = 0; ; attempt++) {
    try {
      await client.query(`create database ${quote(database)} template ${quote(template)}`)
      return true
    } catch (error) {
      if (attempt >= 20 || !/being accessed by other users/.test(error.message)) throw error
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
  }
})
await Promise.all([
  (async () => {
    if (copied) return
    await onServer((client) => client.query(`create database ${quote(database)}`))
    await migrate(env)
    await seedOnce(env)
    await ensureAdminUser(env, admin)
    // Another run may be making the same template at the same moment: either copy will do.
    await onServer((client) => client.query(`create database ${quote(template)} template ${quote(database)}`)).catch(() => {})
  })(),
  buildBackend(env),
  process.env.CRASH_WITH_STOREFRONT === "true" ? buildStorefront(env) : Promise.resolve(),
])
process.stdout.write(
  `\n${JSON.stringify({
    databaseUrl: databaseUrl.toString(),
    publishableKey: await publishableKey(databaseUrl.toString()),
    admin,
    secrets: { JWT_SECRET: secrets.JWT_SECRET, COOKIE_SECRET: secrets.COOKIE_SECRET, NOTIFICATION_SEAL_KEY: secrets.NOTIFICATION_SEAL_KEY },
    fromTemplate: copied,
  })}\n`,
)
