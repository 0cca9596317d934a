#!/usr/bin/env node
// Product search benchmark on Medusa's Search Module path, embedded provider:
// a catalogue of 5,000+ products made from the real Online Retail product
// names, stored in PostgreSQL like the app stores them; then
//  - reindex with the module's versioned swap (a new physical index seeded
//    beside the serving one, then made active and the old one dropped), with
//    searches running throughout (none may fail);
//  - latency of GET /store/search's pipeline: the route's query, Medusa's own
//    query handling (normalisation, field checks, disjunctive facet expansion
//    and merge, from @medusajs/search), the provider, the route's answer.
//   npm run build -w @fairmade/product-search && node scripts/bench/search.mjs
// Uses DATABASE_URL, else the embedded PostgreSQL of `npm start`.
// BENCH_SEARCH_PRODUCTS (5000) and BENCH_SEARCH_QUERIES (400) change the sizes.
import fs from "node:fs"
import path from "node:path"
import { createRequire } from "node:module"
import { dataDir, root } from "../lib/paths.mjs"
import { openDatabase } from "../lib/database.mjs"
import { buildCatalogue, readProductNames, seededRandom } from "./search/catalogue.mjs"
import { timeEach } from "./search/measure.mjs"
import { buildQueries } from "./search/queries.mjs"

const require = createRequire(import.meta.url)
const DATA_FILE = path.resolve(root, "../shared/data/online-retail/transactions-2010-12-01_2011-11-08.csv.gz")
const PRODUCTS = Number(process.env.BENCH_SEARCH_PRODUCTS ?? 5000)
const QUERIES = Number(process.env.BENCH_SEARCH_QUERIES ?? 400)
const PLUGIN_DIR = path.join(root, "plugins/product-search/.medusa/server/src")
// The Search Module's default batch when it seeds (reindex.batch_size).
const SEED_BATCH = 500

/** The catalogue's documents in the product index's shape (lib/product-document.ts makes the same from real products). */
const toIndexDocument = ({ categories, options, in_stock_locations, prices, ...rest }) => ({
  ...rest,
  status: "published",
  category_ids: categories.map(({ id }) => id),
  category_names: categories.map(({ name }) => name),
  colours: options.colour ?? [],
  option_values: Object.values(options).flat(),
  in_stock_location_ids: in_stock_locations.map(({ id }) => id),
  prices,
  original_prices: prices,
})

async function main() {
  if (!fs.existsSync(DATA_FILE)) {
    console.log(`Search benchmark skipped: the Online Retail data file is absent (${DATA_FILE}).`)
    return
  }
  if (!fs.existsSync(path.join(PLUGIN_DIR, "providers/embedded-search/service.js"))) {
    throw new Error("Build the search plugin first: npm run build -w @fairmade/product-search")
  }
  const { EmbeddedSearchProviderService } = require(path.join(PLUGIN_DIR, "providers/embedded-search/service.js"))
  const { pgExecutor } = require(path.join(PLUGIN_DIR, "lib/pg-executor.js"))
  const { PRODUCT_INDEX_SETTINGS, productSearchFields } = require(path.join(PLUGIN_DIR, "lib/product-index-fields.js"))
  const { toModuleQuery } = require(path.join(PLUGIN_DIR, "api/store/search/to-module-query.js"))
  const { toStoreResult } = require(path.join(PLUGIN_DIR, "api/store/search/to-store-result.js"))
  const { StoreSearchParams } = require(path.join(PLUGIN_DIR, "api/store/search/validators.js"))
  const moduleUtils = require("@medusajs/search/dist/utils")
  const { Pool } = require("pg")

  // A database of its own on DATABASE_URL's server (or the embedded one), so the bench's tables stay out of the way.
  if (process.env.DATABASE_URL) {
    const server = new URL(process.env.DATABASE_URL)
    server.pathname = "/"
    process.env.DATABASE_URL = server.toString()
  }
  const database = await openDatabase({ name: "fairmade_search_bench" })
  const pool = new Pool({ connectionString: database.url, max: 4 })
  const logger = { info() {}, warn: console.warn, error: console.error, debug() {} }
  const provider = new EmbeddedSearchProviderService({ manager: pgExecutor(pool), logger })
  const definition = moduleUtils
    .resolveIndexDefinitions({
      definitions: [{ name: "product", entity: "product", fields: productSearchFields.toFields(), settings: PRODUCT_INDEX_SETTINGS, seed: async function* () {} }],
      default_provider: "embedded",
    })
    .get("product")
  const version = (n) => ({ ...definition, physical_name: `bench_product_${process.pid}_v${n}` })
  const labels = { categories: new Map(), locations: new Map() }

  /** GET /store/search without HTTP: what the route and the module do per request. */
  async function storeSearch(index, raw) {
    const params = StoreSearchParams.parse(raw)
    const normalized = moduleUtils.normalizeSearchQuery({ query: toModuleQuery(params, ["sc_web"]), index })
    moduleUtils.validateFieldUsage({ index, query: normalized })
    const { base, per_facet } = moduleUtils.buildDisjunctiveFacetQueries(normalized)
    const fields = [...per_facet.keys()]
    const results = await provider.searchMany([base, ...fields.map((field) => per_facet.get(field))])
    const merged = moduleUtils.mergeDisjunctiveFacetResults({ base: results[0], per_facet: new Map(fields.map((field, i) => [field, results[i + 1]])) })
    return toStoreResult(merged, params, labels, "embedded")
  }

  /** The module's reindex with `swap`: seed a new physical index in batches, make it active, drop the old one. */
  async function reindex(from, to, documents) {
    await provider.upsertIndex({ index: to })
    for (let start = 0; start < documents.length; start += SEED_BATCH) {
      await provider.upsertDocuments({ index: to.physical_name, definition: to, documents: documents.slice(start, start + SEED_BATCH) })
    }
    await provider.memoryOf(to) // first search on the new version loads it
    return async () => from && (await provider.deleteIndex({ index: from.physical_name }))
  }

  try {
    const names = await readProductNames(DATA_FILE)
    const random = seededRandom(7)
    const documents = buildCatalogue(names, PRODUCTS, random).map(toIndexDocument)
    // Each measurement gets its own queries: the engine caches typo look-ups, and repeats would flatter it.
    const [warmUp, textQueries, filteredQueries, typedQueries, duringReindex] = [50, QUERIES, QUERIES, QUERIES, 200].map((n) => buildQueries(documents, n, random))

    const v1 = version(1)
    const firstStart = performance.now()
    await (await reindex(null, v1, documents))()
    const firstMs = performance.now() - firstStart
    let active = v1
    for (const { q } of warmUp) await storeSearch(active, { q }) // let the JIT compile the hot paths

    // Reindex to v2 while shoppers search v1, then swap.
    const v2 = version(2)
    let failedSearches = 0
    let searchesDuringReindex = 0
    let reindexing = true
    const shoppers = (async () => {
      for (let i = 0; reindexing; i++) {
        try {
          await storeSearch(active, { q: duringReindex[i % duringReindex.length].q, currency: "eur" })
          searchesDuringReindex++
        } catch {
          failedSearches++
        }
        await new Promise((resolve) => setImmediate(resolve))
      }
    })()
    const reindexStart = performance.now()
    const dropOld = await reindex(v1, v2, documents)
    active = v2
    await dropOld()
    const reindexMs = performance.now() - reindexStart
    reindexing = false
    await shoppers

    const results = {
      machine: { cpus: (await import("node:os")).cpus().length, node: process.version },
      distinct_names: names.length,
      products: documents.length,
      first_index_ms: Math.round(firstMs),
      reindex_with_swap_ms: Math.round(reindexMs),
      searches_during_reindex: searchesDuringReindex,
      failed_searches_during_reindex: failedSearches,
      heap_used_mb: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
      text_queries: await timeEach(textQueries, (q) => storeSearch(active, { q, limit: 20 })),
      text_with_filters_facets_and_prices: await timeEach(filteredQueries, (q) =>
        storeSearch(active, { q, limit: 20, currency: "eur", in_stock_at: "sloc_london", price_max: 20, colour: ["Red"] }),
      ),
      instant_suggestions: await timeEach(typedQueries, (q) => storeSearch(active, { q, limit: 5 })),
      sample_queries: textQueries.slice(0, 8).map(({ q }) => q),
    }
    await provider.deleteIndex({ index: v2.physical_name })
    console.log(JSON.stringify(results, null, 2))
    const out = path.join(dataDir, "bench/search.json")
    fs.mkdirSync(path.dirname(out), { recursive: true })
    fs.writeFileSync(out, JSON.stringify(results, null, 2))
    console.log(`Written to ${path.relative(root, out)}`)
  } finally {
    await pool.end()
    await database.stop()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
