/** How many hits a key has in its current fixed window, and when that window ends. */
export type WindowCount = { count: number; resetInMs: number }

export interface RateLimitStore {
  /** Counts one hit for `key` and returns the count so far in the window. */
  hit(key: string, windowMs: number): Promise<WindowCount>
}
