/**
 * One contract, every provider of the product index, through GET /store/search's
 * pipeline and Medusa's own Search Module query handling (search-pipeline.ts):
 * the embedded provider always (its documents in this PostgreSQL), Meilisearch
 * replayed from recorded HTTP exchanges always, and live when MEILISEARCH_HOST
 * is set. Each run uses a throw-away physical index; the output says which ran.
 */
import type { SearchTypes } from "@medusajs/framework/types"
import { Pool } from "pg"
import { EmbeddedSearchProviderService } from "../../plugins/product-search/src/providers/embedded-search/service"
import { MeilisearchSearchProviderService } from "../../plugins/product-search/src/providers/meilisearch-search/service"
import { pgExecutor } from "../../plugins/product-search/src/lib/pg-executor"
import { FIXTURE_IDS, SEARCH_FIXTURES } from "./search-fixtures"
import { productIndexDefinition, storeSearch } from "./search-pipeline"

type ProviderCase = { name: string; create: () => Promise<{ provider: SearchTypes.ISearchProvider; close: () => Promise<void> }> }

const logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} } as any

function providersUnderTest(): ProviderCase[] {
  const providers: ProviderCase[] = [
    {
      name: "embedded",
      create: async () => {
        const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 2 })
        return { provider: new EmbeddedSearchProviderService({ manager: pgExecutor(pool), logger }), close: () => pool.end() }
      },
    },
  ]
  const host = process.env.MEILISEARCH_HOST
  if (host) {
    // As the module runs it: Meilisearch in front, the embedded provider behind for failover and "did you mean".
    providers.push({
      name: "meilisearch",
      create: async () => {
        const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 2 })
        const provider = new MeilisearchSearchProviderService({ manager: pgExecutor(pool), logger }, { host, api_key: process.env.MEILISEARCH_API_KEY })
        return { provider, close: async () => (provider.stop(), pool.end()) }
      },
    })
  }
  console.log(
    `Search contract runs on: ${providers.map((provider) => provider.name).join(", ")}` +
      (host ? ` (Meilisearch live at ${host})` : " (Meilisearch live suite not run: MEILISEARCH_HOST not set; search-meilisearch-replay.spec.ts replays recorded exchanges instead)"),
  )
  return providers
}

type ContractQuery = {
  q?: string
  filters?: { category_ids?: string[]; currency?: string; price_min?: number; price_max?: number; in_stock_at_location_id?: string; options?: { colour?: string[] } }
  sort?: string
  page?: number
  limit?: number
}

/** The contract's queries as GET /store/search parameters. */
const toParams = ({ q = "", filters = {}, sort, page, limit }: ContractQuery) => ({
  q,
  ...(sort && { sort }),
  ...(page && { page }),
  ...(limit && { limit }),
  ...(filters.category_ids && { category_id: filters.category_ids }),
  ...(filters.options?.colour && { colour: filters.options.colour }),
  ...(filters.in_stock_at_location_id && { in_stock_at: filters.in_stock_at_location_id }),
  ...(filters.currency && { currency: filters.currency }),
  ...(filters.price_min !== undefined && { price_min: filters.price_min }),
  ...(filters.price_max !== undefined && { price_max: filters.price_max }),
})

const titles = (result: { hits: { title: string }[] }) => result.hits.map((hit) => hit.title)
const countsOf = (values: { value: string; count: number }[]) => Object.fromEntries(values.map(({ value, count }) => [value, count]))

describe.each(providersUnderTest())("search contract: $name provider", ({ name, create }) => {
  let provider: SearchTypes.ISearchProvider
  let close: () => Promise<void>
  const physicalName = `contract_${name}_${process.pid}_${Date.now()}`
  const index = productIndexDefinition(name, physicalName)
  const search = (query: ContractQuery) => storeSearch(provider, index, toParams(query))
  const write = async (task: Promise<SearchTypes.SearchTask>) => {
    const written = await task
    if (written.status !== "succeeded" && provider.waitForTask) await provider.waitForTask(written)
  }

  beforeAll(async () => {
    ;({ provider, close } = await create())
    await provider.upsertIndex({ index })
    await write(provider.upsertDocuments({ index: physicalName, definition: index, documents: SEARCH_FIXTURES }))
  })

  afterAll(async () => {
    await provider.deleteIndex({ index: physicalName })
    await close()
  })

  it("tolerates typos: 'hart holdr' finds the heart holder first and suggests the spelling", async () => {
    const result = await search({ q: "hart holdr" })
    expect(titles(result)[0]).toBe("Hanging Heart T-Light Holder")
    expect(result.did_you_mean).toBe("heart holder")
  })

  it("completes the word being typed", async () => {
    expect(titles(await search({ q: "lant" }))).toEqual(["White Metal Lantern"])
  })

  it("finds synonyms and ignores stop words", async () => {
    expect(titles(await search({ q: "tealight" }))).toEqual(["Hanging Heart T-Light Holder"])
    expect(titles(await search({ q: "the lantern" }))).toEqual(["White Metal Lantern"])
  })

  it("highlights matched words in title and description as escaped HTML", async () => {
    const [heart] = (await search({ q: "heart" })).hits.filter((hit) => hit.id === "prod_heart_holder")
    expect(heart.highlight.title).toBe("Hanging <mark>Heart</mark> T-Light Holder")
    const [cakestand] = (await search({ q: "china" })).hits
    expect(cakestand.highlight.description).toContain("&lt;fine&gt; bone <mark>china</mark>")
  })

  it("filters by category", async () => {
    const result = await search({ filters: { category_ids: [FIXTURE_IDS.bags] }, sort: "title_asc" })
    expect(titles(result)).toEqual(["Jumbo Bag Red Retrospot", "Lunch Bag Pink Polkadot"])
    expect(result.total).toBe(2)
  })

  it("filters by price range in a currency, inclusive", async () => {
    const result = await search({ filters: { currency: "eur", price_min: 4.5, price_max: 15 }, sort: "price_asc" })
    expect(titles(result)).toEqual(["Heart Of Wicker Large", "White Metal Lantern", "Regency Cakestand 3 Tier"])
    expect(result.hits[0].price).toEqual({ amount: 4.5, currency_code: "eur" })
  })

  it("filters by colour, whatever its case", async () => {
    const result = await search({ filters: { options: { colour: ["red"] } }, sort: "title_asc" })
    expect(titles(result)).toEqual(["Hanging Heart T-Light Holder", "Jumbo Bag Red Retrospot"])
  })

  it("filters by stock at a store", async () => {
    const result = await search({ filters: { in_stock_at_location_id: FIXTURE_IDS.store }, sort: "title_asc" })
    expect(titles(result)).toEqual(["Hanging Heart T-Light Holder", "Heart Of Wicker Large", "Regency Cakestand 3 Tier"])
  })

  it("combines text and filters", async () => {
    const result = await search({ q: "heart", filters: { in_stock_at_location_id: FIXTURE_IDS.store, options: { colour: ["White"] } } })
    expect(titles(result)).toEqual(["Hanging Heart T-Light Holder"])
  })

  it("counts facets over the matching products", async () => {
    const { facets, total } = await search({ q: "heart", filters: { currency: "eur" } })
    expect(total).toBe(2)
    expect(countsOf(facets.category)).toEqual({ [FIXTURE_IDS.candles]: 2 })
    expect(facets.category[0].label).toBe("Candles & Lighting")
    expect(countsOf(facets.colour)).toEqual({ Red: 1, White: 1 })
    expect(countsOf(facets.availability)).toEqual({ [FIXTURE_IDS.store]: 2, [FIXTURE_IDS.warehouse]: 1 })
    expect(countsOf(facets.price_range)).toEqual({ "0-5": 2, "5-10": 0, "10-20": 0, "20-50": 0, "50-": 0 })
  })

  it("pages and sorts", async () => {
    const page2 = await search({ sort: "price_desc", filters: { currency: "gbp" }, limit: 2, page: 2 })
    expect(page2.total).toBe(6)
    expect(titles(page2)).toEqual(["Heart Of Wicker Large", "Hanging Heart T-Light Holder"])
    expect(titles(await search({ sort: "newest", limit: 1 }))).toEqual(["Regency Cakestand 3 Tier"])
  })

  it("answers nothing for an unknown word", async () => {
    const result = await search({ q: "zzzzqx" })
    expect(result.total).toBe(0)
    expect(result.hits).toEqual([])
  })

  it("re-indexes a changed document and forgets a removed one", async () => {
    const lantern = SEARCH_FIXTURES.find((document) => document.id === "prod_lantern")!
    await write(provider.upsertDocuments({ index: physicalName, definition: index, documents: [{ ...lantern, title: "Zinc Garden Lantern" }] }))
    expect(titles(await search({ q: "zinc" }))).toEqual(["Zinc Garden Lantern"])
    expect(titles(await search({ q: "metal" }))).toEqual([])
    await write(provider.deleteDocuments({ index: physicalName, filters: { id: ["prod_lantern"] } }))
    expect((await search({ q: "lantern" })).total).toBe(0)
    await write(provider.upsertDocuments({ index: physicalName, definition: index, documents: [lantern] }))
  })

  it("keeps the other values of a facet countable when one is selected (disjunctive)", async () => {
    const result = await search({ filters: { options: { colour: ["Red"] }, currency: "eur", price_max: 4 } })
    expect(titles(result).sort()).toEqual(["Hanging Heart T-Light Holder", "Jumbo Bag Red Retrospot"])
    // Colours counted without the colour selection, within the price selection…
    expect(countsOf(result.facets.colour)).toEqual({ Red: 2, White: 1, Pink: 1 })
    // …prices without the price selection, within the colour selection…
    expect(countsOf(result.facets.price_range)).toEqual({ "0-5": 2, "5-10": 0, "10-20": 0, "20-50": 0, "50-": 0 })
    // …and the others within both.
    expect(countsOf(result.facets.category)).toEqual({ [FIXTURE_IDS.candles]: 1, [FIXTURE_IDS.bags]: 1 })
  })
})
