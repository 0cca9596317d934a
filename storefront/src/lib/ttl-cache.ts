/**
 * Memoises an async loader for a short time. Regions and the category menu are read on
 * every page but change rarely, so caching them saves two backend calls per request.
 * Failures are not cached: the next request tries the backend again.
 */
export function cachedFor<T>(ttlMs: number, load: () => Promise<T>, now: () => number = Date.now) {
  let cached: { value: T; expiresAt: number } | undefined;
  let pending: Promise<T> | undefined;

  return async function cachedLoad(): Promise<T> {
    if (cached && cached.expiresAt > now()) return cached.value;
    pending ??= load()
      .then((value) => {
        cached = { value, expiresAt: now() + ttlMs };
        return value;
      })
      .finally(() => {
        pending = undefined;
      });
    return pending;
  };
}

/**
 * Memoises an async loader per key (its arguments as JSON) for a short time, keeping at
 * most `maxEntries` (the oldest go first). Shared by every shopper, so only for reads that
 * are the same for everyone: the catalogue for a region, not a customer's prices or cart.
 * A TTL of 0 turns it off. Failures are not cached.
 */
export function cachedByArguments<Args extends unknown[], T>(
  ttlMs: number,
  maxEntries: number,
  load: (...args: Args) => Promise<T>,
  now: () => number = Date.now,
) {
  const entries = new Map<string, { value: Promise<T>; expiresAt: number }>();

  return function cachedLoad(...args: Args): Promise<T> {
    if (ttlMs <= 0) return load(...args);
    const key = JSON.stringify(args);
    const entry = entries.get(key);
    if (entry && entry.expiresAt > now()) return entry.value;
    entries.delete(key);
    const value = load(...args);
    entries.set(key, { value, expiresAt: now() + ttlMs });
    value.catch(() => {
      if (entries.get(key)?.value === value) entries.delete(key);
    });
    for (const oldest of entries.keys()) {
      if (entries.size <= maxEntries) break;
      entries.delete(oldest);
    }
    return value;
  };
}
