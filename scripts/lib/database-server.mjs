import path from "node:path"
import { dataDir } from "./paths.mjs"
import { normaliseDatabaseUrl, startEmbeddedPostgres } from "./postgres.mjs"

/**
 * A PostgreSQL server to create throw-away databases on: the one behind
 * DATABASE_URL, or an embedded one in .data/<folder>.
 */
export async function openDatabaseServer({ folder, port }) {
  if (process.env.DATABASE_URL) {
    const url = new URL(normaliseDatabaseUrl(process.env.DATABASE_URL))
    url.pathname = "/postgres"
    return { url: url.toString(), stop: async () => {} }
  }
  return startEmbeddedPostgres({ dir: path.join(dataDir, folder), port })
}
