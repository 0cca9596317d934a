import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SALES_ANALYTICS_MODULE } from "../../../../modules/sales-analytics"
import type SalesAnalyticsModuleService from "../../../../modules/sales-analytics/service"
import type { OrderBehind } from "../../../../modules/sales-analytics/service"
import type { AdminAnalyticsOrdersType } from "../validators"

export type AnalyticsOrders = { period: { from: string; to: string }; orders: OrderBehind[]; count: number; page: number; page_size: number }

const PAGE_SIZE = 50

/** The orders behind a figure of the Performance page: same period and filters (and a promotion), newest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminAnalyticsOrdersType>, res: MedusaResponse<AnalyticsOrders>) {
  const service: SalesAnalyticsModuleService = req.scope.resolve(SALES_ANALYTICS_MODULE)
  const { page, ...filters } = req.validatedQuery as AdminAnalyticsOrdersType
  const { orders, count } = await service.listOrdersBehind(filters, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })
  res.json({ period: { from: filters.from.toISOString(), to: filters.to.toISOString() }, orders, count, page, page_size: PAGE_SIZE })
}
