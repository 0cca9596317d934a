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
