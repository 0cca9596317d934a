import type { Index, Meilisearch, SearchResponse } from "meilisearch" with { "resolution-mode": "import" }
import type { SearchSettings } from "../../settings/default-settings"
import { DEFAULT_LIMIT, FacetValue, SearchDocument, SearchEngine, SearchQuery, SearchResult } from "../../types"
import { markersToHtml, MARK_END, MARK_START } from "../shared/highlight-markup"
import { PriceBucket, priceBuckets } from "../shared/price-buckets"
import { toHit } from "../shared/to-hit"
import { bucketExpression, filterExpressions, sortExpression } from "./meilisearch-query"
import { FACET_SEPARATOR, indexSettings, MeilisearchRecord, toRecord } from "./meilisearch-record"

export type MeilisearchOptions = { host: string; apiKey?: string; settings: SearchSettings }

const REQUEST_TIMEOUT_MS = 2_000
const TASK_TIMEOUT_MS = 30_000
const FACETS = ["facet_category", "colours", "facet_availability"]

/** Search on a Meilisearch server through its official client. */
export class MeilisearchEngine implements SearchEngine {
  readonly name = "meilisearch"
  private client: Meilisearch | null = null
  private configured: Promise<Index<MeilisearchRecord>> | null = null
  private readonly buckets: PriceBucket[]

  constructor(private readonly options: MeilisearchOptions) {
    this.buckets = priceBuckets(options.settings.priceBucketBounds)
  }

  get host(): string {
    return this.options.host
  }

  async isHealthy(): Promise<boolean> {
    return (await this.connect()).isHealthy()
  }

  async index(documents: SearchDocument[]): Promise<void> {
    if (!documents.length) return
    const index = await this.ready()
    await index.addDocuments(documents.map(toRecord), { primaryKey: "id" }).waitTask({ timeout: TASK_TIMEOUT_MS })
  }

  async remove(ids: string[]): Promise<void> {
    if (!ids.length) return
    await (await this.ready()).deleteDocuments(ids).waitTask({ timeout: TASK_TIMEOUT_MS })
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const { filters = {}, sort = "relevance", page = 1, limit = DEFAULT_LIMIT } = query
    const index = await this.ready()
    const filter = filterExpressions(filters)
    const [response, priceRange] = await Promise.all([
      index.search(query.q, {
        filter,
        sort: sortExpression(sort, filters.currency),
        facets: FACETS,
        page,
        hitsPerPage: limit,
        attributesToHighlight: ["title", "description"],
        attributesToCrop: ["description"],
        cropLength: 24,
        highlightPreTag: MARK_START,
        highlightPostTag: MARK_END,
      }),
      this.priceRangeFacet(query.q, filter, filters.currency),
    ])
    return {
      hits: response.hits.map((record) =>
        toHit(
          record,
          { title: markersToHtml(record._formatted?.title ?? record.title), description: markersToHtml(record._formatted?.description ?? "") },
          filters.currency,
        ),
      ),
      total: response.totalHits ?? 0,
      page,
      limit,
      facets: {
        category: labelledFacet(response, "facet_category"),
        colour: plainFacet(response, "colours"),
        price_range: priceRange,
        availability: labelledFacet(response, "facet_availability"),
      },
      engine: this.name,
    }
  }

  /** Meilisearch has no range facets: one count-only query per price bucket, sent together. */
  private async priceRangeFacet(q: string, filter: string[], currency?: string) {
    if (!currency) return []
    const client = await this.connect()
    const { results } = await client.multiSearch({
      queries: this.buckets.map((bucket) => ({
        indexUid: this.options.settings.indexName,
        q,
        filter: [...filter, bucketExpression(bucket, currency)],
        page: 1,
        hitsPerPage: 0,
      })),
    })
    return this.buckets.map((bucket, i) => ({ ...bucket, count: results[i].totalHits ?? 0 }))
  }

  private async connect(): Promise<Meilisearch> {
    if (!this.client) {
      // The client is an ES module; this plugin is compiled to CommonJS.
      const { Meilisearch } = await import("meilisearch")
      this.client = new Meilisearch({ host: this.options.host, apiKey: this.options.apiKey, timeout: REQUEST_TIMEOUT_MS })
    }
    return this.client
  }

  /** The index, with its settings applied once per process (again after a failure). */
  private ready(): Promise<Index<MeilisearchRecord>> {
    this.configured ??= this.configure().catch((error) => {
      this.configured = null
      throw error
    })
    return this.configured
  }

  private async configure(): Promise<Index<MeilisearchRecord>> {
    const client = await this.connect()
    const { indexName } = this.options.settings
    const index = client.index<MeilisearchRecord>(indexName)
    await index.updateSettings(indexSettings(this.options.settings)).waitTask({ timeout: TASK_TIMEOUT_MS })
    return index
  }
}

type Distribution = SearchResponse<MeilisearchRecord>["facetDistribution"]

const byCount = (a: FacetValue, b: FacetValue) => b.count - a.count || a.label.localeCompare(b.label)

function labelledFacet(response: { facetDistribution?: Distribution }, facet: string): FacetValue[] {
  return Object.entries(response.facetDistribution?.[facet] ?? {})
    .map(([encoded, count]) => {
      const at = encoded.indexOf(FACET_SEPARATOR)
      return { value: encoded.slice(0, at), label: encoded.slice(at + 1), count }
    })
    .sort(byCount)
}

function plainFacet(response: { facetDistribution?: Distribution }, facet: string): FacetValue[] {
  return Object.entries(response.facetDistribution?.[facet] ?? {})
    .map(([value, count]) => ({ value, label: value, count }))
    .sort(byCount)
}
