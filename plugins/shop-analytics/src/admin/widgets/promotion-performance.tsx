import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminPromotion, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { adminFetch } from "../lib/admin-fetch"
import { count, euros } from "../lib/format"
import type { PromotionPerformance, Promotions } from "../lib/types"
import { allTime } from "../lib/all-time"


/** "Limit reached" instead of "Active" when a promotion's budget is used up. */
export const PromotionStatusBadge = ({ promotion }: { promotion: PromotionPerformance }) =>
  promotion.limit_reached ? <Badge color="red">Limit reached</Badge> : <Badge color={promotion.status === "active" ? "green" : "grey"}>{promotion.status ?? "—"}</Badge>

/** Promotion page: its uses, revenue and discount given, and whether its budget is used up. */
const PromotionPerformanceWidget = ({ data: promotion }: DetailWidgetProps<AdminPromotion>) => {
  const [row, setRow] = useState<PromotionPerformance | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    adminFetch<Promotions>(`/admin/analytics/promotions?${allTime()}`)
      .then(({ promotions }) => setRow(promotions.find((candidate) => candidate.promotion_id === promotion.id) ?? null))
      .catch((e: Error) => setError(e.message))
  }, [promotion.id])
  return (
    <Container className="divide-y p-0" data-testid="promotion-performance">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Performance</Heading>
        {row && <PromotionStatusBadge promotion={row} />}
      </div>
      {error && <Text className="px-6 py-4 text-ui-fg-error">{error}</Text>}
      {row && (
        <div className="grid grid-cols-2 gap-2 px-6 py-4">
          <Text size="small">Uses: {row.budget ? `${row.budget.used}${row.budget.limit ? ` / ${row.budget.limit}` : ""}` : count(row.orders)}</Text>
          <Text size="small">Orders: {count(row.orders)}</Text>
          <Text size="small">Net revenue: {euros(row.revenue)}</Text>
          <Text size="small">Discount given: {euros(row.discount_given)}</Text>
          <Text size="small">Basket with: {euros(row.average_basket_with)}</Text>
          <Text size="small">Basket without: {euros(row.average_basket_without)}</Text>
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "promotion.details.before" })

export default PromotionPerformanceWidget
