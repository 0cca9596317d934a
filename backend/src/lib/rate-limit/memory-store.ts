import type { RateLimitStore, WindowCount } from "./store"

/**
 * Fixed windows in this process's memory: right for a single process (the
 * default `npm start`). Several processes need the Redis store, or each
 * would allow the limit on its own.
 */
export class MemoryRateLimitStore implements RateLimitStore {
  private windows = new Map<string, { count: number; resetAt: number }>()

  constructor(private now: () => number = Date.now) {}

  async hit(key: string, windowMs: number): Promise<WindowCount> {
    const now = this.now()
    this.forgetExpired(now)
    let window = this.windows.get(key)
    if (!window) {
      window = { count: 0, resetAt: now + windowMs }
      this.windows.set(key, window)
    }
    window.count += 1
    return { count: window.count, resetInMs: window.resetAt - now }
  }

  /** Keeps memory bounded by the number of clients seen within one window. */
  private forgetExpired(now: number) {
    for (const [key, window] of this.windows) {
      if (window.resetAt <= now) this.windows.delete(key)
    }
  }
}
