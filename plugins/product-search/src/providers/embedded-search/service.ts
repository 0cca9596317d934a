import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { AbstractSearchProviderService, MedusaError } from "@medusajs/framework/utils"
import { InProcessIndex, TextMatch } from "../../engine/in-process-index"
import { relevanceOf } from "../../engine/relevance"
import { DocumentStore, SqlExecutor, StoredRow } from "./document-store"

export type EmbeddedSearchOptions = {
  /** How often a process looks for documents written by another process (1000 ms). */
  refresh_interval_ms?: number
}

// Rows are read again from a little before the last one seen, so a write
// committed late with an earlier timestamp is not missed.
const OVERLAP_MS = 5_000

/** One physical index held in memory, and how far it has followed the stored rows. */
class FollowedIndex {
  seenUntil: Date | null = null
  checkedAt = 0
  loading: Promise<void> | null = null
  /** The stamp of the stored row each document in memory comes from, so rows read again (overlap, own writes) are not applied twice. */
  readonly appliedStamps = new Map<string, number>()
  constructor(readonly memory: InProcessIndex) {}

  isNewer({ id, stamp }: { id: string; stamp: number }): boolean {
    return (this.appliedStamps.get(id) ?? -1) < stamp
  }
}

/**
 * The in-process engine as a Search Module provider: every process keeps each
 * index it serves in memory (typo-tolerant inverted index, facets, highlights
 * in one pass) and the documents in PostgreSQL, so the worker that writes and
 * the server that searches agree within a second, and a restart needs no reindex.
 */
export class EmbeddedSearchProviderService extends AbstractSearchProviderService {
  static override identifier = "embedded"

  private readonly store: DocumentStore
  private readonly indexes = new Map<string, FollowedIndex>()
  private readonly refreshIntervalMs: number
  protected readonly logger_: Logger

  constructor({ manager, logger }: { manager: SqlExecutor; logger: Logger }, options: EmbeddedSearchOptions = {}) {
    super()
    this.store = new DocumentStore(manager)
    this.logger_ = logger
    this.refreshIntervalMs = options.refresh_interval_ms ?? 1_000
  }

  override async upsertIndex({ index }: { index: SearchTypes.ResolvedSearchIndexDefinition }): Promise<SearchTypes.SearchTask> {
    await this.store.create(index.physical_name)
    // A definition that changed gets a new physical index from the module; one rebuilt under the same name starts over.
    this.indexes.delete(index.physical_name)
    return { index: index.physical_name, status: "succeeded" }
  }

  override async deleteIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    await this.store.drop(index)
    this.indexes.delete(index)
    return { index, status: "succeeded" }
  }

  override async listIndexes(): Promise<SearchTypes.SearchIndexInfo[]> {
    return (await this.store.counts()).map(({ physical_name, document_count, updated_at }) => ({
      name: physical_name,
      provider: EmbeddedSearchProviderService.identifier,
      document_count,
      updated_at,
    }))
  }

  override async upsertDocuments({ index, documents }: { index: string; definition: SearchTypes.ResolvedSearchIndexDefinition; documents: SearchTypes.SearchDocument[] }): Promise<SearchTypes.SearchTask> {
    const stamps = await this.store.upsert(index, documents)
    const followed = this.indexes.get(index)
    if (followed) {
      const fresh = new Set(stamps.filter((stamp) => followed.isNewer(stamp)).map((stamp) => (followed.appliedStamps.set(stamp.id, stamp.stamp), stamp.id)))
      followed.memory.upsert(documents.filter((document) => fresh.has(document.id)))
    }
    return { index, status: "succeeded" }
  }

  override async deleteDocuments({ index, filters }: SearchTypes.SearchDeleteDocumentsInput): Promise<SearchTypes.SearchTask> {
    const ids = primaryKeyIds(filters) ?? (await this.idsMatching(index, filters))
    const stamps = await this.store.markRemoved(index, ids)
    const followed = this.indexes.get(index)
    if (followed) {
      followed.memory.remove(stamps.filter((stamp) => followed.isNewer(stamp)).map((stamp) => (followed.appliedStamps.set(stamp.id, stamp.stamp), stamp.id)))
    }
    return { index, status: "succeeded" }
  }

  override async clearIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    await this.store.markAllRemoved(index)
    this.indexes.delete(index)
    return { index, status: "succeeded" }
  }

  override async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const [result] = await this.searchMany([input])
    return result
  }

  /** The queries of one call (a page and its disjunctive facet queries) share the text matching of each `q`. */
  override async searchMany(inputs: SearchTypes.ProviderSearchQuery[]): Promise<SearchTypes.SearchResult[]> {
    const matches = new Map<string, TextMatch>()
    return Promise.all(
      inputs.map(async (input) => {
        this.rejectUnsupported(input)
        const memory = await this.memoryOf(input.index)
        const key = `${input.index.physical_name}\u0000${input.search_options?.match_strategy ?? ""}\u0000${input.q ?? ""}`
        let text = matches.get(key)
        if (!text) {
          text = memory.matchText(input.q, input.search_options?.match_strategy)
          matches.set(key, text)
        }
        const result = memory.search(input, text)
        const didYouMean = input.pagination?.take === 0 ? undefined : memory.didYouMean(input.q)
        return didYouMean ? { ...result, provider_metadata: { did_you_mean: didYouMean } } : result
      }),
    )
  }

  /** The in-memory index of a definition's physical index, loaded on first use and then following the stored rows. */
  async memoryOf(index: SearchTypes.ResolvedSearchIndexDefinition): Promise<InProcessIndex> {
    let followed = this.indexes.get(index.physical_name)
    if (!followed) {
      // A version dropped after a swap: NOT_FOUND makes the module look up the active version again and retry.
      if (!(await this.store.exists(index.physical_name))) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Search index "${index.physical_name}" does not exist`)
      }
      followed = this.indexes.get(index.physical_name)
    }
    if (!followed) {
      followed = new FollowedIndex(new InProcessIndex(index.fields, relevanceOf(index, EmbeddedSearchProviderService.identifier)))
      this.indexes.set(index.physical_name, followed)
    }
    await this.catchUp(index.physical_name, followed)
    return followed.memory
  }

  private catchUp(name: string, followed: FollowedIndex): Promise<void> {
    if (followed.seenUntil && Date.now() - followed.checkedAt < this.refreshIntervalMs) return Promise.resolve()
    followed.loading ??= this.load(name, followed).finally(() => (followed.loading = null))
    return followed.loading
  }

  private async load(name: string, followed: FollowedIndex): Promise<void> {
    followed.checkedAt = Date.now()
    const since = followed.seenUntil && new Date(followed.seenUntil.getTime() - OVERLAP_MS)
    const read: StoredRow[] = await this.store.changedSince(name, since)
    // Rows read again (the overlap, or this process's own writes) are applied once.
    const rows = read.map((row) => ({ ...row, stamp: Number(row.stamp) })).filter((row) => followed.isNewer(row))
    rows.forEach((row) => followed.appliedStamps.set(row.id, row.stamp))
    followed.memory.remove(rows.filter((row) => row.removed).map((row) => row.id))
    followed.memory.upsert(rows.filter((row) => !row.removed).map((row) => row.document as SearchTypes.SearchDocument))
    for (const row of read) {
      const syncedAt = new Date(row.synced_at)
      if (!followed.seenUntil || syncedAt > followed.seenUntil) followed.seenUntil = syncedAt
    }
    followed.seenUntil ??= new Date(0)
  }

  private async idsMatching(index: string, filters: SearchTypes.SearchFilters): Promise<string[]> {
    const rows = await this.store.changedSince(index, null)
    const memory = new InProcessIndex({}, { synonyms: [], stopWords: [], minWordSizeForTypos: { oneTypo: Infinity, twoTypos: Infinity } })
    memory.upsert(rows.map((row) => row.document as SearchTypes.SearchDocument))
    return memory.idsMatching(filters)
  }

  /** Reject rather than answer differently (the provider contract). */
  private rejectUnsupported(input: SearchTypes.ProviderSearchQuery): void {
    const options = input.search_options ?? {}
    const unsupported = [
      options.vector && "vector search",
      options.distinct && "distinct",
      options.locales?.length && "locales",
      input.pagination?.cursor && "cursor pagination",
    ].filter(Boolean)
    if (unsupported.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `The embedded search provider does not support ${unsupported.join(", ")}`)
  }
}

/** `{ id: [...] }` or `{ id: "…" }` or `{ id: { $in: [...] } }`: a delete by primary key. */
function primaryKeyIds(filters: SearchTypes.SearchFilters): string[] | undefined {
  const keys = Object.keys(filters)
  if (keys.length !== 1 || keys[0] !== "id") return undefined
  const value = filters.id as unknown
  if (typeof value === "string") return [value]
  if (Array.isArray(value)) return value.map(String)
  if (value && typeof value === "object" && Array.isArray((value as any).$in) && Object.keys(value).length === 1) return (value as any).$in.map(String)
  return undefined
}
