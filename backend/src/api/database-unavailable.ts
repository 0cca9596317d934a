import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { errorHandler } from "@medusajs/framework/http"
import { DATABASE_HEALTH_MODULE } from "../modules/database-health"
import type DatabaseHealthModuleService from "../modules/database-health/service"
import { isDatabaseUnavailableError, isLockWaitTimeout, isPoolWaitTimeout } from "../modules/database-health/unavailable-error"

export type DatabaseUnavailableResponse = { type: "database_unavailable"; code: "database_unavailable"; message: string }
export type BusyResponse = { type: "busy"; code: "busy"; message: string }
export type LockWaitResponse = { type: "conflict"; code: "lock_timeout"; message: string }

/** Seconds a client should wait before trying again. */
const RETRY_AFTER_SECONDS = 5

const databaseHealth = (req: MedusaRequest) => req.scope.resolve<DatabaseHealthModuleService>(DATABASE_HEALTH_MODULE)

function answerUnavailable(res: MedusaResponse) {
  const body: DatabaseUnavailableResponse = {
    type: "database_unavailable",
    code: "database_unavailable",
    message: "The shop's database cannot be reached right now. Please try again in a moment.",
  }
  res.setHeader("Retry-After", String(RETRY_AFTER_SECONDS))
  res.status(503).json(body)
}

/** While PostgreSQL is known to be down, API requests are refused at once instead of waiting for a connection. */
export function refuseWhileDatabaseDown(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const health = databaseHealth(req)
  health.shortenConnectionWaits()
  if (health.isKnownDown()) return answerUnavailable(res)
  next()
}

/** Every pooled connection was busy (a burst of checkouts): this request only is asked to come back. */
function answerBusy(res: MedusaResponse) {
  const body: BusyResponse = { type: "busy", code: "busy", message: "The shop is very busy right now. Please try again in a moment." }
  res.setHeader("Retry-After", "1")
  res.status(503).json(body)
}

const medusaErrorHandler = errorHandler()

/**
 * Medusa's error handler, except that an unreachable database answers 503 (and trips the
 * fail-fast above), a pool that was merely full answers 503 for that request alone (it
 * used to count as "database down" and refuse every shopper for a while), and a lock
 * that could not be had in time (another request is changing the same cart or stock)
 * answers 409 instead of a 500.
 */
export async function databaseAwareErrorHandler(error: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): Promise<void> {
  if (isDatabaseUnavailableError(error)) {
    const health = databaseHealth(req)
    if (isPoolWaitTimeout(error) && !health.isKnownDown() && (await health.answersOutsidePool())) return answerBusy(res)
    health.reportUnavailable(error)
    return answerUnavailable(res)
  }
  if (isLockWaitTimeout(error)) {
    const body: LockWaitResponse = {
      type: "conflict",
      code: "lock_timeout",
      message: "Another request is changing the same cart or stock right now. Please try again in a moment.",
    }
    res.setHeader("Retry-After", "1")
    res.status(409).json(body)
    return
  }
  return medusaErrorHandler(error as Error, req, res, next)
}
