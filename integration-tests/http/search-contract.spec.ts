/**
 * One contract, every engine: the embedded engine always, Meilisearch when
 * MEILISEARCH_HOST points at a server (each run uses a throw-away index).
 */
import { DEFAULT_SEARCH_SETTINGS } from "../../plugins/product-search/src/modules/product-search/settings/default-settings"
import { EmbeddedEngine } from "../../plugins/product-search/src/modules/product-search/engines/embedded/embedded-engine"
import { MeilisearchEngine } from "../../plugins/product-search/src/modules/product-search/engines/meilisearch/meilisearch-engine"
import { FailoverEngine } from "../../plugins/product-search/src/modules/product-search/engines/failover-engine"
import type { SearchEngine, SearchQuery } from "../../plugins/product-search/src/modules/product-search/types"
import { FIXTURE_IDS, SEARCH_FIXTURES } from "./search-fixtures"

type EngineCase = { name: string; create: () => SearchEngine }

function enginesUnderTest(): EngineCase[] {
  const engines: EngineCase[] = [{ name: "embedded", create: () => new EmbeddedEngine(DEFAULT_SEARCH_SETTINGS) }]
  const host = process.env.MEILISEARCH_HOST
  if (host) {
    const settings = { ...DEFAULT_SEARCH_SETTINGS, indexName: `contract_${process.pid}_${Date.now()}` }
    // As the module runs it: Meilisearch in front, the embedded engine behind for failover and "did you mean".
    const create = () =>
      new FailoverEngine(
        new MeilisearchEngine({ host, apiKey: process.env.MEILISEARCH_API_KEY, settings }),
        new EmbeddedEngine(settings),
        console,
      )
    engines.push({ name: "meilisearch", create })
  }
  return engines
}

const titles = (result: { hits: { title: string }[] }) => result.hits.map((hit) => hit.title)
const countsOf = (values: { value: string; count: number }[]) => Object.fromEntries(values.map(({ value, count }) => [value, count]))

describe.each(enginesUnderTest())("search contract: $name engine", ({ create }) => {
  let engine: SearchEngine
  const search = (query: Partial<SearchQuery>) => engine.search({ q: "", ...query })

  beforeAll(async () => {
    engine = create()
    await engine.index(SEARCH_FIXTURES)
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
    await engine.index([{ ...lantern, title: "Zinc Garden Lantern" }])
    expect(titles(await search({ q: "zinc" }))).toEqual(["Zinc Garden Lantern"])
    expect(titles(await search({ q: "metal" }))).toEqual([])
    await engine.remove(["prod_lantern"])
    expect((await search({ q: "lantern" })).total).toBe(0)
    await engine.index([lantern])
  })
})

describe("failover from Meilisearch to the embedded engine", () => {
  it("answers from the embedded engine, and says so, when Meilisearch cannot be reached", async () => {
    const warnings: string[] = []
    const logger = { warn: (message: string) => warnings.push(message), info: () => {} }
    const unreachable = new MeilisearchEngine({ host: "http://127.0.0.1:9", settings: DEFAULT_SEARCH_SETTINGS })
    const engine = new FailoverEngine(unreachable, new EmbeddedEngine(DEFAULT_SEARCH_SETTINGS), logger)
    await engine.index(SEARCH_FIXTURES)
    const result = await engine.search({ q: "hart holdr" })
    engine.stop()
    expect(result.engine).toBe("embedded")
    expect(result.hits[0].title).toBe("Hanging Heart T-Light Holder")
    expect(engine.name).toBe("embedded")
    expect(warnings).toEqual([expect.stringMatching(/Meilisearch unreachable/)])
  })
})

// Without a Meilisearch server the contract runs on the embedded engine only; `npm test` lists this in its summary.
if (!process.env.MEILISEARCH_HOST) {
  describe.skip("search contract: meilisearch engine (skipped: MEILISEARCH_HOST not set)", () => {
    it("passes the same contract as the embedded engine", () => {})
  })
}
