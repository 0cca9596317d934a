/**
 * What the admin API answers: the read model's rows for a period (SQL), then
 * the KPI formulas of kpis.ts over them. Types are exported for the admin page.
 */
import type SalesAnalyticsModuleService from "../modules/sales-analytics/service"
import type { RowFilters } from "../modules/sales-analytics/sql/read"
import {
  change,
  cohorts,
  conversion,
  granularityFor,
  type Cohort,
  type OrderRow,
  type Granularity,
  type KpiSummary,
  previousPeriod,
  promotionKpis,
  type PromotionKpis,
  type SeriesPoint,
  series,
  summarize,
} from "./kpis"
import { BASE_CURRENCY } from "./rates"

export type PeriodKpis = {
  period: { from: string; to: string }
  kpis: KpiSummary
  series: SeriesPoint[]
  conversion: ReturnType<typeof conversion>
}

export type AnalyticsOverview = PeriodKpis & {
  currency_code: typeof BASE_CURRENCY
  granularity: Granularity
  filters: { channel: string | null; store: string | null; region: string | null }
  comparison: (PeriodKpis & { change: Record<"revenue" | "orders" | "units" | "average_basket" | "units_per_order" | "repeat_purchase_rate", number | null> }) | null
}

export type AnalyticsCohorts = { currency_code: typeof BASE_CURRENCY; period: { from: string; to: string }; months: number; cohorts: Cohort[] }

export type PromotionPerformance = PromotionKpis & {
  status: string | null
  /** Uses counted by Medusa's campaign budget (all time), and its limit. */
  budget: { type: string; used: string; limit: string | null } | null
  limit_reached: boolean
}
export type AnalyticsPromotions = { currency_code: typeof BASE_CURRENCY; period: { from: string; to: string }; promotions: PromotionPerformance[] }

function periodKpis(rows: OrderRow[], filters: RowFilters, granularity: Granularity): PeriodKpis {
  const kpis = summarize(rows, filters)
  return {
    period: { from: filters.from.toISOString(), to: filters.to.toISOString() },
    kpis,
    series: series(rows, filters, granularity),
    // No visit counter exists yet: conversion says so instead of inventing sessions.
    conversion: conversion(kpis.orders, null),
  }
}

export async function overview(
  service: SalesAnalyticsModuleService,
  filters: RowFilters & { compare: "previous" | "none"; granularity?: Granularity },
): Promise<AnalyticsOverview> {
  const granularity = filters.granularity ?? granularityFor(filters.from, filters.to)
  const before = previousPeriod(filters.from, filters.to)
  // One read for both periods when comparing: the previous period ends where this one starts.
  const rows = await service.listOrderRows(filters.compare === "previous" ? { ...filters, from: before.from } : filters)
  const current = periodKpis(rows.filter((row) => row.placed_at >= filters.from), filters, granularity)
  let comparison: AnalyticsOverview["comparison"] = null
  if (filters.compare === "previous") {
    const previous = periodKpis(rows.filter((row) => row.placed_at < filters.from), { ...filters, ...before }, granularity)
    const figures = ["revenue", "orders", "units", "average_basket", "units_per_order", "repeat_purchase_rate"] as const
    comparison = {
      ...previous,
      change: Object.fromEntries(figures.map((figure) => [figure, change(current.kpis[figure], previous.kpis[figure])])) as NonNullable<AnalyticsOverview["comparison"]>["change"],
    }
  }
  return {
    ...current,
    currency_code: BASE_CURRENCY,
    granularity,
    filters: { channel: filters.channel ?? null, store: filters.store ?? null, region: filters.region ?? null },
    comparison,
  }
}

export async function cohortTable(service: SalesAnalyticsModuleService, filters: RowFilters & { months: number }): Promise<AnalyticsCohorts> {
  const rows = await service.listCohortRows(filters)
  const lastMonth = new Date(filters.to.getTime() - 1).toISOString().slice(0, 7)
  return {
    currency_code: BASE_CURRENCY,
    period: { from: filters.from.toISOString(), to: filters.to.toISOString() },
    months: filters.months,
    cohorts: cohorts(rows, { lastMonth, months: filters.months }),
  }
}

export type PromotionRecord = {
  id: string
  code: string | null
  is_automatic: boolean
  status: string | null
  campaign?: { budget?: { type?: string | null; used?: unknown; limit?: unknown } | null } | null
}

/** Per promotion of Medusa (even those no order of the period used) with its KPIs and whether its budget is used up. */
export async function promotionTable(service: SalesAnalyticsModuleService, filters: RowFilters, promotions: PromotionRecord[]): Promise<AnalyticsPromotions> {
  const [rows, uses] = await Promise.all([service.listOrderRows(filters), service.listPromotionUses(filters)])
  const byId = new Map(promotionKpis(rows, uses).map((kpis) => [kpis.promotion_id, kpis]))
  const orders = rows.length
  const answers = promotions.map((promotion): PromotionPerformance => {
    const budget = promotion.campaign?.budget
    const used = budget?.used === null || budget?.used === undefined ? "0" : String(budget.used)
    const limit = budget?.limit === null || budget?.limit === undefined ? null : String(budget.limit)
    const kpis =
      byId.get(promotion.id) ??
      ({
        promotion_id: promotion.id,
        code: promotion.code,
        is_automatic: promotion.is_automatic,
        orders: 0,
        revenue: "0.00",
        discount_given: "0.00",
        new_customers: 0,
        average_basket_with: null,
        average_basket_without: orders === 0 ? null : summarize(rows, filters).average_basket,
      } satisfies PromotionKpis)
    return {
      ...kpis,
      code: promotion.code ?? kpis.code,
      is_automatic: promotion.is_automatic,
      status: promotion.status,
      budget: budget ? { type: budget.type ?? "usage", used, limit } : null,
      limit_reached: limit !== null && Number(used) >= Number(limit),
    }
  })
  return { currency_code: BASE_CURRENCY, period: { from: filters.from.toISOString(), to: filters.to.toISOString() }, promotions: answers }
}
