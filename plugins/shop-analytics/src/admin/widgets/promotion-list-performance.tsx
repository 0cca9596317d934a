import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { adminFetch } from "../lib/admin-fetch"
import { count, euros } from "../lib/format"
import type { PromotionPerformance, Promotions } from "../lib/types"
import { allTime } from "../lib/all-time"
import { PromotionStatusBadge } from "./promotion-performance"


/** Above the promotion list: each promotion's uses, revenue, discount given, and "Limit reached" when its budget is used up. */
const PromotionListPerformance = () => {
  const [rows, setRows] = useState<PromotionPerformance[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    adminFetch<Promotions>(`/admin/analytics/promotions?${allTime()}`)
      .then(({ promotions }) => setRows(promotions))
      .catch((e: Error) => setError(e.message))
  }, [])
  return (
    <Container className="divide-y p-0" data-testid="promotion-list-performance">
      <div className="px-6 py-4">
        <Heading level="h2">Promotion performance</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          All orders so far. "Limit reached": the campaign's budget is used up, so the code is refused.
        </Text>
      </div>
      {error && <Text className="px-6 py-4 text-ui-fg-error">{error}</Text>}
      {rows && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Promotion</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Uses</Table.HeaderCell>
              <Table.HeaderCell>Net revenue</Table.HeaderCell>
              <Table.HeaderCell>Discount given</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((row) => (
              <Table.Row key={row.promotion_id} data-testid={`promotion-row-${row.code ?? row.promotion_id}`}>
                <Table.Cell>{row.code ?? row.promotion_id}</Table.Cell>
                <Table.Cell>
                  <PromotionStatusBadge promotion={row} />
                </Table.Cell>
                <Table.Cell>{row.budget ? `${row.budget.used}${row.budget.limit ? ` / ${row.budget.limit}` : ""}` : count(row.orders)}</Table.Cell>
                <Table.Cell>{euros(row.revenue)}</Table.Cell>
                <Table.Cell>{euros(row.discount_given)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "promotion.list.before" })

export default PromotionListPerformance
