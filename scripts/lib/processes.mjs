import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { dataDir } from "./paths.mjs"

const logsDir = path.join(dataDir, "logs")
const running = new Set()

function track(child) {
  running.add(child)
  child.once("exit", () => running.delete(child))
  return child
}

/** Stops every child this process started that is still running. */
export const stopAll = () => Promise.all([...running].map((child) => stopProcess(child)))

/**
 * Runs a command to completion with its output in .data/logs/<name>.log;
 * on failure the tail of that log is printed so the cause is visible.
 */
export async function run(name, command, args, options = {}) {
  fs.mkdirSync(logsDir, { recursive: true })
  const logFile = path.join(logsDir, `${name}.log`)
  const out = fs.openSync(logFile, "w")
  const child = track(spawn(command, args, { ...options, stdio: ["ignore", out, out] }))
  const code = await new Promise((resolve, reject) => {
    child.on("error", reject)
    child.on("exit", (exitCode, signal) => resolve(exitCode ?? signal))
  })
  fs.closeSync(out)
  if (code !== 0) {
    const tail = fs.readFileSync(logFile, "utf8").split("\n").slice(-40).join("\n")
    throw new Error(`${name} exited with ${code}; last lines of ${logFile}:\n${tail}`)
  }
}

/** Starts a long-running service whose output is prefixed with its name. */
export function startService(name, command, args, options = {}) {
  const child = track(spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] }))
  const prefix = `[${name}] `
  for (const stream of [child.stdout, child.stderr]) {
    let pending = ""
    stream.on("data", (chunk) => {
      const lines = (pending + chunk.toString()).split("\n")
      pending = lines.pop() ?? ""
      for (const line of lines) process.stdout.write(prefix + line + "\n")
    })
  }
  return child
}

/** Resolves once `url` answers 200, or rejects after `timeoutMs`. */
export async function waitForHttp(url, { timeoutMs = 120_000, child } = {}) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) {
      throw new Error(`${url}: the process exited with ${child.exitCode} before answering`)
    }
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000}s`)
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
