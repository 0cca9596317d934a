/**
 * How long the storefront waits for the backend. A hung backend (or one waiting
 * for its database) must not hang the shopper's page: reads give up quickly and
 * the page shows the "short break" page; writes (placing an order) get longer,
 * as giving up early would not undo them.
 */
export const READ_TIMEOUT_MS = 4000;
export const WRITE_TIMEOUT_MS = 30_000;

export function timeoutFor(method: string | undefined): number {
  return !method || /^(GET|HEAD)$/i.test(method) ? READ_TIMEOUT_MS : WRITE_TIMEOUT_MS;
}

/** `init` with a signal that aborts after the method's timeout (and still on the caller's own signal). */
export function withBackendTimeout<Init extends { method?: string; signal?: AbortSignal | null }>(
  init: Init | undefined,
): Init & { signal: AbortSignal } {
  const timeout = AbortSignal.timeout(timeoutFor(init?.method));
  const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
  return { ...(init ?? ({} as Init)), signal };
}
