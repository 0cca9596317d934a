// Runs the real `npm start` script (scripts/start.mjs) on spare ports with its
// OWN embedded PostgreSQL, so the resilience tests can stop that database, kill
// the launcher or its children, and look at the processes it leaves.
const { spawn } = require("node:child_process")
const fs = require("node:fs")
const path = require("node:path")

const ROOT = path.resolve(__dirname, "../..")
// Defaults apart from the browser suite's (9100/4400), so both may run at once.
const BACKEND_PORT = Number(process.env.RESILIENCE_BACKEND_PORT ?? 9120)
const STOREFRONT_PORT = Number(process.env.RESILIENCE_STOREFRONT_PORT ?? 4420)
const POSTGRES_PORT = Number(process.env.RESILIENCE_PG_PORT ?? 54349)
// Its own mail catcher ports too, so a demo running on this machine (1025/1080) is no obstacle.
const MAIL_SMTP_PORT = Number(process.env.RESILIENCE_MAIL_SMTP_PORT ?? 1125)
const MAIL_WEB_PORT = Number(process.env.RESILIENCE_MAIL_WEB_PORT ?? 1180)
const DATA_DIR = path.join(ROOT, `.data/resilience-${STOREFRONT_PORT}`)
const READY_LINE = /Fairmade is running/

/** The environment of a start that owns its database: no DATABASE_URL, no Redis, its own data folder. */
function launcherEnv(extra = {}) {
  const env = {
    ...process.env,
    BACKEND_PORT: String(BACKEND_PORT),
    STOREFRONT_PORT: String(STOREFRONT_PORT),
    EMBEDDED_PG_PORT: String(POSTGRES_PORT),
    MAIL_CATCHER_SMTP_PORT: String(MAIL_SMTP_PORT),
    MAIL_CATCHER_WEB_PORT: String(MAIL_WEB_PORT),
    FAIRMADE_DATA_DIR: DATA_DIR,
    CATALOG_CACHE_SECONDS: "0",
    NODE_OPTIONS: "",
    ...extra,
  }
  for (const key of ["DATABASE_URL", "REDIS_URL", "BACKEND_URL", "STOREFRONT_URL", "SMTP_URL"]) if (!(key in extra)) delete env[key]
  return env
}

/** Starts `node scripts/start.mjs`; `output()` is everything it printed so far. */
function launch(extraEnv = {}) {
  const child = spawn(process.execPath, [path.join(ROOT, "scripts/start.mjs")], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: launcherEnv(extraEnv),
  })
  let output = ""
  child.stdout.on("data", (chunk) => (output += chunk.toString()))
  child.stderr.on("data", (chunk) => (output += chunk.toString()))
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })))
  return { child, exited, output: () => output }
}

/** Waits until `predicate(output)` holds, or fails with the launcher's last output. */
async function waitForOutput(launcher, predicate, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (predicate(launcher.output())) return
    if (launcher.child.exitCode !== null || launcher.child.signalCode !== null) break
    await sleep(250)
  }
  throw new Error(`${what} did not happen within ${timeoutMs / 1000}s; the launcher's last output:\n${launcher.output().slice(-6000)}`)
}

/** Starts the stack and resolves once it printed its ready banner. */
async function startStack() {
  const launcher = launch()
  await waitForOutput(launcher, (output) => READY_LINE.test(output), 900_000, "npm start getting ready")
  return launcher
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

function isAlive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return error.code === "EPERM"
  }
}

/** Resolves true once none of `pids` runs any more, false after `timeoutMs`. */
async function waitUntilGone(pids, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (pids.every((pid) => !isAlive(pid))) return true
    await sleep(200)
  }
  return pids.every((pid) => !isAlive(pid))
}

/** The processes whose parent is `pid`, with their command lines (Linux /proc). */
function childrenOf(pid) {
  return fs
    .readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .map((entry) => {
      try {
        const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8")
        const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1])
        const command = fs.readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0").join(" ")
        return { pid: Number(entry), ppid, command }
      } catch {
        return null
      }
    })
    .filter((proc) => proc && proc.ppid === pid)
}

/** The launcher's backend, storefront and PostgreSQL server, by pid. */
function stackProcesses(launcherPid) {
  const children = childrenOf(launcherPid)
  const backend = children.find((proc) => /@medusajs\/cli\/cli\.js start/.test(proc.command))
  // The storefront runs storefront/server.mjs (precompressed assets in front of Astro's handler).
  const storefront = children.find((proc) => /storefront\/server\.mjs|dist\/server\/entry\.mjs/.test(proc.command))
  return { backend: backend?.pid, storefront: storefront?.pid, postgres: postgresPid() }
}

const postgresDataDir = path.join(DATA_DIR, "postgres")

/** The running PostgreSQL server of this data folder (first line of postmaster.pid), if any. */
function postgresPid() {
  const file = path.join(postgresDataDir, "postmaster.pid")
  if (!fs.existsSync(file)) return undefined
  const pid = Number(fs.readFileSync(file, "utf8").split("\n")[0])
  return isAlive(pid) ? pid : undefined
}

/** Starts this stack's PostgreSQL again, as a process of the test (the launcher does not restart it). */
async function startPostgresAgain(dir = postgresDataDir, port = POSTGRES_PORT) {
  const child = spawn(process.execPath, [path.join(__dirname, "run-embedded-postgres.mjs"), dir, String(port)], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NODE_OPTIONS: "" },
  })
  let output = ""
  await new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk.toString()
      if (output.includes("postgres ready")) resolve()
    }
    child.stdout.on("data", onData)
    child.stderr.on("data", onData)
    child.once("exit", (code) => reject(new Error(`PostgreSQL did not start again (exit ${code}):\n${output}`)))
  })
  return {
    child,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      const exited = new Promise((resolve) => child.once("exit", resolve))
      child.kill("SIGTERM")
      await exited
    },
  }
}

/** Stops a launcher politely and waits for it. */
async function stopLauncher(launcher) {
  if (!launcher || launcher.child.exitCode !== null || launcher.child.signalCode !== null) return
  launcher.child.kill("SIGTERM")
  await launcher.exited
}

/** GET with a stopwatch; never throws for a status, only for no answer within `timeoutMs`. */
async function timedGet(url, { timeoutMs = 15_000, headers = {} } = {}) {
  const begin = Date.now()
  const response = await fetch(url, { headers, signal: AbortSignal.timeout(timeoutMs), redirect: "manual" })
  const body = await response.text()
  return { status: response.status, body, ms: Date.now() - begin, headers: response.headers }
}

/** Polls `check` until it returns true; resolves with the elapsed ms, or throws after `timeoutMs`. */
async function eventually(check, timeoutMs, what) {
  const begin = Date.now()
  let last
  while (Date.now() - begin < timeoutMs) {
    try {
      if (await check()) return Date.now() - begin
    } catch (error) {
      last = error
    }
    await sleep(500)
  }
  throw new Error(`${what} did not happen within ${timeoutMs / 1000}s${last ? `: ${last.message}` : ""}`)
}

module.exports = {
  BACKEND_PORT,
  STOREFRONT_PORT,
  POSTGRES_PORT,
  DATA_DIR,
  postgresDataDir,
  launch,
  startStack,
  stopLauncher,
  waitForOutput,
  waitUntilGone,
  stackProcesses,
  postgresPid,
  startPostgresAgain,
  timedGet,
  eventually,
  isAlive,
}
