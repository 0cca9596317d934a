import { spawn } from "node:child_process"
import { fileURLToPath } from "node:url"

const guardianScript = fileURLToPath(new URL("./guardian-process.mjs", import.meta.url))

/**
 * Starts the watchman that stops this process's children if this process dies
 * without doing it itself (SIGKILL, a crash of Node). Returns watch/unwatch.
 */
export function startGuardian() {
  const child = spawn(process.execPath, [guardianScript], {
    // Its own process group: a Ctrl-C in the terminal is the launcher's to handle.
    detached: true,
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  })
  // Neither the process nor its channel keeps the launcher alive.
  child.unref()
  child.channel?.unref()
  const send = (message) => {
    if (child.connected) child.send(message)
  }
  return {
    pid: child.pid,
    /** `signal` is the one that stops `pid` cleanly (SIGINT: PostgreSQL's fast shutdown). */
    watch: (pid, name, signal = "SIGTERM") => pid && send({ type: "watch", pid, name, signal }),
    unwatch: (pid) => pid && send({ type: "unwatch", pid }),
  }
}
