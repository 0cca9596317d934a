#!/usr/bin/env node
// Embedded search engine benchmark: index build time and query latency on a
// catalogue of 5,000+ products made from the real Online Retail product names.
//   npm run build -w @fairmade/product-search && node scripts/bench/search.mjs
// BENCH_SEARCH_PRODUCTS (5000) and BENCH_SEARCH_QUERIES (400) change the sizes.
import fs from "node:fs"
import path from "node:path"
import { createRequire } from "node:module"
import { dataDir, root } from "../lib/paths.mjs"
import { buildCatalogue, readProductNames, seededRandom } from "./search/catalogue.mjs"
import { timeEach } from "./search/measure.mjs"
import { buildQueries } from "./search/queries.mjs"

const require = createRequire(import.meta.url)
const DATA_FILE = path.resolve(root, "../shared/data/online-retail/transactions-2010-12-01_2011-11-08.csv.gz")
const PRODUCTS = Number(process.env.BENCH_SEARCH_PRODUCTS ?? 5000)
const QUERIES = Number(process.env.BENCH_SEARCH_QUERIES ?? 400)
const ENGINE_DIR = path.join(root, "plugins/product-search/.medusa/server/src/modules/product-search")

async function main() {
  if (!fs.existsSync(DATA_FILE)) {
    console.log(`Search benchmark skipped: the Online Retail data file is absent (${DATA_FILE}).`)
    return
  }
  if (!fs.existsSync(path.join(ENGINE_DIR, "engines/embedded/embedded-engine.js"))) {
    throw new Error("Build the search plugin first: npm run build -w @fairmade/product-search")
  }
  const { EmbeddedEngine } = require(path.join(ENGINE_DIR, "engines/embedded/embedded-engine.js"))
  const { DEFAULT_SEARCH_SETTINGS } = require(path.join(ENGINE_DIR, "settings/default-settings.js"))

  const names = await readProductNames(DATA_FILE)
  const random = seededRandom(7)
  const documents = buildCatalogue(names, PRODUCTS, random)
  // Each measurement gets its own queries: the engine caches typo look-ups, and repeats would flatter it.
  const [warmUp, textQueries, filteredQueries, typedQueries] = [50, QUERIES, QUERIES, QUERIES].map((n) => buildQueries(documents, n, random))

  const engine = new EmbeddedEngine(DEFAULT_SEARCH_SETTINGS)
  const buildStart = performance.now()
  await engine.index(documents)
  await engine.search({ q: "warm up" }) // the first search sorts the dictionary
  const buildMs = performance.now() - buildStart
  for (const { q } of warmUp) await engine.search({ q }) // let the JIT compile the hot paths

  const results = {
    machine: { cpus: (await import("node:os")).cpus().length, node: process.version },
    distinct_names: names.length,
    products: documents.length,
    index_build_ms: Math.round(buildMs),
    heap_used_mb: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
    text_queries: await timeEach(textQueries, (q) => engine.search({ q, limit: 20 })),
    text_with_filters_and_prices: await timeEach(filteredQueries, (q) =>
      engine.search({ q, limit: 20, filters: { currency: "eur", in_stock_at_location_id: "sloc_london", price_max: 20 } }),
    ),
    instant_suggestions: await timeEach(typedQueries, (q) => engine.search({ q, limit: 5 })),
    sample_queries: textQueries.slice(0, 8).map(({ q }) => q),
  }
  console.log(JSON.stringify(results, null, 2))
  const out = path.join(dataDir, "bench/search.json")
  fs.mkdirSync(path.dirname(out), { recursive: true })
  fs.writeFileSync(out, JSON.stringify(results, null, 2))
  console.log(`Written to ${path.relative(root, out)}`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
