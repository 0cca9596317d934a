#!/usr/bin/env node
// `npm run analytics:rebuild [-- --restart]`: recomputes the sales read model
// from Medusa's orders, with a progress bar. Resumes an interrupted run from
// its saved cursor. Uses DATABASE_URL, else the embedded PostgreSQL of
// `npm start` (joining it if it is running).
import path from "node:path"
import readline from "node:readline"
import { spawn } from "node:child_process"
import { backendDir, medusaCli, root } from "../../../scripts/lib/paths.mjs"
import { openDatabase } from "../../../scripts/lib/database.mjs"
import { queryRows } from "../../../scripts/lib/postgres.mjs"
import { buildPlugins } from "../../../scripts/lib/backend.mjs"

const SCRIPT = path.join(root, "plugins/shop-analytics/.medusa/server/src/scripts/rebuild-sales-facts.js")
const PROGRESS = /^ANALYTICS_REBUILD_PROGRESS (\d+)\/(\d+) (\d+)/
const BAR_WIDTH = 30

async function databaseUrl() {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} }
  const running = `postgres://postgres:postgres@localhost:${process.env.EMBEDDED_PG_PORT ?? 54329}/fairmade`
  const answers = await queryRows(running, "select 1").then(() => true, () => false)
  return answers ? { url: running, stop: async () => {} } : openDatabase()
}

function drawBar(done, total, lines, started) {
  const filled = total ? Math.round((done / total) * BAR_WIDTH) : BAR_WIDTH
  const perSecond = Math.round(lines / Math.max((Date.now() - started) / 1000, 0.001))
  process.stdout.write(`\r  [${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}] ${done}/${total} orders, ${perSecond} lines/s`)
}

async function main() {
  const database = await databaseUrl()
  const env = { ...process.env, DATABASE_URL: database.url, MEDUSA_DISABLE_TELEMETRY: "true", LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" }
  await buildPlugins(env)
  const started = Date.now()
  // Medusa's CLI refuses options it does not know: flags travel as plain words.
  const args = process.argv.slice(2).map((arg) => arg.replace(/^--/, ""))
  const child = spawn(process.execPath, [medusaCli, "exec", SCRIPT, ...args], { cwd: backendDir, env, stdio: ["ignore", "pipe", "inherit"] })
  for await (const line of readline.createInterface({ input: child.stdout })) {
    const progress = PROGRESS.exec(line)
    if (progress) drawBar(Number(progress[1]), Number(progress[2]), Number(progress[3]), started)
    else if (line.trim()) console.log(`\n${line}`)
  }
  const code = await new Promise((resolve) => child.on("close", resolve))
  await database.stop()
  process.exit(code ?? 1)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
