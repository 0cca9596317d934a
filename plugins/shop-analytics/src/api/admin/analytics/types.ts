/** The answers of the analytics admin API, for the admin page and any other client. */
export type { AnalyticsCohorts, AnalyticsOverview, AnalyticsPromotions, PeriodKpis, PromotionPerformance } from "../../../lib/overview"
export type { Breakdown, Cohort, KpiSummary, PromotionKpis, SeriesPoint } from "../../../lib/kpis"
export type { AnalyticsRange } from "./range/route"
export type { AnalyticsPickups } from "./pickups/route"
export type { PickupKpis } from "../../../lib/pickups"
export type { AnalyticsOrders } from "./orders/route"
export type { OrderBehind } from "../../../modules/sales-analytics/service"
export type { AnalyticsReturns } from "./returns/route"
