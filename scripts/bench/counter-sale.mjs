// Counter sale latencies through /staff-api as the staff tablet's server calls them, one
// sale at a time: product lookup by SKU (and by barcode where the catalogue has one) and
// the sale's completion (payment recorded, order in the store's channel, fulfilled at the
// store). Signs in as the demo Lyon member of staff (password in backend/.env).
import fs from "node:fs"
import path from "node:path"
import { root } from "../lib/paths.mjs"
import { queryRows } from "../lib/postgres.mjs"

const LOOKUPS = Number(process.env.BENCH_COUNTER_LOOKUPS ?? 200)
const SALES = Number(process.env.BENCH_COUNTER_SALES ?? 30)
const STORE_HANDLE = "lyon-part-dieu"

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

function summarise(samples) {
  const sorted = [...samples].sort((a, b) => a - b)
  return { n: sorted.length, median_ms: Math.round(percentile(sorted, 50) * 10) / 10, p95_ms: Math.round(percentile(sorted, 95) * 10) / 10 }
}

function staffPassword() {
  const env = fs.readFileSync(path.join(root, "backend/.env"), "utf8")
  const password = env.match(/^DEMO_STAFF_LYON_PASSWORD=(.*)$/m)?.[1]?.trim()
  if (!password) throw new Error("backend/.env has no DEMO_STAFF_LYON_PASSWORD")
  return password
}

async function timed(work) {
  const start = performance.now()
  const result = await work()
  return { result, ms: performance.now() - start }
}

export async function measureCounterSale({ backend, databaseUrl }) {
  const signIn = await fetch(`${backend}/auth/staff/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "lyon.staff@fairmade.local", password: staffPassword() }),
  })
  const { token } = await signIn.json()
  if (!token) throw new Error(`Lyon's staff could not sign in (${signIn.status})`)
  const call = async (method, url, body) => {
    const response = await fetch(`${backend}${url}`, {
      method,
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: body ? JSON.stringify(body) : undefined,
    })
    const data = await response.json()
    if (!response.ok) throw new Error(`${method} ${url} → ${response.status}: ${data.message}`)
    return data
  }
  const variants = await queryRows(
    databaseUrl,
    `select pv.id, pv.sku, pv.barcode
       from product_variant pv
       join product_variant_inventory_item link on link.variant_id = pv.id and link.deleted_at is null
       join inventory_level il on il.inventory_item_id = link.inventory_item_id and il.deleted_at is null
       join stock_location sl on sl.id = il.location_id
      where sl.metadata->>'handle' = '${STORE_HANDLE}' and pv.deleted_at is null and pv.sku is not null
        and il.stocked_quantity - il.reserved_quantity >= 3
      order by pv.sku limit 100`,
  )
  if (!variants.length) throw new Error(`No variant with a SKU is in stock at ${STORE_HANDLE}`)

  const bySku = []
  const byBarcode = []
  for (let i = 0; i < LOOKUPS; i++) {
    const variant = variants[i % variants.length]
    const found = await timed(() => call("GET", `/staff-api/counter-sales/products?q=${encodeURIComponent(variant.sku)}`))
    if (found.result.match !== "code") throw new Error(`SKU ${variant.sku} was not found by code`)
    bySku.push(found.ms)
    if (variant.barcode) byBarcode.push((await timed(() => call("GET", `/staff-api/counter-sales/products?q=${encodeURIComponent(variant.barcode)}`))).ms)
  }

  const completion = []
  for (let i = 0; i < SALES; i++) {
    const variant = variants[i % variants.length]
    const { counter_sale: sale } = await call("POST", "/staff-api/counter-sales", {})
    const { counter_sale: basket } = await call("POST", `/staff-api/counter-sales/${sale.id}/lines`, { variant_id: variant.id, quantity: 1 })
    const completed = await timed(() => call("POST", `/staff-api/counter-sales/${sale.id}/complete`, { method: "card", amount: basket.totals.total }))
    if (completed.result.counter_sale.status !== "completed") throw new Error(`Counter sale ${sale.id} did not complete`)
    completion.push(completed.ms)
  }
  const figures = {
    lookup_by_sku: summarise(bySku),
    ...(byBarcode.length ? { lookup_by_barcode: summarise(byBarcode) } : {}),
    completion: summarise(completion),
  }
  console.log(`Counter lookup by SKU: median ${figures.lookup_by_sku.median_ms} ms, p95 ${figures.lookup_by_sku.p95_ms} ms (target p95 < 50 ms)`)
  console.log(`Counter sale completion: median ${figures.completion.median_ms} ms, p95 ${figures.completion.p95_ms} ms (target p95 < 300 ms)`)
  return figures
}
