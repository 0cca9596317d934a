import fs from "node:fs"
import path from "node:path"
import { backendDir, medusaCli, pluginsDir } from "./paths.mjs"
import { buildIfChanged } from "./build.mjs"
import { run, startService } from "./processes.mjs"
import { queryRows } from "./postgres.mjs"

// Shared with the seed, which writes it into store.metadata.seed_version.
const SEED_VERSION = JSON.parse(fs.readFileSync(path.join(backendDir, "src/scripts/seed/version.json"), "utf8")).version
const medusa = (name, args, env, cwd = backendDir) => run(name, process.execPath, [medusaCli, ...args], { cwd, env })

const readPackage = (name) => JSON.parse(fs.readFileSync(path.join(pluginsDir, name, "package.json"), "utf8"))

/** The plugins in plugins/, each after the plugins it depends on (so their builds exist when it compiles). */
export const pluginNames = () => {
  const names = fs.readdirSync(pluginsDir).filter((name) => fs.existsSync(path.join(pluginsDir, name, "package.json"))).sort()
  const byPackage = new Map(names.map((name) => [readPackage(name).name, name]))
  const ordered = []
  const visit = (name, trail = []) => {
    if (ordered.includes(name)) return
    if (trail.includes(name)) throw new Error(`Plugins depend on each other in a circle: ${[...trail, name].join(" -> ")}`)
    const { dependencies = {}, peerDependencies = {} } = readPackage(name)
    for (const dependency of Object.keys({ ...dependencies, ...peerDependencies })) {
      if (byPackage.has(dependency)) visit(byPackage.get(dependency), [...trail, name])
    }
    ordered.push(name)
  }
  names.forEach((name) => visit(name))
  return ordered
}

/** Compiles each plugin in plugins/ with `medusa plugin:build` when its sources changed. */
export async function buildPlugins(env) {
  for (const name of pluginNames()) {
    const dir = path.join(pluginsDir, name)
    await buildIfChanged({
      inputs: ["src", "package.json", "tsconfig.json"].map((entry) => path.join(dir, entry)),
      outputDir: path.join(dir, ".medusa/server"),
      build: () => medusa(`build-plugin-${name}`, ["plugin:build"], env, dir),
    })
  }
}

/** `medusa build`: the server code and the admin dashboard into backend/.medusa/server. */
export async function buildBackend(env) {
  const outputDir = path.join(backendDir, ".medusa/server")
  const pluginBuilds = pluginNames().map((name) => path.join(pluginsDir, name, ".medusa/server/.source-hash"))
  const built = await buildIfChanged({
    inputs: [...["src", "medusa-config.ts", "package.json", "tsconfig.json"].map((entry) => path.join(backendDir, entry)), ...pluginBuilds],
    outputDir,
    build: () => medusa("build-backend", ["build"], env),
  })
  // Medusa serves <root>/static at /static; the built server shares the product images.
  const staticLink = path.join(outputDir, "static")
  if (!fs.existsSync(staticLink)) fs.symlinkSync(path.join(backendDir, "static"), staticLink)
  return built
}

export const migrate = (env) => medusa("migrate", ["db:migrate"], env)

/** With Stripe configured, regions offer it beside the system provider (idempotent). */
export async function enableStripeIfConfigured(env) {
  if (env.STRIPE_API_KEY) await medusa("enable-stripe", ["exec", "./src/scripts/enable-stripe.ts"], env)
}

export async function seededVersion(databaseUrl) {
  const rows = await queryRows(databaseUrl, "select metadata->>'seed_version' as version from store where deleted_at is null limit 1")
  return rows[0]?.version ?? null
}

/** Seeds the demo catalogue, once per database. */
export async function seedOnce(env) {
  if ((await seededVersion(env.DATABASE_URL)) === SEED_VERSION) return false
  await medusa("seed", ["exec", "./src/scripts/seed.ts"], env)
  return true
}

/** Publishes the demo's terms, privacy notice, legal notice and FAQ unless published (shop-content). */
export async function ensureShopContent(env) {
  const rows = await queryRows(env.DATABASE_URL, "select count(distinct slug)::int as n from content_document where published_at is not null and deleted_at is null")
  if ((rows[0]?.n ?? 0) >= 4) return false
  await medusa("seed-content", ["exec", "./src/scripts/seed-content.ts"], env)
  return true
}


/** Creates the demo admin user unless it exists. Admins work in /app; store staff are their own accounts (seed). */
export async function ensureAdminUser(env, admin) {
  const existing = await queryRows(env.DATABASE_URL, `select 1 from "user" where email = $1 and deleted_at is null`, [admin.email])
  if (existing.length > 0) return
  await medusa("admin-user", ["user", "-e", admin.email, "-p", admin.password], env)
}

/**
 * Creates the demo's store staff that do not exist yet, with their passwords from
 * backend/.env. Answers whether it created any (then `npm start` prints the logins).
 */
export async function ensureDemoStaff(env, logins) {
  const existing = await queryRows(
    env.DATABASE_URL,
    `select email from staff_member where email = any($1) and status = 'active' and deleted_at is null`,
    [logins.map((login) => login.email)],
  )
  if (existing.length === logins.length) return false
  await medusa("seed-staff", ["exec", "./src/scripts/seed-staff.ts"], { ...env, DEMO_STAFF: JSON.stringify(logins) })
  return true
}

export async function publishableKey(databaseUrl) {
  const rows = await queryRows(
    databaseUrl,
    "select token from api_key where type = 'publishable' and title = 'Storefront' and deleted_at is null and revoked_at is null limit 1",
  )
  if (!rows[0]) throw new Error("No publishable API key titled 'Storefront': the seed did not run or was changed.")
  return rows[0].token
}

/**
 * The built backend as services for the supervisor. With Redis, a second
 * process takes the worker's share (subscribers, jobs, workflows' async steps),
 * as in production.
 */
export function backendServices(env, port) {
  const cwd = path.join(backendDir, ".medusa/server")
  const serverEnv = { ...env, NODE_ENV: "production", PORT: String(port) }
  const medusaStart = (name, extraEnv) => () => startService(name, process.execPath, [medusaCli, "start"], { cwd, env: { ...serverEnv, ...extraEnv } })
  if (!env.REDIS_URL) {
    return [{ name: "backend", start: medusaStart("backend", { MEDUSA_WORKER_MODE: "shared" }), readyUrl: `http://localhost:${port}/health` }]
  }
  return [
    { name: "backend", start: medusaStart("backend", { MEDUSA_WORKER_MODE: "server" }), readyUrl: `http://localhost:${port}/health` },
    { name: "worker", start: medusaStart("worker", { MEDUSA_WORKER_MODE: "worker", PORT: String(port + 1) }) },
  ]
}
