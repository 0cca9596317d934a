import { Badge, Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { adminFetch } from "../../../lib/admin-fetch"
import { count, euros } from "../../../lib/format"
import { adminBase } from "../../../lib/orders-link"

type OrderBehind = {
  order_id: string
  display_id: string | null
  source: "live" | "imported"
  placed_at: string
  channel: string
  store_location_id: string | null
  region_id: string | null
  units: number
  currency_code: string
  net_revenue: string
  net_revenue_base: string
}
type Answer = { period: { from: string; to: string }; orders: OrderBehind[]; count: number; page: number; page_size: number }

const FILTERS = ["from", "to", "channel", "store", "region", "promotion"] as const
const CHANNEL_LABELS: Record<string, string> = { delivery: "Home delivery", click_and_collect: "Click & collect", store_sale: "Store sale" }

/** The orders behind a figure of the Performance page (its period and filters come in the address). */
const PerformanceOrdersPage = () => {
  const [page, setPage] = useState(1)
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [error, setError] = useState<string | null>(null)
  const params = new URLSearchParams(window.location.search)
  const query = new URLSearchParams()
  for (const name of FILTERS) {
    const value = params.get(name)
    if (value) query.set(name, value)
  }
  const key = query.toString()
  useEffect(() => {
    const withPage = new URLSearchParams(key)
    withPage.set("page", String(page))
    adminFetch<Answer>(`/admin/analytics/orders?${withPage}`).then(setAnswer, (e: Error) => setError(e.message))
  }, [key, page])
  const pages = answer ? Math.max(1, Math.ceil(answer.count / answer.page_size)) : 1
  const base = adminBase()
  return (
    <Container className="divide-y p-0" data-testid="orders-behind">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Orders behind the figure</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {FILTERS.filter((name) => query.get(name)).map((name) => `${name}: ${query.get(name)}`).join(" · ")} (to excluded; canceled orders are not counted)
          </Text>
        </div>
        <a href={`${base}/performance`}>
          <Button size="small" variant="secondary">Back to Performance</Button>
        </a>
      </div>
      {error && <Text className="px-6 py-4 text-ui-fg-error">{error}</Text>}
      {answer && (
        <>
          <Text className="px-6 py-3" data-testid="orders-behind-count">{count(answer.count)} orders</Text>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Order</Table.HeaderCell>
                <Table.HeaderCell>Placed (UTC)</Table.HeaderCell>
                <Table.HeaderCell>Channel</Table.HeaderCell>
                <Table.HeaderCell>Units</Table.HeaderCell>
                <Table.HeaderCell>Net revenue</Table.HeaderCell>
                <Table.HeaderCell>Net revenue (EUR)</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {answer.orders.map((order) => (
                <Table.Row key={order.order_id}>
                  <Table.Cell>
                    {order.source === "live" ? (
                      <a className="text-ui-fg-interactive" href={`${base}/orders/${order.order_id}`}>#{order.display_id ?? order.order_id}</a>
                    ) : (
                      <span>
                        {order.order_id.replace(/^imported:/, "")} <Badge size="2xsmall">imported history</Badge>
                      </span>
                    )}
                  </Table.Cell>
                  <Table.Cell>{order.placed_at.slice(0, 16).replace("T", " ")}</Table.Cell>
                  <Table.Cell>{CHANNEL_LABELS[order.channel] ?? order.channel}</Table.Cell>
                  <Table.Cell>{order.units}</Table.Cell>
                  <Table.Cell>{`${Number(order.net_revenue).toFixed(2)} ${order.currency_code.toUpperCase()}`}</Table.Cell>
                  <Table.Cell>{euros(order.net_revenue_base)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <div className="flex items-center justify-end gap-3 px-6 py-3">
            <Text size="small">Page {page} of {pages}</Text>
            <Button size="small" variant="secondary" disabled={page <= 1} onClick={() => setPage(page - 1)}>Previous</Button>
            <Button size="small" variant="secondary" disabled={page >= pages} onClick={() => setPage(page + 1)}>Next</Button>
          </div>
        </>
      )}
    </Container>
  )
}

export default PerformanceOrdersPage
