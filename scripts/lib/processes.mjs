import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { dataDir } from "./paths.mjs"
import { StartupError } from "./errors.mjs"

const logsDir = path.join(dataDir, "logs")
const running = new Set()
const TAIL_LINES = 40
let guardian

/** Every child started from now on is reported to `watchman` (see guardian.mjs), so it cannot outlive us. */
export function useGuardian(watchman) {
  guardian = watchman
}

function track(child, name) {
  running.add(child)
  guardian?.watch(child.pid, name)
  child.once("exit", () => {
    running.delete(child)
    guardian?.unwatch(child.pid)
  })
  return child
}

/** Stops every child this process started that is still running. */
export const stopAll = () => Promise.all([...running].map((child) => stopProcess(child)))

/** "code 1" or "signal SIGKILL": how a child ended. */
export const describeExit = (code, signal) => (signal ? `signal ${signal}` : `code ${code}`)

/**
 * Runs a command to completion with its output in .data/logs/<name>.log;
 * on failure the tail of that log is printed so the cause is visible.
 */
export async function run(name, command, args, options = {}) {
  fs.mkdirSync(logsDir, { recursive: true })
  const logFile = path.join(logsDir, `${name}.log`)
  const out = fs.openSync(logFile, "w")
  const child = track(spawn(command, args, { ...options, stdio: ["ignore", out, out] }), name)
  const ending = await new Promise((resolve, reject) => {
    child.on("error", reject)
    child.on("exit", (code, signal) => resolve({ code, signal }))
  })
  fs.closeSync(out)
  if (ending.code !== 0) {
    const tail = fs.readFileSync(logFile, "utf8").split("\n").slice(-TAIL_LINES).join("\n")
    throw new StartupError(`${name} exited with ${describeExit(ending.code, ending.signal)}; last lines of ${logFile}:\n${tail}`)
  }
}

/** Calls `onLine` with each line `stream` writes, the last one also when it ends without a newline. */
export function forEachLine(stream, onLine) {
  let pending = ""
  stream.on("data", (chunk) => {
    const lines = (pending + chunk.toString()).split("\n")
    pending = lines.pop() ?? ""
    for (const line of lines) onLine(line)
  })
  stream.on("end", () => pending && onLine(pending))
}

/**
 * Starts a long-running service whose output is prefixed with its name.
 * `child.lastLines()` returns its latest output, for error messages.
 */
export function startService(name, command, args, options = {}) {
  const child = track(spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] }), name)
  const prefix = `[${name}] `
  const tail = []
  for (const stream of [child.stdout, child.stderr]) {
    forEachLine(stream, (line) => {
      process.stdout.write(prefix + line + "\n")
      tail.push(line)
      if (tail.length > TAIL_LINES) tail.shift()
    })
  }
  child.serviceName = name
  child.lastLines = () => tail.join("\n")
  return child
}

/** Resolves once `url` answers 200; rejects if `child` exits first or after `timeoutMs`. */
export async function waitForHttp(url, { timeoutMs = 120_000, child } = {}) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) {
      const name = child.serviceName ?? "the process"
      throw new StartupError(
        `${name} exited with ${describeExit(child.exitCode, child.signalCode)} before ${url} answered; its last lines:\n${child.lastLines?.() ?? ""}`,
      )
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) })
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new StartupError(`${url} did not answer 200 within ${timeoutMs / 1000}s`)
}

/** Sends SIGTERM, then SIGKILL if the process is still there after `graceMs`. */
export async function stopProcess(child, graceMs = 10_000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once("exit", resolve))
  child.kill("SIGTERM")
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs)
  await exited
  clearTimeout(timer)
}
