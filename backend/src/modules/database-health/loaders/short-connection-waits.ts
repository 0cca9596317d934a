import type { LoaderOptions } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"

export type DatabaseHealthOptions = { acquireTimeoutMs?: number }

const DEFAULT_ACQUIRE_TIMEOUT_MS = 3000

/**
 * Medusa builds its shared knex pool with knex's default 60 s wait for a
 * connection and does not pass `acquireTimeoutMillis` on from
 * `databaseDriverOptions.pool`: with PostgreSQL down, every request hung for a
 * minute. tarn reads the timeout at each acquire, so it is lowered here, once
 * the pool exists (in the server and the worker alike).
 */
export default async function shortConnectionWaits({ container, options }: LoaderOptions<DatabaseHealthOptions>) {
  const pg = container.resolve<Knex>("__pg_connection__", { allowUnregistered: true })
  const pool = (pg?.client as { pool?: { acquireTimeoutMillis: number } } | undefined)?.pool
  if (pool) pool.acquireTimeoutMillis = options?.acquireTimeoutMs ?? DEFAULT_ACQUIRE_TIMEOUT_MS
}
