import path from "node:path"
import { dataDir } from "./paths.mjs"
import { ensureDatabase, normaliseDatabaseUrl, startEmbeddedPostgres } from "./postgres.mjs"

/**
 * The database to run on: DATABASE_URL when set (created if missing),
 * otherwise an embedded PostgreSQL whose files stay in .data/postgres.
 */
export async function openDatabase({ name = "fairmade", port = Number(process.env.EMBEDDED_PG_PORT ?? 54329) } = {}) {
  if (process.env.DATABASE_URL) {
    const url = new URL(normaliseDatabaseUrl(process.env.DATABASE_URL))
    const database = url.pathname.slice(1) || name
    url.pathname = "/postgres"
    return { url: await ensureDatabase(url.toString(), database), embedded: false, stop: async () => {} }
  }
  const server = await startEmbeddedPostgres({ dir: path.join(dataDir, "postgres"), port })
  return { ...server, url: await ensureDatabase(server.url, name), embedded: true }
}
