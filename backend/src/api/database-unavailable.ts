import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { errorHandler } from "@medusajs/framework/http"
import { DATABASE_HEALTH_MODULE } from "../modules/database-health"
import type DatabaseHealthModuleService from "../modules/database-health/service"
import { isDatabaseUnavailableError } from "../modules/database-health/unavailable-error"

export type DatabaseUnavailableResponse = { type: "database_unavailable"; code: "database_unavailable"; message: string }

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

const medusaErrorHandler = errorHandler()

/** Medusa's error handler, except that an unreachable database answers 503 (and trips the fail-fast above). */
export function databaseAwareErrorHandler(error: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (isDatabaseUnavailableError(error)) {
    databaseHealth(req).reportUnavailable(error)
    return answerUnavailable(res)
  }
  return medusaErrorHandler(error as Error, req, res, next)
}
