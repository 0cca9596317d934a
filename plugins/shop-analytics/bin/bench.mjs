#!/usr/bin/env node
// The analytics part of `npm run bench`: a throw-away database with the
// migrations applied, the read model filled from the full Online Retail file
// (≥ 1,000,000 order lines), then the dashboard's 12-month KPI request (with
// comparison) and the cohort table timed. Says so and stops when the file is absent.
import fs from "node:fs"
import path from "node:path"
import readline from "node:readline"
import { spawn } from "node:child_process"
import { backendDir, dataDir, medusaCli, root } from "../../../scripts/lib/paths.mjs"
import { openDatabaseServer } from "../../../scripts/lib/database-server.mjs"
import { ensureDatabase, queryRows } from "../../../scripts/lib/postgres.mjs"
import { buildPlugins } from "../../../scripts/lib/backend.mjs"
import { log } from "../../../scripts/lib/log.mjs"

const FULL_FILE = path.resolve(root, "../shared/data/online-retail/transactions-2010-12-01_2011-11-08.csv.gz")
const SCRIPT = path.join(root, "plugins/shop-analytics/.medusa/server/src/scripts/bench-analytics.js")

function medusa(args, env, onLine = (line) => console.log(line)) {
  const child = spawn(process.execPath, [medusaCli, ...args], { cwd: backendDir, env, stdio: ["ignore", "pipe", "inherit"] })
  const lines = readline.createInterface({ input: child.stdout })
  lines.on("line", onLine)
  return new Promise((resolve, reject) => child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`medusa ${args[0]} exited with ${code}`)))))
}

async function main() {
  if (!fs.existsSync(FULL_FILE)) {
    console.log(`Analytics bench skipped: the full Online Retail file is not at ${FULL_FILE}.`)
    return
  }
  const server = await log.step("Opening PostgreSQL", () => openDatabaseServer({ folder: "postgres-bench", port: 54349 }))
  const database = `fairmade_analytics_bench_${process.pid}`
  const url = await ensureDatabase(server.url, database)
  const env = { ...process.env, DATABASE_URL: url, MEDUSA_DISABLE_TELEMETRY: "true", LOG_LEVEL: "warn", NODE_ENV: "development" }
  try {
    await log.step("Building plugins", () => buildPlugins(env))
    await log.step("Applying migrations", () => medusa(["db:migrate"], env, () => {}))
    let result = null
    await medusa(["exec", SCRIPT, FULL_FILE], env, (line) => {
      const progress = /^ANALYTICS_BENCH_PROGRESS (\d+)/.exec(line)
      if (progress) process.stdout.write(`\r  importing: ${progress[1]} order lines`)
      else if (line.startsWith("ANALYTICS_BENCH ")) result = JSON.parse(line.slice("ANALYTICS_BENCH ".length))
      else if (line.trim()) console.log(line)
    })
    console.log("")
    if (!result) throw new Error("The analytics bench printed no result")
    const { overview_12_months_with_comparison: kpi, cohorts_12_months: cohort } = result
    console.log(`Analytics read model: ${result.order_lines} order lines (${result.orders} orders, full file × ${result.replays}) imported at ${result.import_lines_per_second} lines/s`)
    console.log(`Analytics KPI request, 12 months with comparison: p50 ${kpi.p50_ms} ms, p95 ${kpi.p95_ms} ms (target < 300 ms)`)
    console.log(`Analytics cohort table, 12 months: p50 ${cohort.p50_ms} ms, p95 ${cohort.p95_ms} ms (target < 500 ms)`)
    const out = path.join(dataDir, "bench/analytics.json")
    fs.mkdirSync(path.dirname(out), { recursive: true })
    fs.writeFileSync(out, JSON.stringify(result, null, 2))
  } finally {
    await queryRows(server.url, `drop database if exists "${database}" with (force)`).catch(() => {})
    await server.stop()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
