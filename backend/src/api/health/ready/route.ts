import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DATABASE_HEALTH_MODULE } from "../../../modules/database-health"
import type DatabaseHealthModuleService from "../../../modules/database-health/service"
import type { DatabaseCheck } from "../../../modules/database-health/service"

export type ReadinessResponse = { status: "ready" | "unavailable"; checks: { database: DatabaseCheck } }

/** Readiness, beside Medusa's liveness `/health`: can this backend serve shoppers, i.e. does PostgreSQL answer? */
export async function GET(req: MedusaRequest, res: MedusaResponse<ReadinessResponse>) {
  const health = req.scope.resolve<DatabaseHealthModuleService>(DATABASE_HEALTH_MODULE)
  health.shortenConnectionWaits()
  const database = await health.check(1500)
  res.setHeader("Cache-Control", "no-store")
  res.status(database.status === "up" ? 200 : 503).json({ status: database.status === "up" ? "ready" : "unavailable", checks: { database } })
}
