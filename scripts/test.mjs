#!/usr/bin/env node
// `npm test`: unit tests, backend HTTP integration tests on real PostgreSQL,
// and browser journeys in headless Chromium against the whole started stack.
// TEST_SUITES=storefront,backend,http,browser,resilience,crash picks a subset; TEST_PATTERN=<regex>
// passes a file pattern to the runner (e.g. TEST_SUITES=http TEST_PATTERN=pickup npm test).
import fs from "node:fs"
import path from "node:path"
import { spawn } from "node:child_process"
import { binPath, dataDir, root } from "./lib/paths.mjs"
import { normaliseDatabaseUrl } from "./lib/postgres.mjs"
import { openDatabaseServer } from "./lib/database-server.mjs"
import { buildPlugins } from "./lib/backend.mjs"
import { log } from "./lib/log.mjs"

const resultsDir = path.join(dataDir, "test-results")
const jest = (dir) => binPath("jest", dir)
const suites = {
  // standalone: unit tests that need no database and no plugin build.
  storefront: { dir: "storefront", runner: "vitest", standalone: true, args: (out) => ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${out}`] },
  backend: { dir: "backend", runner: "jest", args: (out) => ["--runInBand", "--json", `--outputFile=${out}`] },
  // One spec file at a time, in a worker that is replaced once it holds over 2 GB after a file:
  // every spec boots a whole Medusa app, and in band the 33 files ran the process out of heap.
  http: {
    dir: "integration-tests",
    runner: "jest",
    env: { TEST_TYPE: "http" },
    args: (out) => ["--maxWorkers=1", "--workerIdleMemoryLimit=2GB", "--forceExit", "--json", `--outputFile=${out}`],
  },
  browser: { dir: "integration-tests", runner: "jest", env: { TEST_TYPE: "browser" }, args: (out) => ["--runInBand", "--forceExit", "--json", `--outputFile=${out}`] },
  // Database outage, crashed and killed processes: stacks with their own embedded PostgreSQL and ports
  // (RESILIENCE_BACKEND_PORT/RESILIENCE_STOREFRONT_PORT/RESILIENCE_PG_PORT), so it could run beside `browser`.
  resilience: { dir: "integration-tests", runner: "jest", env: { TEST_TYPE: "resilience" }, args: (out) => ["--runInBand", "--forceExit", "--json", `--outputFile=${out}`] },
  crash: { dir: "integration-tests", runner: "jest", env: { TEST_TYPE: "crash" }, args: (out) => ["--runInBand", "--forceExit", "--json", `--outputFile=${out}`] },
}
const selected = (process.env.TEST_SUITES ?? Object.keys(suites).join(",")).split(",").map((name) => name.trim())

/** Medusa's test runner creates its databases from DB_* variables. */
function databaseEnv(serverUrl) {
  const url = new URL(normaliseDatabaseUrl(serverUrl))
  return {
    DB_HOST: url.hostname,
    DB_PORT: url.port || "5432",
    DB_USERNAME: decodeURIComponent(url.username || "postgres"),
    DB_PASSWORD: decodeURIComponent(url.password),
    TEST_DATABASE_SERVER_URL: `${url.protocol}//${url.username}${url.password ? `:${url.password}` : ""}@${url.host}/postgres`,
  }
}

function runSuite(name, env) {
  const suite = suites[name]
  const cwd = path.join(root, suite.dir)
  const out = path.join(resultsDir, `${name}.json`)
  fs.rmSync(out, { force: true })
  const runnerPath = suite.runner === "jest" ? jest(cwd) : binPath("vitest", cwd)
  return new Promise((resolve) => {
    const pattern = process.env.TEST_PATTERN ? [process.env.TEST_PATTERN] : []
    const child = spawn(process.execPath, [runnerPath, ...suite.args(out), ...pattern], {
      cwd,
      stdio: "inherit",
      env: { ...env, ...suite.env },
    })
    child.on("exit", (code) => resolve({ name, code, counts: readCounts(out) }))
  })
}

function readCounts(file) {
  if (!fs.existsSync(file)) return { passed: 0, failed: 0, skipped: 0, skippedNames: [] }
  const report = JSON.parse(fs.readFileSync(file, "utf8"))
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + (report.numTodoTests ?? 0),
    skippedNames: skippedTests(report),
  }
}

/** The full names of skipped and todo tests (Jest's and Vitest's JSON reports); a skip says why in its name. */
function skippedTests(report) {
  const SKIPPED = new Set(["pending", "skipped", "todo", "disabled"])
  return (report.testResults ?? []).flatMap((file) =>
    (file.assertionResults ?? [])
      .filter((test) => SKIPPED.has(test.status))
      .map((test) => `${path.relative(root, file.name ?? "")}: ${test.fullName ?? [...(test.ancestorTitles ?? []), test.title].join(" ")}`),
  )
}

async function main() {
  fs.mkdirSync(resultsDir, { recursive: true })
  const needsBackend = selected.some((name) => !suites[name]?.standalone)
  const server = needsBackend
    ? await log.step("Opening the PostgreSQL server for test databases", () =>
        openDatabaseServer({ folder: "postgres-test", port: Number(process.env.EMBEDDED_PG_TEST_PORT ?? 54339) }),
      )
    : { url: null, stop: async () => {} }
  // Interrupted (Ctrl-C, a CI timeout): an embedded PostgreSQL is stopped, not left behind.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.once(signal, () => server.stop().finally(() => process.exit(1)))
  const env = {
    ...process.env,
    ...(server.url ? databaseEnv(server.url) : {}),
    MEDUSA_DISABLE_TELEMETRY: "true",
    // Medusa logs every module it loads; tests only need warnings and errors.
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    NODE_OPTIONS: [process.env.NODE_OPTIONS, "--experimental-vm-modules", "--no-warnings=ExperimentalWarning"].filter(Boolean).join(" "),
  }
  if (needsBackend) await log.step("Building plugins", () => buildPlugins(env))

  const results = []
  for (const name of selected) {
    if (!suites[name]) throw new Error(`Unknown suite "${name}"; choose from ${Object.keys(suites).join(", ")}`)
    console.log(`\n=== ${name} ===`)
    results.push(await runSuite(name, env))
  }
  await server.stop()

  const total = { passed: 0, failed: 0, skipped: 0 }
  console.log("\nSummary:")
  for (const { name, code, counts } of results) {
    const skipped = counts.skipped > 0 ? `, ${counts.skipped} skipped` : ""
    console.log(`  ${name.padEnd(11)} ${counts.passed} passed, ${counts.failed} failed${skipped}${code === 0 ? "" : `  (exit ${code})`}`)
    for (const skippedName of counts.skippedNames) console.log(`    skipped: ${skippedName}`)
    for (const key of Object.keys(total)) total[key] += counts[key]
  }
  const failedSuites = results.filter((result) => result.code !== 0)
  console.log(`\nTests: ${total.passed} passed, ${total.failed} failed${total.skipped > 0 ? `, ${total.skipped} skipped (named above)` : ""}`)
  process.exit(failedSuites.length > 0 || total.failed > 0 || total.passed === 0 ? 1 : 0)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
