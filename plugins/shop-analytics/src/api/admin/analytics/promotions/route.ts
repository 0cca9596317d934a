import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type AnalyticsPromotions, promotionTable, type PromotionRecord } from "../../../../lib/overview"
import { SALES_ANALYTICS_MODULE } from "../../../../modules/sales-analytics"
import type SalesAnalyticsModuleService from "../../../../modules/sales-analytics/service"
import type { AdminAnalyticsPromotionsType } from "../validators"

/** Every promotion with its orders, revenue and discount given in the period, and whether its budget is used up. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminAnalyticsPromotionsType>, res: MedusaResponse<AnalyticsPromotions>) {
  const service: SalesAnalyticsModuleService = req.scope.resolve(SALES_ANALYTICS_MODULE)
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "promotion",
    fields: ["id", "code", "is_automatic", "status", "campaign.budget.type", "campaign.budget.used", "campaign.budget.limit"],
  })
  res.json(await promotionTable(service, req.validatedQuery as AdminAnalyticsPromotionsType, data as PromotionRecord[]))
}
