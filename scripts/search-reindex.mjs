#!/usr/bin/env node
// `npm run search:reindex`: rebuilds the product search index from the
// catalogue, with a progress bar. Uses DATABASE_URL, else the embedded
// PostgreSQL of `npm start` (joining it if it is running).
import path from "node:path"
import readline from "node:readline"
import { spawn } from "node:child_process"
import { backendDir, medusaCli, root } from "./lib/paths.mjs"
import { openDatabase } from "./lib/database.mjs"
import { queryRows } from "./lib/postgres.mjs"

const SCRIPT = path.join(root, "plugins/product-search/.medusa/server/src/scripts/reindex-products.js")
const PROGRESS = /^SEARCH_REINDEX_PROGRESS (\d+)\/(\d+)/
const BAR_WIDTH = 30

async function databaseUrl() {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} }
  const running = `postgres://postgres:postgres@localhost:${process.env.EMBEDDED_PG_PORT ?? 54329}/fairmade`
  const answers = await queryRows(running, "select 1").then(() => true, () => false)
  return answers ? { url: running, stop: async () => {} } : openDatabase()
}

function drawBar(done, total) {
  const filled = total ? Math.round((done / total) * BAR_WIDTH) : BAR_WIDTH
  process.stdout.write(`\r  [${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}] ${done}/${total} products`)
}

async function main() {
  const database = await databaseUrl()
  const child = spawn(process.execPath, [medusaCli, "exec", SCRIPT], {
    cwd: backendDir,
    env: { ...process.env, DATABASE_URL: database.url, MEDUSA_DISABLE_TELEMETRY: "true", LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" },
    stdio: ["ignore", "pipe", "inherit"],
  })
  for await (const line of readline.createInterface({ input: child.stdout })) {
    const progress = PROGRESS.exec(line)
    if (progress) drawBar(Number(progress[1]), Number(progress[2]))
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
