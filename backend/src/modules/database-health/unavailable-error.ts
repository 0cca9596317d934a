/**
 * Whether an error means "PostgreSQL cannot be reached" (stopped, restarting,
 * network gone, every connection busy) rather than a fault in the request:
 * such errors answer 503 "try again", never 500.
 */
const CONNECTION_ERRNOS = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN", "EPIPE"])
const CONNECTION_MESSAGES =
  /Timeout acquiring a connection|Connection terminated|connection (?:is )?(?:closed|ended)|Client has encountered a connection error|terminating connection|the database system is (?:starting up|shutting down|in recovery mode)|ECONNREFUSED|ECONNRESET/i

function isConnectionFailure(error: Record<string, unknown>): boolean {
  const code = typeof error.code === "string" ? error.code : ""
  // SQLSTATE class 08: connection exception; 57P0x: admin/crash shutdown, cannot connect now.
  if (CONNECTION_ERRNOS.has(code) || /^08/.test(code) || /^57P0[1-3]$/.test(code)) return true
  if (error.name === "KnexTimeoutError") return true
  return typeof error.message === "string" && CONNECTION_MESSAGES.test(error.message)
}

export function isDatabaseUnavailableError(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 5) return false
  const record = error as Record<string, unknown>
  if (isConnectionFailure(record)) return true
  // Drivers and ORMs wrap the socket's error: look inside.
  if (Array.isArray(record.errors) && record.errors.some((inner) => isDatabaseUnavailableError(inner, depth + 1))) return true
  return ["cause", "originalError", "previous"].some((key) => isDatabaseUnavailableError(record[key], depth + 1))
}

/**
 * Whether the error is knex giving up waiting for a pooled connection. That happens when
 * PostgreSQL is unreachable, but also when every pooled connection is busy in a burst of
 * requests: only a probe outside the pool tells the two apart.
 */
export function isPoolWaitTimeout(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 5) return false
  const record = error as Record<string, unknown>
  if (record.name === "KnexTimeoutError") return true
  if (typeof record.message === "string" && /Timeout acquiring a connection/i.test(record.message)) return true
  return ["cause", "originalError", "previous"].some((key) => isPoolWaitTimeout(record[key], depth + 1))
}

/** Medusa's locking module gives up waiting for a lock with a plain Error (a 500 otherwise). */
export function isLockWaitTimeout(error: unknown): boolean {
  const message = (error as { message?: unknown } | null)?.message
  return typeof message === "string" && /^(Timed-out acquiring lock\.|Failed to acquire lock for key)/.test(message)
}
