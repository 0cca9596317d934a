/** How long to wait before restarting a crashed service: 1 s, 2 s, 4 s … at most 30 s. */
export function restartDelayMs(attempt, { firstMs = 1000, maxMs = 30_000 } = {}) {
  return Math.min(firstMs * 2 ** Math.max(0, attempt), maxMs)
}

/** A service that stayed up this long counts as healthy: its next crash restarts after the first delay again. */
export const HEALTHY_AFTER_MS = 60_000

/**
 * After a crash: how long to wait, and the new count of crashes in a row.
 * `crashesInARow` counts the crashes since the service last ran for a minute.
 */
export function planRestart(crashesInARow, uptimeMs, { healthyAfterMs = HEALTHY_AFTER_MS, ...delays } = {}) {
  const attempt = uptimeMs >= healthyAfterMs ? 0 : crashesInARow
  return { delayMs: restartDelayMs(attempt, delays), crashesInARow: attempt + 1 }
}
