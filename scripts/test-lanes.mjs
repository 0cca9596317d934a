#!/usr/bin/env node
// `npm run test:lanes` (what .ci/run uses): every suite of `npm test`, plus the backend HTTP tests a
// second time on Redis-backed Medusa modules when CI_REDIS_URL is set, in two lanes that run at
// once (the machine has 2 cores). Each lane is a list of `npm test` runs (scripts/test.mjs) one after
// the other; every line a lane prints starts with its name, and each run's summary is printed again
// at the end. Exit 1 if any run fails.
//
// Lanes can share the machine: HTTP specs make their own database (random name) and listen on random
// ports; browser, resilience and crash stacks use their own ports and data folders (E2E_*, RESILIENCE_*,
// CRASH_* ports); each lane keeps its results, logs and (without DATABASE_URL) embedded PostgreSQL in
// its own FAIRMADE_DATA_DIR and EMBEDDED_PG_TEST_PORT. Only one run gets REDIS_URL, so no two runs
// share Redis queues. Plugins are built once, before the lanes start.
import path from "node:path"
import { spawn } from "node:child_process"
import { dataDir, root } from "./lib/paths.mjs"
import { forEachLine } from "./lib/processes.mjs"

const redisUrl = process.env.CI_REDIS_URL
const basePgPort = Number(process.env.EMBEDDED_PG_TEST_PORT ?? 54339)

// The HTTP suite is the longest run (about 18 of the 49 minutes); browser, resilience and crash
// together take a little less. TEST_LANES=1 runs everything in one lane, one run after the other
// (the former CI), for a machine too busy for two.
const redisPass = redisUrl ? [{ suites: "http", label: "http on Redis", env: { REDIS_URL: redisUrl } }] : []
const lanes =
  process.env.TEST_LANES === "1"
    ? [{ name: "A", runs: [{ suites: "storefront,backend,http,browser,resilience,crash" }, ...redisPass] }]
    : [
        { name: "A", runs: [{ suites: "storefront,backend,http" }] },
        { name: "B", runs: [{ suites: "browser,resilience,crash" }, ...redisPass] },
      ]

const { REDIS_URL: _ignored, ...baseEnv } = process.env

/** Runs `scripts/test.mjs` with each line prefixed by `[lane]`; resolves with its exit code and summary lines. */
function runTests(lane, laneIndex, run) {
  const label = run.label ?? run.suites
  const env = {
    ...baseEnv,
    ...run.env,
    TEST_SUITES: run.suites,
    FAIRMADE_DATA_DIR: path.join(dataDir, `lane-${lane.name}`),
    EMBEDDED_PG_TEST_PORT: String(basePgPort + laneIndex),
  }
  const prefix = `[${lane.name}] `
  console.log(`${prefix}=== npm test (${label}) ===`)
  const started = Date.now()
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, "scripts/test.mjs")], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] })
    children.add(child)
    const lines = []
    for (const stream of [child.stdout, child.stderr]) {
      forEachLine(stream, (line) => {
        lines.push(line)
        process.stdout.write(prefix + line + "\n")
      })
    }
    child.on("exit", (code, signal) => {
      children.delete(child)
      const summaryStart = lines.lastIndexOf("Summary:")
      resolve({
        lane: lane.name,
        label,
        code: code ?? 1,
        signal,
        minutes: (Date.now() - started) / 60_000,
        summary: summaryStart >= 0 ? lines.slice(summaryStart + 1).filter((line) => line.trim() !== "") : [],
      })
    })
  })
}

const children = new Set()
let stopping = false
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.once(signal, () => {
    // Each test.mjs stops its own PostgreSQL and stacks on these signals; no lane starts another run.
    stopping = true
    for (const child of children) child.kill(signal)
    setTimeout(() => process.exit(1), 30_000).unref()
  })
}

/** Builds the plugins once so the lanes do not wait on each other's build lock. */
async function buildPluginsFirst() {
  const { buildPlugins } = await import("./lib/backend.mjs")
  const { log } = await import("./lib/log.mjs")
  await log.step("Building plugins", () => buildPlugins({ ...baseEnv, MEDUSA_DISABLE_TELEMETRY: "true" }))
}

const started = Date.now()
await buildPluginsFirst()
const results = (
  await Promise.all(
    lanes.map(async (lane, index) => {
      const laneResults = []
      for (const run of lane.runs) {
        if (stopping) break
        laneResults.push(await runTests(lane, index, run))
      }
      return laneResults
    }),
  )
).flat()

const minutes = (Date.now() - started) / 60_000
console.log(`\n=== Test lanes: ${minutes.toFixed(1)} min in all ===`)
for (const result of results) {
  const status = result.code === 0 ? "ok" : `FAILED (${result.signal ?? `exit ${result.code}`})`
  console.log(`\n[${result.lane}] npm test (${result.label}): ${status}, ${result.minutes.toFixed(1)} min`)
  for (const line of result.summary) console.log(`    ${line}`)
}
process.exit(stopping || results.some((result) => result.code !== 0) ? 1 : 0)
