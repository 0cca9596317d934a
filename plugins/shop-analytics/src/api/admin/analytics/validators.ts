import { z } from "@medusajs/framework/zod"
import { SALES_CHANNELS } from "../../../modules/sales-analytics/channels"

const DAY = 86_400_000
/** Longest range one request may ask for: enough for cohorts over years, bounded so a typo cannot scan everything. */
const MAX_RANGE_DAYS = 366 * 20

const date = (name: string) =>
  z
    .string()
    .trim()
    .refine((value) => /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) && !Number.isNaN(Date.parse(value)), {
      message: `${name} must be a date like 2026-01-31 or an ISO date-time`,
    })
    .transform((value) => new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value))

const rangeFields = {
  /** Start, included. Default: 30 days before `to`. */
  from: date("from").optional(),
  /** End, excluded. Default: now. A plain date means the start of that day (UTC). */
  to: date("to").optional(),
  channel: z.enum(SALES_CHANNELS).optional(),
  store: z.string().trim().min(1).max(100).optional(),
  region: z.string().trim().min(1).max(100).optional(),
}

function withRange<T extends { from?: Date; to?: Date }>(defaultDays: number) {
  return (value: T, context: z.RefinementCtx) => {
    const to = value.to ?? new Date()
    const from = value.from ?? new Date(to.getTime() - defaultDays * DAY)
    if (from >= to) {
      context.addIssue({ code: z.ZodIssueCode.custom, path: ["from"], message: "from must be before to" })
      return z.NEVER
    }
    if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY) {
      context.addIssue({ code: z.ZodIssueCode.custom, path: ["to"], message: `the range may span at most ${MAX_RANGE_DAYS} days` })
      return z.NEVER
    }
    return { ...value, from, to }
  }
}

export const AdminAnalyticsOverview = z
  .object({
    ...rangeFields,
    compare: z.enum(["previous", "none"]).default("none"),
    granularity: z.enum(["day", "week", "month"]).optional(),
  })
  .strict()
  .transform(withRange(30))
export type AdminAnalyticsOverviewType = z.infer<typeof AdminAnalyticsOverview>

export const AdminAnalyticsCohorts = z
  .object({ ...rangeFields, months: z.coerce.number().int().min(1).max(24).default(12) })
  .strict()
  .transform(withRange(365))
export type AdminAnalyticsCohortsType = z.infer<typeof AdminAnalyticsCohorts>

export const AdminAnalyticsPromotions = z.object(rangeFields).strict().transform(withRange(30))
export type AdminAnalyticsPromotionsType = z.infer<typeof AdminAnalyticsPromotions>

export const AdminAnalyticsPickups = z
  .object({ from: rangeFields.from, to: rangeFields.to, store: rangeFields.store })
  .strict()
  .transform(withRange(30))
export type AdminAnalyticsPickupsType = z.infer<typeof AdminAnalyticsPickups>

export const AdminAnalyticsOrders = z
  .object({
    ...rangeFields,
    promotion: z.string().trim().min(1).max(100).optional(),
    /** 1-based page of 50 orders. */
    page: z.coerce.number().int().min(1).max(100_000).default(1),
  })
  .strict()
  .transform(withRange(30))
export type AdminAnalyticsOrdersType = z.infer<typeof AdminAnalyticsOrders>

export const AdminAnalyticsReturns = z.object(rangeFields).strict().transform(withRange(30))
export type AdminAnalyticsReturnsType = z.infer<typeof AdminAnalyticsReturns>
