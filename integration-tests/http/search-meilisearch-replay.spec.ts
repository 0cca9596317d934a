/**
 * The Meilisearch provider against Meilisearch's HTTP API without a server:
 * recorded exchanges (fixtures/meilisearch-product-index.json, shaped as
 * Meilisearch documents its API) replayed by a local HTTP stub, through the
 * real `meilisearch` client. The stub answers only requests it recorded, so
 * this checks what the provider sends (index, settings derived from the index
 * definition, filters, facets, disjunctive and price-bucket queries in one
 * multi-search) and how it reads the answers. Then failover to the embedded
 * provider when Meilisearch is gone. The live suite (search-contract.spec.ts)
 * runs on a real server when MEILISEARCH_HOST is set.
 */
import { Pool } from "pg"
import { EmbeddedSearchProviderService } from "../../plugins/product-search/src/providers/embedded-search/service"
import { MeilisearchSearchProviderService } from "../../plugins/product-search/src/providers/meilisearch-search/service"
import { pgExecutor } from "../../plugins/product-search/src/lib/pg-executor"
import { startReplay, type Exchange } from "../helpers/http-replay"
import recording from "./fixtures/meilisearch-product-index.json"
import { SEARCH_FIXTURES } from "./search-fixtures"
import { productIndexDefinition, storeSearch } from "./search-pipeline"

const countsOf = (values: { value: string; count: number }[]) => Object.fromEntries(values.map(({ value, count }) => [value, count]))

describe("Meilisearch provider, replayed from recorded HTTP exchanges", () => {
  console.log("Meilisearch provider: replay suite (recorded exchanges, local HTTP stub, no server needed)")
  const warnings: string[] = []
  const logger = { info: () => {}, warn: (message: string) => warnings.push(message), error: () => {}, debug: () => {} } as any
  const index = productIndexDefinition("meilisearch", recording.index)
  let pool: Pool
  let replay: Awaited<ReturnType<typeof startReplay>>
  let provider: MeilisearchSearchProviderService

  beforeAll(async () => {
    pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 2 })
    replay = await startReplay(recording.exchanges as Exchange[])
    provider = new MeilisearchSearchProviderService({ manager: pgExecutor(pool), logger }, { host: replay.host })
  })

  afterAll(async () => {
    provider.stop()
    await replay.close()
    await new EmbeddedSearchProviderService({ manager: pgExecutor(pool), logger }).deleteIndex({ index: recording.index })
    await pool.end()
  })

  it("creates the index with settings derived from the definition and adds the documents", async () => {
    await provider.upsertIndex({ index })
    await provider.upsertDocuments({ index: recording.index, definition: index, documents: SEARCH_FIXTURES })
    expect(replay.unmatched).toEqual([])
  })

  it("searches with filters, facets, disjunctive facets and price buckets in one multi-search", async () => {
    const result = await storeSearch(provider, index, { q: "hart", colour: ["Red"], currency: "eur" })
    expect(replay.unmatched).toEqual([])
    expect(result.engine).toBe("meilisearch")
    expect(result.hits.map((hit) => hit.title)).toEqual(["Hanging Heart T-Light Holder"])
    expect(result.hits[0].highlight.title).toBe("Hanging <mark>Heart</mark> T-Light Holder")
    expect(result.hits[0].price).toEqual({ amount: 3.5, currency_code: "eur" })
    expect(result.total).toBe(1)
    // The colour facet comes from the query without the colour filter (disjunctive).
    expect(countsOf(result.facets.colour)).toEqual({ Red: 1, White: 1 })
    expect(countsOf(result.facets.price_range)).toEqual({ "0-5": 1, "5-10": 0, "10-20": 0, "20-50": 0, "50-": 0 })
    expect(result.facets.category).toEqual([{ value: "pcat_candles", label: "Candles & Lighting", count: 1 }])
    // Meilisearch corrects silently; the embedded mirror names the correction.
    expect(result.did_you_mean).toBe("heart")
  })

  it("deletes by id and reports document counts", async () => {
    await provider.deleteDocuments({ index: recording.index, filters: { id: ["prod_lunch_bag"] } })
    expect(await provider.listIndexes()).toEqual([{ name: recording.index, provider: "meilisearch", document_count: 5 }])
    expect(replay.unmatched).toEqual([])
    expect(replay.unused()).toEqual([])
  })

  it("answers from the embedded provider, and says so, when Meilisearch cannot be reached", async () => {
    await replay.close()
    const result = await storeSearch(provider, index, { q: "hart holdr" })
    expect(result.engine).toBe("embedded")
    expect(result.hits[0].title).toBe("Hanging Heart T-Light Holder")
    expect(result.did_you_mean).toBe("heart holder")
    expect(provider.isUp).toBe(false)
    expect(warnings).toEqual([expect.stringMatching(/Meilisearch unreachable/)])
  })
})
