// The launcher's watchman, a detached process of its own: the launcher tells it
// (over IPC) which processes it started; when the launcher is gone (its IPC
// channel closes, which happens even when it is SIGKILLed), it stops those that
// are still running, so no backend, storefront or PostgreSQL outlives the launcher.
import fs from "node:fs"

const GRACE_MS = 10_000
const watched = new Map() // pid -> { name, signal, startedAt }

/** The kernel's start time of `pid` (Linux), so a recycled pid is never signalled. */
export function processStartTime(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8")
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null
  } catch {
    return null
  }
}

function isSameProcess(pid, startedAt) {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  return startedAt === null || processStartTime(pid) === startedAt
}

const log = (line) => process.stderr.write(`[guardian] ${line}\n`)

async function stopOrphans() {
  const orphans = [...watched.entries()].filter(([pid, entry]) => isSameProcess(pid, entry.startedAt))
  if (orphans.length === 0) process.exit(0)
  log(`the launcher is gone; stopping ${orphans.map(([pid, { name }]) => `${name} (pid ${pid})`).join(", ")}`)
  for (const [pid, { signal }] of orphans) {
    try {
      process.kill(pid, signal)
    } catch {
      // already gone
    }
  }
  const deadline = Date.now() + GRACE_MS
  while (Date.now() < deadline && orphans.some(([pid, entry]) => isSameProcess(pid, entry.startedAt))) {
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  for (const [pid, entry] of orphans) {
    if (isSameProcess(pid, entry.startedAt)) {
      log(`${entry.name} (pid ${pid}) ignored ${entry.signal}; killing it`)
      try {
        process.kill(pid, "SIGKILL")
      } catch {
        // already gone
      }
    }
  }
  process.exit(0)
}

if (process.send) {
  // Ctrl-C and hang-ups are for the launcher, which stops everything in order.
  for (const signal of ["SIGINT", "SIGHUP", "SIGTERM"]) process.on(signal, () => {})
  process.on("message", (message) => {
    if (message.type === "watch") watched.set(message.pid, { name: message.name, signal: message.signal, startedAt: processStartTime(message.pid) })
    if (message.type === "unwatch") watched.delete(message.pid)
  })
  process.on("disconnect", () => void stopOrphans())
}
