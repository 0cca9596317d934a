import type { Logger } from "@medusajs/framework/types"
import { MedusaService } from "@medusajs/framework/utils"
import { createEngines } from "./engines/create-engines"
import type { EmbeddedEngine } from "./engines/embedded/embedded-engine"
import type { FailoverEngine } from "./engines/failover-engine"
import { IndexedDocument } from "./models/search-document"
import { loadSearchSettings } from "./settings/load-settings"
import { StoredDocument, StoredDocumentsFollower } from "./stored-documents-follower"
import type { SearchDocument, SearchEngine, SearchQuery, SearchResult, SearchStatus } from "./types"

export type ProductSearchOptions = {
  /** JSON file overriding settings/default-settings.ts (synonyms, stop words…). */
  settingsFile?: string
  /** Default: MEILISEARCH_HOST / MEILISEARCH_API_KEY. */
  meilisearchHost?: string
  meilisearchApiKey?: string
  /** How often a process looks for documents indexed by another process. */
  refreshIntervalMs?: number
}

const WRITE_BATCH = 500

/**
 * The search contract for the rest of the application: index, remove,
 * search, status. Documents are stored in PostgreSQL and held in memory by
 * the embedded engine; Meilisearch, when configured, answers first.
 */
export default class ProductSearchModuleService extends MedusaService({ IndexedDocument }) {
  private readonly embedded: EmbeddedEngine
  private readonly failover: FailoverEngine | null
  private readonly engine: SearchEngine
  private readonly follower: StoredDocumentsFollower

  constructor(container: { logger: Logger }, options: ProductSearchOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    const settings = loadSearchSettings(options.settingsFile)
    const meilisearch = {
      host: options.meilisearchHost ?? process.env.MEILISEARCH_HOST,
      apiKey: options.meilisearchApiKey ?? process.env.MEILISEARCH_API_KEY,
    }
    ;({ embedded: this.embedded, failover: this.failover, engine: this.engine } = createEngines(settings, meilisearch, container.logger))
    this.follower = new StoredDocumentsFollower(
      (since) => this.storedDocumentsChangedSince(since),
      (rows) => this.applyToMemory(rows),
      options.refreshIntervalMs ?? 1_000,
    )
  }

  async index(documents: SearchDocument[]): Promise<void> {
    if (!documents.length) return
    await this.store(documents.map((document) => ({ id: document.id, document, removed: false })))
    await this.engine.index(documents)
  }

  async remove(ids: string[]): Promise<void> {
    if (!ids.length) return
    await this.store(ids.map((id) => ({ id, document: {}, removed: true })))
    await this.engine.remove(ids)
  }

  /** After a full reindex: removes every document whose product was not seen. */
  async removeAllExcept(keptIds: string[]): Promise<number> {
    const kept = new Set(keptIds)
    const stored = await this.listIndexedDocuments({ removed: false }, { select: ["id"], take: null })
    const gone = stored.map((row) => row.id).filter((id) => !kept.has(id))
    await this.remove(gone)
    return gone.length
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    await this.follower.catchUp()
    return this.engine.search(query)
  }

  async status(): Promise<SearchStatus> {
    const [[latest], [, documentCount]] = await Promise.all([
      this.listIndexedDocuments({}, { select: ["synced_at"], order: { synced_at: "DESC" }, take: 1 }),
      this.listAndCountIndexedDocuments({ removed: false }, { select: ["id"], take: 1 }),
    ])
    return {
      engine: this.engine.name,
      configured_engine: this.failover ? "meilisearch" : "embedded",
      document_count: documentCount,
      last_synced_at: latest ? new Date(latest.synced_at).toISOString() : null,
      ...(this.failover && { meilisearch: { host: this.failover.remoteHost, healthy: this.failover.remoteIsUp } }),
    }
  }

  /** Upserts rows in batches, stamping them so other processes pick them up. */
  private async store(rows: Omit<StoredDocument, "synced_at">[]): Promise<void> {
    const synced_at = new Date()
    for (let start = 0; start < rows.length; start += WRITE_BATCH) {
      const batch = rows.slice(start, start + WRITE_BATCH).map((row) => ({ ...row, synced_at }))
      const existing = await this.listIndexedDocuments({ id: batch.map((row) => row.id) }, { select: ["id"], take: null })
      const known = new Set(existing.map((row) => row.id))
      const updates = batch.filter((row) => known.has(row.id))
      const creates = batch.filter((row) => !known.has(row.id))
      if (updates.length) await this.updateIndexedDocuments(updates as any)
      if (creates.length) await this.createOrUpdate(creates)
    }
  }

  /**
   * Subscribers for a product's variants, prices and stock run concurrently, so
   * another one may have created the row since we looked: then it is an update.
   */
  private async createOrUpdate(rows: StoredDocument[]): Promise<void> {
    try {
      await this.createIndexedDocuments(rows as any)
    } catch (error) {
      if (!/already exists/i.test((error as Error).message)) throw error
      for (const row of rows) {
        const [existing] = await this.listIndexedDocuments({ id: row.id }, { select: ["id"], take: 1 })
        if (existing) await this.updateIndexedDocuments(row as any)
        else await this.createIndexedDocuments(row as any)
      }
    }
  }

  private async storedDocumentsChangedSince(since: Date | null): Promise<StoredDocument[]> {
    const filters = since ? { synced_at: { $gte: since } } : { removed: false }
    return (await this.listIndexedDocuments(filters, { take: null })) as unknown as StoredDocument[]
  }

  private async applyToMemory(rows: StoredDocument[]): Promise<void> {
    await this.embedded.remove(rows.filter((row) => row.removed).map((row) => row.id))
    await this.embedded.index(rows.filter((row) => !row.removed).map((row) => row.document as SearchDocument))
  }
}
