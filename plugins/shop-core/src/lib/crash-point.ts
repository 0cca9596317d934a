/**
 * Named places where a multi-step change of money or stock can be interrupted.
 * The crash tests (integration-tests/crash) start the backend with
 * `FAIRMADE_CRASH_AT=<name>`; reaching that point kills the process at once
 * (SIGKILL: no shutdown hooks, no compensation), as a power cut would.
 * Without the variable this is a no-op, so production code can keep its points.
 */
export function crashPoint(name: string): void {
  const wanted = process.env.FAIRMADE_CRASH_AT
  if (!wanted || wanted !== name) return
  // One line the test can wait for, then the hardest stop there is.
  process.stderr.write(`[crash-point] ${name}: killing the process\n`)
  process.kill(process.pid, "SIGKILL")
}
