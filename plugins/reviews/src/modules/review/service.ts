import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { MedusaService } from "@medusajs/framework/utils"
import { Review } from "./models/review"
import { ReviewImage } from "./models/review-image"
import { ReviewReport } from "./models/review-report"
import { ReviewRequest } from "./models/review-request"
import { REVIEW_STATUSES, type ReviewStatus } from "./statuses"

export type ReviewDashboard = {
  status_counts: Record<ReviewStatus, number>
  products: { product_id: string; count: number; average: number }[]
  months: { month: string; count: number; average: number }[]
  published: number
  answered: number
  /** answered / published, 0–1; null without published reviews. */
  share_answered: number | null
  time_to_answer_hours: { mean: number | null; median: number | null }
}

export type RatingSummary = { average: number | null; count: number; distribution: Record<"1" | "2" | "3" | "4" | "5", number> }

class ReviewModuleService extends MedusaService({ Review, ReviewImage, ReviewReport, ReviewRequest }) {
  protected readonly manager_: SqlEntityManager

  constructor(container: { manager: SqlEntityManager }) {
    // @ts-ignore MedusaService takes the module's container as it is
    super(...arguments)
    this.manager_ = container.manager
  }

  /** Approved reviews per product: average (one decimal), count and how many of each star. */
  async summarize(productIds: string[]): Promise<Record<string, RatingSummary>> {
    const summaries: Record<string, RatingSummary> = {}
    for (const id of productIds) summaries[id] = { average: null, count: 0, distribution: { "1": 0, "2": 0, "3": 0, "4": 0, "5": 0 } }
    if (productIds.length === 0) return summaries
    const rows: { product_id: string; rating: number; count: string }[] = await this.manager_.execute(
      `select product_id, rating, count(*) as count from review
        where status = 'approved' and deleted_at is null and product_id in (${productIds.map(() => "?").join(",")})
        group by product_id, rating`,
      productIds,
    )
    for (const row of rows) {
      const summary = summaries[row.product_id]
      summary.distribution[String(row.rating) as "1"] = Number(row.count)
      summary.count += Number(row.count)
    }
    for (const summary of Object.values(summaries)) {
      if (summary.count === 0) continue
      const total = Object.entries(summary.distribution).reduce((sum, [stars, count]) => sum + Number(stars) * count, 0)
      summary.average = Math.round((total / summary.count) * 10) / 10
    }
    return summaries
  }

  /**
   * The admin's review dashboard, over published (approved) reviews: average and
   * count per product, per month, the share the producer answered and how long the
   * answer took (hours, mean and median); and how many reviews wait in each status.
   */
  async dashboard(): Promise<ReviewDashboard> {
    const byStatus: { status: string; count: string }[] = await this.manager_.execute(
      `select status, count(*) as count from review where deleted_at is null group by status`,
    )
    const byProduct: { product_id: string; count: string; average: string }[] = await this.manager_.execute(
      `select product_id, count(*) as count, avg(rating) as average from review
        where status = 'approved' and deleted_at is null group by product_id order by count(*) desc, product_id limit 200`,
    )
    const byMonth: { month: string; count: string; average: string }[] = await this.manager_.execute(
      `select to_char(date_trunc('month', created_at at time zone 'UTC'), 'YYYY-MM') as month, count(*) as count, avg(rating) as average
         from review where status = 'approved' and deleted_at is null group by 1 order by 1`,
    )
    const [answers]: { published: string; answered: string; mean_hours: string | null; median_hours: string | null }[] = await this.manager_.execute(
      `select count(*) as published, count(replied_at) as answered,
              avg(extract(epoch from (replied_at - created_at)) / 3600) as mean_hours,
              percentile_cont(0.5) within group (order by extract(epoch from (replied_at - created_at)) / 3600) as median_hours
         from review where status = 'approved' and deleted_at is null`,
    )
    const round1 = (value: string | number | null) => (value === null ? null : Math.round(Number(value) * 10) / 10)
    const published = Number(answers?.published ?? 0)
    const answered = Number(answers?.answered ?? 0)
    return {
      status_counts: Object.fromEntries(REVIEW_STATUSES.map((status) => [status, Number(byStatus.find((row) => row.status === status)?.count ?? 0)])) as ReviewDashboard["status_counts"],
      products: byProduct.map((row) => ({ product_id: row.product_id, count: Number(row.count), average: round1(row.average)! })),
      months: byMonth.map((row) => ({ month: row.month, count: Number(row.count), average: round1(row.average)! })),
      published,
      answered,
      share_answered: published === 0 ? null : Math.round((answered / published) * 1000) / 1000,
      time_to_answer_hours: { mean: round1(answers?.mean_hours ?? null), median: round1(answers?.median_hours ?? null) },
    }
  }

  /** One more "helpful" vote, in one statement (concurrent votes all count). */
  async addHelpfulVote(reviewId: string): Promise<number | null> {
    const rows: { helpful_count: number }[] = await this.manager_.execute(
      `update review set helpful_count = helpful_count + 1 where id = ? and status = 'approved' and deleted_at is null returning helpful_count`,
      [reviewId],
    )
    return rows[0]?.helpful_count ?? null
  }
}

export default ReviewModuleService
