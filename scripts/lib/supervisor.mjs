import { planRestart } from "./backoff.mjs"
import { formatError } from "./errors.mjs"
import { describeExit, stopProcess, waitForHttp } from "./processes.mjs"

/**
 * Keeps long-running services up: each is started (and, with `readyUrl`, waited
 * for), and restarted with back-off whenever it exits while we are not stopping.
 *
 * A service is `{ name, start: () => ChildProcess, readyUrl?, restart? = true }`;
 * adding one to `npm start` is one entry in its list.
 */
export class Supervisor {
  #entries = []
  #stopping = false

  constructor({ log = console.log } = {}) {
    this.log = log
  }

  /** First start: rejects with the child's last lines if it exits or never gets ready. */
  async start(service) {
    const entry = { service, child: null, crashesInARow: 0, startedAt: 0, timer: null }
    this.#entries.push(entry)
    this.#spawn(entry)
    if (service.readyUrl) await waitForHttp(service.readyUrl, { child: entry.child, timeoutMs: service.readyTimeoutMs })
    entry.ready = true
  }

  #spawn(entry) {
    const child = entry.service.start()
    entry.child = child
    entry.startedAt = Date.now()
    child.once("exit", (code, signal) => this.#onExit(entry, child, code, signal))
    return child
  }

  #onExit(entry, child, code, signal) {
    // Only a service that got ready once is restarted: a first start that fails is the launcher's error to report.
    if (this.#stopping || entry.child !== child || !entry.ready || entry.service.restart === false) return
    const { delayMs, crashesInARow } = planRestart(entry.crashesInARow, Date.now() - entry.startedAt)
    entry.crashesInARow = crashesInARow
    this.log(`! ${entry.service.name} exited with ${describeExit(code, signal)}; restarting in ${delayMs / 1000} s`)
    entry.timer = setTimeout(() => this.#restart(entry), delayMs)
  }

  async #restart(entry) {
    entry.timer = null
    if (this.#stopping) return
    let child
    try {
      child = this.#spawn(entry)
    } catch (error) {
      this.log(`! ${entry.service.name} could not be restarted: ${formatError(error)}`)
      return
    }
    if (!entry.service.readyUrl) return
    try {
      await waitForHttp(entry.service.readyUrl, { child, timeoutMs: entry.service.readyTimeoutMs })
      if (!this.#stopping) this.log(`✓ ${entry.service.name} is back (${entry.service.readyUrl} answers)`)
    } catch {
      // It exited again (its exit plans the next restart) or hangs: the exit handler or a human takes over.
    }
  }

  /** Stops every service, the last started first (the storefront before the backend it calls). */
  async stop() {
    this.#stopping = true
    for (const entry of this.#entries) clearTimeout(entry.timer)
    for (const entry of [...this.#entries].reverse()) await stopProcess(entry.child)
  }
}
