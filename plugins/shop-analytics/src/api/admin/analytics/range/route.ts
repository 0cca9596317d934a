import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SALES_ANALYTICS_MODULE } from "../../../../modules/sales-analytics"
import type SalesAnalyticsModuleService from "../../../../modules/sales-analytics/service"

export type AnalyticsRange = { first_order_at: string | null; last_order_at: string | null; orders: number; imported_orders: number }

/** The dates the read model holds orders for: the Performance page opens on its last twelve months. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AnalyticsRange>) {
  const service: SalesAnalyticsModuleService = req.scope.resolve(SALES_ANALYTICS_MODULE)
  res.json(await service.dataRange())
}
