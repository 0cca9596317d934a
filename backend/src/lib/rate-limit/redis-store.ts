import Redis from "ioredis"
import type { RateLimitStore, WindowCount } from "./store"

/**
 * Fixed windows in Redis, shared by every server process. SET NX PX starts
 * the window with its expiry, INCR counts; MULTI runs both atomically so
 * concurrent requests from several processes are all counted.
 */
export class RedisRateLimitStore implements RateLimitStore {
  private redis: Redis

  constructor(redisUrl: string, private prefix: string) {
    this.redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 2 })
  }

  async hit(key: string, windowMs: number): Promise<WindowCount> {
    const redisKey = this.prefix + key
    const results = await this.redis.multi().set(redisKey, 0, "PX", windowMs, "NX").incr(redisKey).pttl(redisKey).exec()
    if (!results) throw new Error("Rate limit: Redis transaction was aborted")
    const [, [incrError, count], [, ttl]] = results
    if (incrError) throw incrError
    return { count: Number(count), resetInMs: Math.max(Number(ttl), 0) }
  }
}
