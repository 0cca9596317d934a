import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { Logger } from "@medusajs/framework/types"
import { Client } from "pg"

type Dependencies = { __pg_connection__: Knex; logger: Logger }

export type DatabaseHealthOptions = { acquireTimeoutMs?: number }

const DEFAULT_ACQUIRE_TIMEOUT_MS = 3000

export type DatabaseCheck = { status: "up"; latency_ms: number } | { status: "down"; error: string }

const PROBE_INTERVAL_MS = 1000
const KNOWN_DOWN_ACQUIRE_TIMEOUT_MS = 500

const withTimeout = <T>(work: Promise<T>, ms: number): Promise<T> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
    work.then(resolve, reject).finally(() => clearTimeout(timer))
  })

/**
 * Knows whether PostgreSQL answers. Once a request fails because it cannot be
 * reached, the database counts as down: requests are refused at once (no
 * shopper waits for a connection that will not come) while a probe asks every
 * second, and the first answer lets requests through again.
 */
export default class DatabaseHealthModuleService {
  #pg: Knex
  #logger: Logger
  #downSince: number | null = null
  #probe: NodeJS.Timeout | null = null
  #acquireTimeoutMs: number
  #waitsShortened = false

  constructor({ __pg_connection__, logger }: Dependencies, options: DatabaseHealthOptions = {}) {
    this.#pg = __pg_connection__
    this.#logger = logger
    this.#acquireTimeoutMs = options.acquireTimeoutMs ?? DEFAULT_ACQUIRE_TIMEOUT_MS
  }

  /**
   * Medusa builds its shared knex pool with knex's 60 s wait for a connection and
   * does not pass `acquireTimeoutMillis` on from `databaseDriverOptions.pool`: with
   * PostgreSQL down, every request hung for a minute. tarn reads the timeout at
   * each acquire, so it is lowered here, by the HTTP layer once it serves requests:
   * start-up, migrations, the seed and the worker keep the long wait, which a busy
   * machine needs while dozens of modules load at once.
   */
  shortenConnectionWaits(): void {
    if (this.#waitsShortened) return
    this.#waitsShortened = true
    this.#setAcquireTimeout(this.#acquireTimeoutMs)
  }

  #setAcquireTimeout(ms: number): void {
    const pool = (this.#pg?.client as { pool?: { acquireTimeoutMillis: number } } | undefined)?.pool
    if (pool) pool.acquireTimeoutMillis = ms
  }

  /** `select 1` within `timeoutMs`. */
  async check(timeoutMs = 1500): Promise<DatabaseCheck> {
    const begin = Date.now()
    try {
      await withTimeout(Promise.resolve(this.#pg.raw("select 1")), timeoutMs)
      return { status: "up", latency_ms: Date.now() - begin }
    } catch (error) {
      return { status: "down", error: error instanceof Error ? error.message : String(error) }
    }
  }

  /**
   * `select 1` on a new connection, outside the shared pool: true when PostgreSQL answers
   * although the pool had no connection to give (every one busy), false when it is unreachable.
   */
  async answersOutsidePool(timeoutMs = 1000): Promise<boolean> {
    const connection = (this.#pg?.client as { config?: { connection?: { connectionString?: string; ssl?: unknown } } } | undefined)?.config?.connection
    if (!connection?.connectionString) return false
    const client = new Client({ connectionString: connection.connectionString, ssl: connection.ssl as never, connectionTimeoutMillis: timeoutMs })
    // A failed connect emits "error" too: without a listener it would crash the process.
    client.on("error", () => {})
    try {
      await withTimeout(
        client.connect().then(() => client.query("select 1")),
        timeoutMs,
      )
      return true
    } catch {
      return false
    } finally {
      client.end().catch(() => {})
    }
  }

  isKnownDown(): boolean {
    return this.#downSince !== null
  }

  /** Called with an error that shows PostgreSQL cannot be reached. */
  reportUnavailable(error: unknown): void {
    if (this.#downSince !== null) return
    this.#downSince = Date.now()
    // Medusa's own middlewares (the publishable key check) query before ours can refuse:
    // while the database is known down, nothing waits for a connection longer than this.
    this.#setAcquireTimeout(KNOWN_DOWN_ACQUIRE_TIMEOUT_MS)
    this.#logger.warn(`PostgreSQL cannot be reached (${error instanceof Error ? error.message : String(error)}): answering 503 until it is back.`)
    this.#scheduleProbe()
  }

  #scheduleProbe(): void {
    this.#probe = setTimeout(async () => {
      const result = await this.check(PROBE_INTERVAL_MS)
      if (result.status === "up") {
        this.#logger.info(`PostgreSQL answers again after ${Math.round((Date.now() - (this.#downSince ?? Date.now())) / 1000)} s.`)
        this.#downSince = null
        this.#probe = null
        this.#setAcquireTimeout(this.#acquireTimeoutMs)
      } else {
        this.#scheduleProbe()
      }
    }, PROBE_INTERVAL_MS)
    // The probe never keeps the process alive on its own.
    this.#probe.unref()
  }
}
