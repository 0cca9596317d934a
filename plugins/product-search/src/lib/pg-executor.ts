import type { SqlExecutor } from "../providers/embedded-search/document-store"

type PgPool = { query(text: string, values?: unknown[]): Promise<{ rows: any[] }> }

/** A `pg` pool behind the `?`-placeholder `execute` the Search Module's entity manager offers (tests and the bench). */
export function pgExecutor(pool: PgPool): SqlExecutor {
  return {
    async execute(sql: string, params: unknown[] = []) {
      let n = 0
      const text = sql.replace(/\?(?!\?)/g, () => `$${++n}`)
      return (await pool.query(text, params)).rows
    },
  }
}
