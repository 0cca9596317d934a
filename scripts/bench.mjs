#!/usr/bin/env node
// `npm run bench`: starts the product on spare ports with a fresh seeded
// database, then measures page throughput and checkout latencies.
// Figures go to stdout and .data/bench/results.json; they belong in issue notes, not in tests.
import fs from "node:fs"
import path from "node:path"
import autocannon from "autocannon"
import { dataDir } from "./lib/paths.mjs"
import { query, startStack, stopStack } from "./lib/stack.cjs"
import { openDatabaseServer } from "./lib/database-server.mjs"
import { queryRows } from "./lib/postgres.mjs"
import { log } from "./lib/log.mjs"
import { measureCheckout } from "./bench/checkout.mjs"
import { measureCounterSale } from "./bench/counter-sale.mjs"
import { measurePageWeight } from "./bench/page-weight.mjs"

// Spare ports by default; BENCH_* moves them when several copies of the project share a machine.
const BACKEND_PORT = Number(process.env.BENCH_BACKEND_PORT ?? 9200)
const STOREFRONT_PORT = Number(process.env.BENCH_STOREFRONT_PORT ?? 4500)
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 54349)
const CONNECTIONS = 10
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 15)

async function throughput(title, url, headers = {}) {
  const result = await autocannon({ url, headers, connections: CONNECTIONS, duration: DURATION_SECONDS })
  const figures = {
    requests_per_second: Math.round(result.requests.average),
    latency_ms_p50: result.latency.p50,
    latency_ms_p99: result.latency.p99,
    non_2xx: result.non2xx,
    errors: result.errors,
  }
  console.log(`${title}: ${figures.requests_per_second} req/s, p50 ${figures.latency_ms_p50} ms, p99 ${figures.latency_ms_p99} ms, non-2xx ${figures.non_2xx}`)
  return figures
}

async function main() {
  const server = await log.step("Opening PostgreSQL", () => openDatabaseServer({ folder: "postgres-bench", port: PG_PORT }))
  const database = `fairmade_bench_${process.pid}`
  const backend = `http://localhost:${BACKEND_PORT}`
  const storefront = `http://localhost:${STOREFRONT_PORT}`
  // The product's own catalogue cache setting (CATALOG_CACHE_SECONDS, default 10 s), not the browser tests' 0.
  const { child } = await log.step("Starting the product (npm start on spare ports)", () =>
    startStack({
      serverUrl: server.url,
      database,
      backendPort: BACKEND_PORT,
      storefrontPort: STOREFRONT_PORT,
      dataDir: path.join(dataDir, `bench-${STOREFRONT_PORT}`),
      env: { AUTH_RATE_LIMIT_FACTOR: "20" },
    }),
  )
  try {
    const databaseUrl = Object.assign(new URL(server.url), { pathname: `/${database}` }).toString()
    const [{ token }] = await queryRows(databaseUrl, "select token from api_key where type='publishable' and title='Storefront'")
    const [{ handle, id: productId }] = await queryRows(databaseUrl, "select handle, id from product where status='published' order by handle limit 1")
    const [{ id: variantId }] = await queryRows(databaseUrl, `select id from product_variant where product_id='${productId}' limit 1`)
    const store = { "x-publishable-api-key": token }
    const visitor = await visitorWithViews(backend, store, databaseUrl)
    const results = {
      machine: { cpus: (await import("node:os")).cpus().length, node: process.version },
      connections: CONNECTIONS,
      duration_seconds: DURATION_SECONDS,
      page_weight: await measurePageWeight({ storefront, productHandle: handle }),
      storefront_product_listing: await throughput("Storefront /products", `${storefront}/products`),
      storefront_product_page: await throughput("Storefront /products/:handle", `${storefront}/products/${handle}`),
      store_api_products: await throughput(
        "Store API /store/products",
        `${backend}/store/products?limit=12&fields=*variants.calculated_price&region_id=${await regionId(backend, token)}`,
        { "x-publishable-api-key": token },
      ),
      store_api_pickup_availability: await throughput(
        "Store API /store/pickup-availability (one variant, every store)",
        `${backend}/store/pickup-availability?variant_ids=${variantId}`,
        store,
      ),
      store_api_recommendations_product: await throughput(
        "Store API /store/recommendations (product row, precomputed)",
        `${backend}/store/recommendations?placement=product&product_id=${productId}`,
        store,
      ),
      store_api_recommendations_visitor: await throughput(
        "Store API /store/recommendations (a visitor's home row, blended from their views)",
        `${backend}/store/recommendations?placement=home&anonymous_id=${visitor}`,
        store,
      ),
      checkout: await measureCheckout({ backend, publishableKey: token, databaseUrl }),
      counter_sale: await measureCounterSale({ backend, databaseUrl }),
    }
    const out = path.join(dataDir, "bench/results.json")
    fs.mkdirSync(path.dirname(out), { recursive: true })
    fs.writeFileSync(out, JSON.stringify(results, null, 2))
    console.log(JSON.stringify(results))
  } finally {
    await stopStack(child)
    await query(server.url, `drop database if exists "${database}" with (force)`)
    await server.stop()
  }
}

/** A consenting visitor who viewed five products, so their home row is blended at request time. */
async function visitorWithViews(backend, headers, databaseUrl) {
  const anonymousId = `bench-visitor-${process.pid}`
  const products = await queryRows(databaseUrl, "select id from product where status='published' order by created_at limit 5")
  for (const { id } of products) {
    await fetch(`${backend}/store/recommendations/signals`, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify({ consent: true, anonymous_id: anonymousId, signals: [{ type: "view", product_id: id }] }),
    })
  }
  return anonymousId
}

async function regionId(backend, publishableKey) {
  const response = await fetch(`${backend}/store/regions`, { headers: { "x-publishable-api-key": publishableKey } })
  const { regions } = await response.json()
  return regions.find((region) => region.currency_code === "eur").id
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
