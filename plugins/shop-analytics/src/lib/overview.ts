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
import { cohortsFromCells, type DailyTotal, seriesTotals, summarizeTotals } from "./rollup-kpis"

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

type OverviewFilters = RowFilters & { compare: "previous" | "none"; granularity?: Granularity }

/**
 * The overview from the daily roll-ups (whole days) and the facts (the ends of
 * days a range cuts): a 12-month request reads hundreds of summed rows and
 * one row per customer, not one per order. Same figures as `overviewFromFacts`.
 */
export async function overview(service: SalesAnalyticsModuleService, filters: OverviewFilters): Promise<AnalyticsOverview> {
  const granularity = filters.granularity ?? granularityFor(filters.from, filters.to)
  const before = previousPeriod(filters.from, filters.to)
  const periods = filters.compare === "previous" ? [{ from: filters.from, to: filters.to }, before] : [{ from: filters.from, to: filters.to }]
  const scope = { channel: filters.channel, store: filters.store, region: filters.region, periods }
  const [totals, customers] = await Promise.all([service.listDailyTotals(scope), service.customerStats(scope)])
  const periodKpisOf = (index: number, period: { from: Date; to: Date }): PeriodKpis => {
    const rows = totals.filter((row: DailyTotal) => row.period === index)
    const kpis = summarizeTotals(rows, customers[index])
    return {
      period: { from: period.from.toISOString(), to: period.to.toISOString() },
      kpis,
      series: seriesTotals(rows, period, granularity),
      conversion: conversion(kpis.orders, null),
    }
  }
  return assemble(filters, granularity, periodKpisOf(0, filters), filters.compare === "previous" ? periodKpisOf(1, before) : null)
}

function assemble(filters: OverviewFilters, granularity: Granularity, current: PeriodKpis, previous: PeriodKpis | null): AnalyticsOverview {
  let comparison: AnalyticsOverview["comparison"] = null
  if (previous) {
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

/** The overview from one row per order of the facts: the reference the roll-up path is checked against. */
export async function overviewFromFacts(service: SalesAnalyticsModuleService, filters: OverviewFilters): Promise<AnalyticsOverview> {
  const granularity = filters.granularity ?? granularityFor(filters.from, filters.to)
  const before = previousPeriod(filters.from, filters.to)
  // One read for both periods when comparing: the previous period ends where this one starts.
  const rows = await service.listOrderRows(filters.compare === "previous" ? { ...filters, from: before.from } : filters)
  const current = periodKpis(rows.filter((row) => row.placed_at >= filters.from), filters, granularity)
  const previous = filters.compare === "previous" ? periodKpis(rows.filter((row) => row.placed_at < filters.from), { ...filters, ...before }, granularity) : null
  return assemble(filters, granularity, current, previous)
}

/** Retention cohorts counted in SQL from the customers' days (roll-up) and the facts at the range's ends. */
export async function cohortTable(service: SalesAnalyticsModuleService, filters: RowFilters & { months: number }): Promise<AnalyticsCohorts> {
  const cells = await service.listCohortCells(filters)
  const lastMonth = new Date(filters.to.getTime() - 1).toISOString().slice(0, 7)
  return {
    currency_code: BASE_CURRENCY,
    period: { from: filters.from.toISOString(), to: filters.to.toISOString() },
    months: filters.months,
    cohorts: cohortsFromCells(cells, { lastMonth, months: filters.months }),
  }
}

/** The cohort table from one row per customer and month of the facts: the reference for `cohortTable`. */
export async function cohortTableFromFacts(service: SalesAnalyticsModuleService, filters: RowFilters & { months: number }): Promise<AnalyticsCohorts> {
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
