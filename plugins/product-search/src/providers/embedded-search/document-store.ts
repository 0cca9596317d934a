import type { SearchTypes } from "@medusajs/framework/types"

/** Runs SQL with `?` placeholders: the Search Module's entity manager (`manager.execute`), or a pg adapter in the bench. */
export type SqlExecutor = { execute(sql: string, params?: unknown[]): Promise<any[]> }

/** `stamp`: `synced_at` in microseconds since the epoch, exact (a Date keeps only milliseconds). */
export type StoredRow = { id: string; document: SearchTypes.SearchDocument | Record<string, never>; removed: boolean; synced_at: Date | string; stamp: number }
export type Stamp = { id: string; stamp: number }

const STAMP = `(extract(epoch from "synced_at") * 1000000)::bigint::text as "stamp"`
const toStamps = (rows: any[]): Stamp[] => rows.map((row) => ({ id: row.id, stamp: Number(row.stamp) }))

export const DOCUMENT_TABLE = "fairmade_search_document"
/** The physical indexes that exist (created by `upsertIndex`, until `deleteIndex`), empty ones included. */
export const INDEX_TABLE = "fairmade_search_index"

/**
 * The documents of every physical index this provider holds, one row per
 * document. A removed document keeps its row with `removed` set, so that other
 * processes following `synced_at` learn of the removal too.
 */
export class DocumentStore {
  private ready: Promise<void> | null = null

  constructor(private readonly sql: SqlExecutor) {}

  ensureTable(): Promise<void> {
    this.ready ??= (async () => {
      await this.sql.execute(
        `create table if not exists "${DOCUMENT_TABLE}" (
          "physical_name" text not null,
          "id" text not null,
          "document" jsonb not null,
          "removed" boolean not null default false,
          "synced_at" timestamptz not null default clock_timestamp(),
          primary key ("physical_name", "id"))`,
      )
      await this.sql.execute(`create index if not exists "IDX_${DOCUMENT_TABLE}_synced_at" on "${DOCUMENT_TABLE}" ("physical_name", "synced_at")`)
      await this.sql.execute(`create table if not exists "${INDEX_TABLE}" ("physical_name" text primary key, "created_at" timestamptz not null default now())`)
    })().catch((error) => {
      this.ready = null
      throw error
    })
    return this.ready
  }

  async upsert(index: string, documents: SearchTypes.SearchDocument[]): Promise<Stamp[]> {
    if (!documents.length) return []
    await this.ensureTable()
    return toStamps(await this.sql.execute(
      `insert into "${DOCUMENT_TABLE}" ("physical_name", "id", "document", "removed", "synced_at")
       select ?, r.id, r.document, false, clock_timestamp() from jsonb_to_recordset(?::jsonb) as r(id text, document jsonb)
       on conflict ("physical_name", "id") do update set "document" = excluded."document", "removed" = false, "synced_at" = excluded."synced_at"
       returning "id", ${STAMP}`,
      [index, JSON.stringify(documents.map((document) => ({ id: document.id, document })))],
    ))
  }

  async markRemoved(index: string, ids: string[]): Promise<Stamp[]> {
    if (!ids.length) return []
    await this.ensureTable()
    return toStamps(await this.sql.execute(
      `update "${DOCUMENT_TABLE}" set "removed" = true, "document" = '{}'::jsonb, "synced_at" = clock_timestamp()
       where "physical_name" = ? and "id" in (select jsonb_array_elements_text(?::jsonb)) returning "id", ${STAMP}`,
      [index, JSON.stringify(ids)],
    ))
  }

  async markAllRemoved(index: string): Promise<void> {
    await this.ensureTable()
    await this.sql.execute(
      `update "${DOCUMENT_TABLE}" set "removed" = true, "document" = '{}'::jsonb, "synced_at" = clock_timestamp() where "physical_name" = ? and not "removed"`,
      [index],
    )
  }

  async create(index: string): Promise<void> {
    await this.ensureTable()
    await this.sql.execute(`insert into "${INDEX_TABLE}" ("physical_name") values (?) on conflict do nothing`, [index])
  }

  async exists(index: string): Promise<boolean> {
    await this.ensureTable()
    return (await this.sql.execute(`select 1 from "${INDEX_TABLE}" where "physical_name" = ?`, [index])).length > 0
  }

  async drop(index: string): Promise<void> {
    await this.ensureTable()
    await this.sql.execute(`delete from "${INDEX_TABLE}" where "physical_name" = ?`, [index])
    await this.sql.execute(`delete from "${DOCUMENT_TABLE}" where "physical_name" = ?`, [index])
  }

  /** Every live row first (since = null), then the rows changed since a date, removed ones included. */
  async changedSince(index: string, since: Date | null): Promise<StoredRow[]> {
    await this.ensureTable()
    return since
      ? this.sql.execute(`select "id", "document", "removed", "synced_at", ${STAMP} from "${DOCUMENT_TABLE}" where "physical_name" = ? and "synced_at" >= ?`, [index, since])
      : this.sql.execute(`select "id", "document", "removed", "synced_at", ${STAMP} from "${DOCUMENT_TABLE}" where "physical_name" = ? and not "removed"`, [index])
  }

  async counts(): Promise<{ physical_name: string; document_count: number; updated_at: Date }[]> {
    await this.ensureTable()
    const rows = await this.sql.execute(
      `select i."physical_name", count(d."id") filter (where not d."removed")::int as "document_count", coalesce(max(d."synced_at"), i."created_at") as "updated_at"
       from "${INDEX_TABLE}" i left join "${DOCUMENT_TABLE}" d on d."physical_name" = i."physical_name" group by i."physical_name", i."created_at"`,
    )
    return rows.map((row: any) => ({ physical_name: row.physical_name, document_count: Number(row.document_count), updated_at: new Date(row.updated_at) }))
  }
}
