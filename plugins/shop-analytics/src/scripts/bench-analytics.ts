/**
 * The analytics part of `npm run bench` (run by bin/bench.mjs on a throw-away
 * database): fills the read model from the full Online Retail file, replayed
 * as many times as needed for ≥ 1,000,000 order lines (each replay its own
 * invoices and customers, same dates), printing the import throughput, then
 * times the dashboard's requests in-process (the route's own code, no HTTP):
 * the 12-month overview with comparison and the cohort table.
 * Prints one line `ANALYTICS_BENCH <json>`.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { readCsvFile } from "@fairmade/recommendations/data/csv"
import { IMPORTED_PREFIX, type RetailInvoiceLine, toImportedFactSet, toRetailInvoiceLine } from "../history/retail-orders"
import { cohortTable, overview } from "../lib/overview"
import { SALES_ANALYTICS_MODULE } from "../modules/sales-analytics"
import type SalesAnalyticsModuleService from "../modules/sales-analytics/service"
import { importSalesHistoryWorkflow } from "../workflows/import-sales-history"

const TARGET_LINES = 1_000_000
const ORDERS_PER_BATCH = 500

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] * 10) / 10
}

async function timed(runs: number, action: () => Promise<unknown>) {
  await action() // warm-up: plans and caches
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const started = performance.now()
    await action()
    times.push(performance.now() - started)
  }
  return { runs, p50_ms: percentile(times, 50), p95_ms: percentile(times, 95), max_ms: percentile(times, 100) }
}

export default async function benchAnalytics({ container, args }: ExecArgs) {
  const csv = args?.[0]
  if (!csv) throw new Error("Give the Online Retail file: medusa exec bench-analytics.js <file.csv.gz>")
  const service: SalesAnalyticsModuleService = container.resolve(SALES_ANALYTICS_MODULE)
  // `timings-only` (second argument): measure the requests on a read model filled by an earlier run.
  const timingsOnly = (args ?? []).includes("timings-only")

  const invoices = new Map<string, RetailInvoiceLine[]>()
  let fileLines = 0
  for await (const record of readCsvFile(csv)) {
    const line = toRetailInvoiceLine(record)
    if (!line) continue
    fileLines++
    const lines = invoices.get(line.invoice)
    if (lines) lines.push(line)
    else invoices.set(line.invoice, [line])
  }
  const replays = timingsOnly ? 0 : Math.max(1, Math.ceil(TARGET_LINES / fileLines))

  const started = performance.now()
  let lines = 0
  let orders = 0
  for (let replay = 1; replay <= replays; replay++) {
    let batch: RetailInvoiceLine[][] = []
    const flush = async () => {
      const sets = batch.map((invoiceLines) => {
        const set = toImportedFactSet(invoiceLines, new Map())
        if (replay === 1) return set
        // Another shop's year: its own invoices and customers, over the same dates.
        const orderId = `${IMPORTED_PREFIX}r${replay}-${invoiceLines[0].invoice}`
        return {
          fact: { ...set.fact, order_id: orderId, customer_key: set.fact.customer_key ? `${set.fact.customer_key}-r${replay}` : null },
          lines: set.lines.map((line) => ({ ...line, order_id: orderId })),
          promotions: [],
        }
      })
      await importSalesHistoryWorkflow(container).run({ input: { sets } })
      orders += sets.length
      lines += sets.reduce((count, set) => count + set.lines.length, 0)
      console.log(`ANALYTICS_BENCH_PROGRESS ${lines}`)
      batch = []
    }
    for (const invoiceLines of invoices.values()) {
      batch.push(invoiceLines)
      if (batch.length >= ORDERS_PER_BATCH) await flush()
    }
    if (batch.length > 0) await flush()
  }
  const importSeconds = (performance.now() - started) / 1000
  // As autovacuum would after a bulk load: the planner needs the tables' statistics.
  await service.analyzeTables()

  const range = await service.dataRange()
  const to = new Date(new Date(range.last_order_at!).getTime() + 1)
  const from = new Date(to.getTime() - 365 * 86_400_000)
  const result = {
    file_lines: fileLines,
    replays,
    orders,
    order_lines: lines,
    import_seconds: Math.round(importSeconds * 10) / 10,
    import_lines_per_second: Math.round(lines / importSeconds),
    overview_12_months_with_comparison: await timed(30, () => overview(service, { from, to, compare: "previous" })),
    cohorts_12_months: await timed(20, () => cohortTable(service, { from, to, months: 12 })),
  }
  console.log(`ANALYTICS_BENCH ${JSON.stringify(result)}`)
}
