import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { type ReturnKpis, returnKpis } from "../../../../lib/returns"
import { SALES_ANALYTICS_MODULE } from "../../../../modules/sales-analytics"
import type SalesAnalyticsModuleService from "../../../../modules/sales-analytics/service"
import type { AdminAnalyticsReturnsType } from "../validators"

export type AnalyticsReturns = ReturnKpis & { currency_code: "eur"; period: { from: string; to: string } }

/** Products listed: the most returned ones. Reasons: the in-store-returns plugin's reasons report. */
const PRODUCTS = 50

/** Return rate overall and by product, orders with a return and refunded amount, over the period's orders. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminAnalyticsReturnsType>, res: MedusaResponse<AnalyticsReturns>) {
  const service: SalesAnalyticsModuleService = req.scope.resolve(SALES_ANALYTICS_MODULE)
  const filters = req.validatedQuery as AdminAnalyticsReturnsType
  const { totals, products } = await service.returnFigures(filters, PRODUCTS)
  res.json({ currency_code: "eur", period: { from: filters.from.toISOString(), to: filters.to.toISOString() }, ...returnKpis(totals, products) })
}
