import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { type AnalyticsCohorts, cohortTable } from "../../../../lib/overview"
import { SALES_ANALYTICS_MODULE } from "../../../../modules/sales-analytics"
import type SalesAnalyticsModuleService from "../../../../modules/sales-analytics/service"
import type { AdminAnalyticsCohortsType } from "../validators"

/** Monthly retention cohorts of the customers whose orders fall in the period. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminAnalyticsCohortsType>, res: MedusaResponse<AnalyticsCohorts>) {
  const service: SalesAnalyticsModuleService = req.scope.resolve(SALES_ANALYTICS_MODULE)
  res.json(await cohortTable(service, req.validatedQuery as AdminAnalyticsCohortsType))
}
