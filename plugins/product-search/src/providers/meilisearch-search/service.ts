import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { AbstractSearchProviderService, MedusaError } from "@medusajs/framework/utils"
import { EmbeddedSearchProviderService } from "../embedded-search/service"
import type { SqlExecutor } from "../embedded-search/document-store"
import { rangeFilter, toMeilisearchFilter } from "./filters"
import { meilisearchSettings } from "./settings"

/**
 * The `meilisearch` client. It is an ES module, which this CommonJS plugin can only name with a
 * `resolution-mode` import attribute that Biome cannot parse, so it is typed loosely here.
 */
// biome-ignore lint/suspicious/noExplicitAny: see above
type Meilisearch = any

export type MeilisearchOptions = { host: string; api_key?: string; request_timeout_ms?: number }

const REQUEST_TIMEOUT_MS = 2_000
const TASK_TIMEOUT_MS = 30_000
const FIRST_RETRY_MS = 1_000
const LAST_RETRY_MS = 60_000

type Query = SearchTypes.ProviderSearchQuery

/**
 * Meilisearch as a Search Module provider, through its official client, with
 * the embedded provider behind it: every write goes to both; when Meilisearch
 * fails, searches are answered by the embedded provider at once (the answer
 * says `engine: "embedded"`), health checks (1 s, doubling to 60 s) look for
 * its return, the documents changed meanwhile are replayed, and searches go back.
 */
export class MeilisearchSearchProviderService extends AbstractSearchProviderService {
  static override identifier = "meilisearch"

  private client: Meilisearch | null = null
  private readonly embedded: EmbeddedSearchProviderService
  private readonly logger_: Pick<Logger, "warn" | "info">
  private down = false
  private retryInMs = FIRST_RETRY_MS
  private retryTimer: NodeJS.Timeout | null = null
  /** Documents written or removed while Meilisearch was unreachable, per physical index. */
  private readonly missed = new Map<string, { definition?: SearchTypes.ResolvedSearchIndexDefinition; ids: Set<string> }>()

  constructor({ manager, logger }: { manager: SqlExecutor; logger: Logger }, private readonly options: MeilisearchOptions) {
    super()
    if (!options?.host) throw new MedusaError(MedusaError.Types.INVALID_DATA, "The Meilisearch search provider needs a host (MEILISEARCH_HOST)")
    this.logger_ = logger
    this.embedded = new EmbeddedSearchProviderService({ manager, logger })
  }

  get isUp(): boolean {
    return !this.down
  }

  override async upsertIndex({ index }: { index: SearchTypes.ResolvedSearchIndexDefinition }): Promise<SearchTypes.SearchTask> {
    await this.embedded.upsertIndex({ index })
    const client = await this.connect()
    const existing = await client.getIndex(index.physical_name).catch(() => null)
    if (!existing) await client.createIndex(index.physical_name, { primaryKey: index.primary_key }).waitTask({ timeout: TASK_TIMEOUT_MS })
    await client.index(index.physical_name).updateSettings(meilisearchSettings(index) as any).waitTask({ timeout: TASK_TIMEOUT_MS })
    return { index: index.physical_name, status: "succeeded" }
  }

  override async deleteIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    await this.embedded.deleteIndex({ index })
    await (await this.connect()).deleteIndex(index).waitTask({ timeout: TASK_TIMEOUT_MS })
    return { index, status: "succeeded" }
  }

  override async listIndexes(): Promise<SearchTypes.SearchIndexInfo[]> {
    const stats = await (await this.connect()).getStats()
    return Object.entries(stats.indexes as Record<string, { numberOfDocuments: number }>).map(([name, index]) => ({
      name,
      provider: MeilisearchSearchProviderService.identifier,
      document_count: index.numberOfDocuments,
    }))
  }

  override async upsertDocuments(input: { index: string; definition: SearchTypes.ResolvedSearchIndexDefinition; documents: SearchTypes.SearchDocument[] }) {
    await this.embedded.upsertDocuments(input)
    await this.onRemote(input.index, input.documents.map((document) => document.id), input.definition, async (client) => {
      await client.index(input.index).addDocuments(input.documents, { primaryKey: input.definition.primary_key }).waitTask({ timeout: TASK_TIMEOUT_MS })
    })
    return { index: input.index, status: "succeeded" as const }
  }

  override async deleteDocuments({ index, filters }: SearchTypes.SearchDeleteDocumentsInput): Promise<SearchTypes.SearchTask> {
    await this.embedded.deleteDocuments({ index, filters })
    const ids = idsOf(filters)
    await this.onRemote(index, ids ?? [], undefined, async (client) => {
      const target = client.index(index)
      const task = ids ? target.deleteDocuments(ids) : target.deleteDocuments({ filter: toMeilisearchFilter(filters)! })
      await task.waitTask({ timeout: TASK_TIMEOUT_MS })
    })
    return { index, status: "succeeded" }
  }

  override async clearIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    await this.embedded.clearIndex({ index })
    await (await this.connect()).index(index).deleteAllDocuments().waitTask({ timeout: TASK_TIMEOUT_MS })
    return { index, status: "succeeded" }
  }

  override async search(input: Query): Promise<SearchTypes.SearchResult> {
    const [result] = await this.searchMany([input])
    return result
  }

  /** One multi-search round trip for a page, its disjunctive facet queries and its range-facet buckets. */
  override async searchMany(inputs: Query[]): Promise<SearchTypes.SearchResult[]> {
    if (!this.down) {
      try {
        const results = await this.remoteSearch(inputs)
        // Meilisearch corrects typos silently; the embedded vocabulary can say what it corrected.
        return await Promise.all(
          results.map(async (result, i) => {
            const didYouMean = inputs[i].q && inputs[i].pagination?.take !== 0 ? (await this.embedded.memoryOf(inputs[i].index)).didYouMean(inputs[i].q) : undefined
            return { ...result, provider_metadata: { engine: "meilisearch", ...(didYouMean && { did_you_mean: didYouMean }) } }
          }),
        )
      } catch (error) {
        if (error instanceof MedusaError) throw error
        this.markDown(error)
      }
    }
    const results = await this.embedded.searchMany(inputs)
    return results.map((result) => ({ ...result, provider_metadata: { ...result.provider_metadata, engine: "embedded" } }))
  }

  /** Stops the health checks (shutdown, tests). */
  stop(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer)
    this.retryTimer = null
  }

  private async remoteSearch(inputs: Query[]): Promise<SearchTypes.SearchResult[]> {
    const queries: Record<string, unknown>[] = []
    const plans = inputs.map((input) => {
      const options = input.search_options ?? {}
      if (options.vector || options.distinct || options.locales?.length || input.pagination?.cursor) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "The Meilisearch search provider does not support vector search, distinct, locales or cursors here")
      }
      const filter = toMeilisearchFilter(input.filters)
      const facets = (options.facets ?? []).map((facet) => (typeof facet === "string" ? { field: facet, type: "value" as const } : facet))
      const valueFacets = facets.filter((facet) => facet.type !== "range").map((facet) => facet.field)
      const highlight = input.q && options.highlight ? (options.highlight === true ? { fields: ["*"] } : options.highlight) : null
      const snippet = highlight && "snippet" in highlight && highlight.snippet ? (highlight.snippet === true ? 24 : highlight.snippet.length) : null
      const main = queries.length
      queries.push({
        indexUid: input.index.physical_name,
        q: input.q ?? "",
        ...(filter && { filter }),
        offset: input.pagination?.skip ?? 0,
        limit: input.pagination?.take ?? 20,
        ...(valueFacets.length && { facets: valueFacets }),
        ...(sortOf(input.pagination?.order) && { sort: sortOf(input.pagination?.order) }),
        attributesToRetrieve: input.attributes_to_retrieve,
        ...(highlight && {
          attributesToHighlight: highlight.fields,
          highlightPreTag: "pre_tag" in highlight && highlight.pre_tag ? highlight.pre_tag : "<mark>",
          highlightPostTag: "post_tag" in highlight && highlight.post_tag ? highlight.post_tag : "</mark>",
          ...(snippet && { attributesToCrop: highlight.fields, cropLength: snippet }),
        }),
        ...(options.include_score && { showRankingScore: true }),
        ...(options.match_strategy === "all" && { matchingStrategy: "all" }),
      })
      // Meilisearch has no range facets: one count-only query per bucket, in the same round trip.
      const ranges = facets.flatMap((facet) =>
        facet.type === "range"
          ? facet.ranges.map((range) => {
              queries.push({ indexUid: input.index.physical_name, q: input.q ?? "", filter: [filter, rangeFilter(facet.field, range.from, range.to)].filter(Boolean).join(" AND "), limit: 0 })
              return { field: facet.field, range, at: queries.length - 1 }
            })
          : [],
      )
      const highlightFields = highlight ? highlight.fields : []
      return { input, main, ranges, facets, highlightFields }
    })
    const client = await this.connect()
    const { results } = await client.multiSearch({ queries: queries as any })
    return plans.map(({ input, main, ranges, facets, highlightFields }) => {
      const response = results[main] as any
      const resultFacets: Record<string, SearchTypes.SearchFacetResult> = {}
      for (const facet of facets) {
        if (facet.type === "range") {
          resultFacets[facet.field] = {
            type: "range",
            ranges: ranges.filter((range) => range.field === facet.field).map(({ range, at }) => ({ key: range.key ?? `${range.from ?? ""}-${range.to ?? ""}`, from: range.from, to: range.to, count: (results[at] as any).estimatedTotalHits ?? 0 })),
          }
        } else if (facet.type === "stats") {
          const stats = response.facetStats?.[facet.field]
          resultFacets[facet.field] = { type: "stats", min: stats?.min ?? 0, max: stats?.max ?? 0, count: response.estimatedTotalHits ?? 0 }
        } else {
          const distribution: Record<string, number> = response.facetDistribution?.[facet.field] ?? {}
          resultFacets[facet.field] = { type: "value", values: Object.entries(distribution).map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)) }
        }
      }
      return {
        hits: response.hits.map((hit: any) => {
          const { _formatted, _rankingScore, ...document } = hit
          const fields = highlightFields.includes("*") ? Object.keys(_formatted ?? {}) : highlightFields
          const highlights = _formatted && fields.length ? Object.fromEntries(fields.filter((field) => typeof _formatted[field] === "string").map((field) => [field, [_formatted[field] as string]])) : undefined
          return { id: String(document[input.index.primary_key]), document, ...(_rankingScore !== undefined && { score: _rankingScore }), ...(highlights && { highlights }) }
        }),
        ...(facets.length && { facets: resultFacets }),
        metadata: {
          skip: input.pagination?.skip ?? 0,
          take: input.pagination?.take ?? 20,
          count: input.search_options?.count === "none" ? null : response.estimatedTotalHits ?? response.totalHits ?? null,
          ...(input.q && { query: input.q }),
          processing_time_ms: response.processingTimeMs,
        },
      }
    })
  }

  private async connect(): Promise<Meilisearch> {
    if (!this.client) {
      const { Meilisearch } = loadMeilisearch()
      this.client = new Meilisearch({ host: this.options.host, apiKey: this.options.api_key, timeout: this.options.request_timeout_ms ?? REQUEST_TIMEOUT_MS })
    }
    return this.client
  }

  private async onRemote(index: string, ids: string[], definition: SearchTypes.ResolvedSearchIndexDefinition | undefined, write: (client: Meilisearch) => Promise<void>) {
    if (!this.down) {
      try {
        return await write(await this.connect())
      } catch (error) {
        this.markDown(error)
      }
    }
    const missed = this.missed.get(index) ?? { ids: new Set<string>() }
    missed.definition ??= definition
    ids.forEach((id) => missed.ids.add(id))
    this.missed.set(index, missed)
  }

  private markDown(error: unknown): void {
    if (!this.down) this.logger_.warn(`Meilisearch unreachable (${(error as Error)?.message ?? error}); answering from the embedded provider.`)
    this.down = true
    if (this.retryTimer) return
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null
      void this.checkHealth()
    }, this.retryInMs)
    this.retryTimer.unref()
    this.retryInMs = Math.min(this.retryInMs * 2, LAST_RETRY_MS)
  }

  private async checkHealth(): Promise<void> {
    const healthy = await this.connect().then((client) => client.isHealthy()).catch(() => false)
    try {
      if (!healthy) throw new Error("not healthy")
      await this.replayMissed()
    } catch (error) {
      this.down = false
      return this.markDown(error)
    }
    this.down = false
    this.retryInMs = FIRST_RETRY_MS
    this.logger_.info("Meilisearch is reachable again; searching there.")
  }

  private async replayMissed(): Promise<void> {
    const client = await this.connect()
    for (const [index, { definition, ids }] of this.missed) {
      const wanted = [...ids]
      const memory = definition ? await this.embedded.memoryOf(definition) : null
      const present = memory ? wanted.map((id) => memory.get(id)).filter((document): document is SearchTypes.SearchDocument => !!document) : []
      const presentIds = new Set(present.map((document) => document.id))
      if (present.length) await client.index(index).addDocuments(present).waitTask({ timeout: TASK_TIMEOUT_MS })
      const gone = wanted.filter((id) => !presentIds.has(id))
      if (gone.length) await client.index(index).deleteDocuments(gone).waitTask({ timeout: TASK_TIMEOUT_MS })
      this.missed.delete(index)
    }
  }
}

/**
 * The client is an ES module; Node 22 loads it with `require`. Node's own
 * require (through `process.getBuiltinModule`), so that a CommonJS test
 * runner's module registry, which refuses ES modules, is not in the way.
 */
function loadMeilisearch(): { Meilisearch: new (config: { host: string; apiKey?: string; timeout?: number }) => Meilisearch } {
  const nodeModule = (process as any).getBuiltinModule?.("node:module") ?? require("node:module")
  return nodeModule.createRequire(__filename)("meilisearch")
}

function sortOf(order: Record<string, SearchTypes.SearchOrderBy> | undefined): string[] | undefined {
  const entries = Object.entries(order ?? {}).filter(([path]) => path !== "_score")
  return entries.length ? entries.map(([path, direction]) => `${path}:${direction === "DESC" ? "desc" : "asc"}`) : undefined
}

function idsOf(filters: SearchTypes.SearchFilters): string[] | undefined {
  const keys = Object.keys(filters)
  if (keys.length !== 1 || keys[0] !== "id") return undefined
  const value = filters.id as any
  if (typeof value === "string") return [value]
  if (Array.isArray(value)) return value.map(String)
  if (value && Array.isArray(value.$in) && Object.keys(value).length === 1) return value.$in.map(String)
  return undefined
}
