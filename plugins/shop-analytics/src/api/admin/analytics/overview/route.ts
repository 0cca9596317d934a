import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { type AnalyticsOverview, overview } from "../../../../lib/overview"
import { SALES_ANALYTICS_MODULE } from "../../../../modules/sales-analytics"
import type SalesAnalyticsModuleService from "../../../../modules/sales-analytics/service"
import type { AdminAnalyticsOverviewType } from "../validators"

/** KPIs of a period (and of the previous one with `compare=previous`), with a series per day, week or month. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminAnalyticsOverviewType>, res: MedusaResponse<AnalyticsOverview>) {
  const service: SalesAnalyticsModuleService = req.scope.resolve(SALES_ANALYTICS_MODULE)
  res.json(await overview(service, req.validatedQuery as AdminAnalyticsOverviewType))
}
