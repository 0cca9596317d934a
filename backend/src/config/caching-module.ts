/**
 * Medusa's Caching Module, on by default: the Store API's product queries
 * (`/store/products`, with calculated prices) are answered from it and invalidated
 * by Medusa's own entity events. In memory for a single process; on Redis when
 * REDIS_URL is set, so that a server and a worker (and several servers) agree.
 * `MEDUSA_FF_CACHING=false` turns it off (the bench measures both).
 */
export function cachingEnabled(env: NodeJS.ProcessEnv): boolean {
  return env.MEDUSA_FF_CACHING !== "false"
}

export function cachingModule(env: NodeJS.ProcessEnv) {
  if (!cachingEnabled(env)) return []
  const redisUrl = env.REDIS_URL
  return [
    {
      resolve: "@medusajs/medusa/caching",
      options: redisUrl
        ? { providers: [{ resolve: "@medusajs/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl } }] }
        : { in_memory: { enable: true } },
    },
  ]
}
