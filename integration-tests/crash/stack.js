// The product for crash tests: prepared once per run by the real start script's steps
// (prepare.mjs) on a fresh database, then the built backend started directly, so a test
// can kill it at a named crash point (FAIRMADE_CRASH_AT, see
// plugins/shop-core/src/lib/crash-point.ts) and start it again, alone, on the same data.
// Not through `npm start`: its launcher would stop (or restart) everything when the
// backend dies, and the test must decide when the backend comes back.
const { spawn } = require("node:child_process")
const fs = require("node:fs")
const path = require("node:path")
const { Client } = require("pg")

const ROOT = path.resolve(__dirname, "../..")
const MEDUSA_CLI = path.join(ROOT, "node_modules/@medusajs/cli/cli.js")
const SERVER_DIR = path.join(ROOT, "backend/.medusa/server")
// Fixed defaults, overridable so several runs can share one machine.
const BACKEND_PORT = Number(process.env.CRASH_BACKEND_PORT ?? 9300)
const STOREFRONT_PORT = Number(process.env.CRASH_STOREFRONT_PORT ?? 4600)
const DATA_DIR = path.join(ROOT, `.data/crash-${BACKEND_PORT}`)
// The built backend runs in production mode, which refuses to start without SMTP_URL: a real
// mail catcher (MailDev, as in `npm start`) receives what it sends.
const MAIL_SMTP_PORT = Number(process.env.CRASH_MAIL_SMTP_PORT ?? 1325)
const MAIL_WEB_PORT = Number(process.env.CRASH_MAIL_WEB_PORT ?? 1380)
const STATE_FILE = path.join(DATA_DIR, "stack.json")
const LOG_FILE = path.join(DATA_DIR, "backend.log")
const PID_FILE = path.join(DATA_DIR, "backend.pid")
const CRASH_LINE = (point) => `[crash-point] ${point}: killing the process`

function serverUrl() {
  const url = process.env.TEST_DATABASE_SERVER_URL
  if (!url) throw new Error("TEST_DATABASE_SERVER_URL is not set: run the crash tests through `npm test` (TEST_SUITES=crash).")
  return url
}

function databaseUrl(name) {
  const url = new URL(serverUrl())
  url.pathname = `/${name}`
  return url.toString()
}

/** What prepare() wrote: database, publishable key, demo admin, secrets. */
function state() {
  if (!fs.existsSync(STATE_FILE)) throw new Error(`${STATE_FILE} is missing: the crash suite's global setup did not run.`)
  return JSON.parse(fs.readFileSync(STATE_FILE, "utf8"))
}

/** Once per run (global setup): a fresh database, migrated and seeded, and the builds. */
async function prepare() {
  fs.mkdirSync(DATA_DIR, { recursive: true })
  const database = `fairmade_crash_${process.pid}`
  let output = ""
  const child = spawn(process.execPath, [path.join(__dirname, "prepare.mjs")], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, DATABASE_URL: databaseUrl(database), FAIRMADE_DATA_DIR: DATA_DIR, NODE_OPTIONS: "" },
  })
  child.stdout.on("data", (chunk) => (output += chunk))
  child.stderr.on("data", (chunk) => (output += chunk))
  const code = await new Promise((resolve) => child.on("exit", (exitCode, signal) => resolve(exitCode ?? signal)))
  if (code !== 0) throw new Error(`Preparing the crash stack failed (${code}):\n${output.slice(-4000)}`)
  const prepared = JSON.parse(output.trim().split("\n").at(-1))
  const mail = await startMailCatcher()
  fs.writeFileSync(STATE_FILE, JSON.stringify({ ...prepared, database, smtpUrl: mail.smtpUrl, mailPid: mail.pid }), { mode: 0o600 })
  return prepared
}

/** MailDev on localhost, detached from this process's output; resolves once its API answers. */
async function startMailCatcher() {
  const mailDirectory = path.join(DATA_DIR, "mail")
  fs.mkdirSync(mailDirectory, { recursive: true })
  const cli = path.join(ROOT, "node_modules/maildev/dist/bin/maildev.js")
  const args = ["--smtp", String(MAIL_SMTP_PORT), "--ip", "127.0.0.1", "--web", String(MAIL_WEB_PORT), "--web-ip", "127.0.0.1", "--mail-directory", mailDirectory]
  const child = spawn(process.execPath, [cli, ...args], { cwd: ROOT, stdio: "ignore", env: { ...process.env, NODE_OPTIONS: "" } })
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`MailDev exited (${child.exitCode}) before answering on port ${MAIL_WEB_PORT}`)
    try {
      if ((await fetch(`http://127.0.0.1:${MAIL_WEB_PORT}/api/healthz`)).ok) return { pid: child.pid, smtpUrl: `smtp://127.0.0.1:${MAIL_SMTP_PORT}` }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  child.kill("SIGTERM")
  throw new Error(`MailDev did not answer on port ${MAIL_WEB_PORT} within 60 s`)
}

/** Global teardown: whatever backend is left, then the database. */
async function destroy() {
  if (!fs.existsSync(STATE_FILE)) return
  const { database, mailPid } = state()
  killLeftover()
  if (mailPid) {
    try {
      process.kill(mailPid, "SIGTERM")
    } catch {
      // already gone
    }
  }
  const client = new Client({ connectionString: serverUrl() })
  await client.connect()
  try {
    await client.query(`drop database if exists "${database}" with (force)`)
  } finally {
    await client.end()
  }
  fs.rmSync(STATE_FILE, { force: true })
}

/** A backend this harness started and a test file forgot to stop (its pid only, never by name). */
function killLeftover() {
  if (!fs.existsSync(PID_FILE)) return
  const pid = Number(fs.readFileSync(PID_FILE, "utf8"))
  try {
    process.kill(pid, "SIGKILL")
  } catch {
    // already gone
  }
  fs.rmSync(PID_FILE, { force: true })
}

async function waitForHealth(url, child, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) return false
    try {
      if ((await fetch(url)).ok) return true
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`)
}

/**
 * The built backend (`medusa start` in backend/.medusa/server, as scripts/lib/backend.mjs
 * runs it), one process in shared mode. Its output goes to .data/crash-<port>/backend.log.
 */
class Backend {
  constructor() {
    this.child = null
    this.output = ""
    this.url = `http://localhost:${BACKEND_PORT}`
  }

  /** Starts the backend; with `crashAt`, reaching that crash point kills it; `env` adds variables. */
  async start({ crashAt, env: extraEnv = {} } = {}) {
    if (this.child) throw new Error("The crash backend is already running: stop() or crash it first.")
    const { databaseUrl: url, secrets, smtpUrl } = state()
    fs.mkdirSync(DATA_DIR, { recursive: true })
    killLeftover()
    this.output = ""
    const env = {
      ...process.env,
      ...secrets,
      DATABASE_URL: url,
      SMTP_URL: smtpUrl,
      NODE_ENV: "production",
      PORT: String(BACKEND_PORT),
      BACKEND_URL: this.url,
      STOREFRONT_URL: `http://localhost:${STOREFRONT_PORT}`,
      MEDUSA_WORKER_MODE: "shared",
      MEDUSA_DISABLE_TELEMETRY: "true",
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
      NODE_OPTIONS: "",
      ...extraEnv,
    }
    delete env.FAIRMADE_CRASH_AT
    if (crashAt) env.FAIRMADE_CRASH_AT = crashAt
    const child = spawn(process.execPath, [MEDUSA_CLI, "start"], { cwd: SERVER_DIR, env, stdio: ["ignore", "pipe", "pipe"] })
    const log = fs.openSync(LOG_FILE, "a")
    fs.writeSync(log, `\n--- start ${new Date().toISOString()}${crashAt ? ` FAIRMADE_CRASH_AT=${crashAt}` : ""}\n`)
    const onData = (chunk) => {
      this.output = (this.output + chunk.toString()).slice(-20_000)
      fs.writeSync(log, chunk)
    }
    child.stdout.on("data", onData)
    child.stderr.on("data", onData)
    child.exited = new Promise((resolve) =>
      child.once("exit", (code, signal) => {
        fs.closeSync(log)
        resolve({ code, signal })
      }),
    )
    fs.writeFileSync(PID_FILE, String(child.pid))
    this.child = child
    if (!(await waitForHealth(`${this.url}/health`, child))) {
      const { code, signal } = await child.exited
      this.child = null
      throw new Error(`The backend exited (${code ?? signal}) before answering /health:\n${this.output.slice(-4000)}`)
    }
    return this
  }

  /** SIGTERM, as an operator would stop it. */
  async stop() {
    const child = this.child
    if (!child) return
    this.child = null
    if (child.exitCode === null && child.signalCode === null) {
      const timer = setTimeout(() => child.kill("SIGKILL"), 15_000)
      child.kill("SIGTERM")
      await child.exited
      clearTimeout(timer)
    }
    fs.rmSync(PID_FILE, { force: true })
  }

  async restart(options) {
    await this.stop()
    return this.start(options)
  }

  /**
   * Restarts the backend armed with `point`, runs `action` (usually the HTTP call that
   * reaches the point; its failure is expected and returned, not thrown), waits until
   * the process has died at that point, then starts it again without the variable.
   * Throws when the point is never reached: a crash test that did not crash proves nothing.
   * `beforeRestart` runs while the backend is dead (e.g. SQL); `env` is for the restart.
   */
  async crashDuring(point, action, { timeoutMs = 60_000, beforeRestart, env } = {}) {
    await this.restart({ crashAt: point })
    const child = this.child
    let outcome
    try {
      outcome = { result: await action() }
    } catch (error) {
      outcome = { error }
    }
    const timeout = new Promise((resolve) => setTimeout(() => resolve("timeout"), timeoutMs))
    const exit = await Promise.race([child.exited, timeout])
    if (exit === "timeout" || !this.output.includes(CRASH_LINE(point))) {
      const answered = outcome.error ? `failed with ${outcome.error.message}` : `answered ${JSON.stringify(outcome.result).slice(0, 500)}`
      await this.stop()
      throw new Error(`Crash point "${point}" was not reached: the action ${answered}.\nBackend output:\n${this.output.slice(-3000)}`)
    }
    if (exit.signal !== "SIGKILL") throw new Error(`The backend died at "${point}" with ${exit.code ?? exit.signal}, not SIGKILL`)
    this.child = null
    fs.rmSync(PID_FILE, { force: true })
    if (beforeRestart) await beforeRestart()
    await this.start({ env })
    return outcome
  }
}

/** One query on the crash database; returns its rows. */
async function sql(text, params = []) {
  const client = new Client({ connectionString: state().databaseUrl })
  await client.connect()
  try {
    return (await client.query(text, params)).rows
  } finally {
    await client.end()
  }
}

module.exports = { Backend, prepare, destroy, sql, state, BACKEND_PORT, STOREFRONT_PORT, DATA_DIR }
