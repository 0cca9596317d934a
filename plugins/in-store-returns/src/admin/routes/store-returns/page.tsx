import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowUturnLeft } from "@medusajs/icons"
import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"

type StoreReturnRow = {
  id: string
  code: string
  status: string
  method: string
  created_at: string
  currency_code: string
  refunded_amount: number
  pending_refund_amount: number
  refund_error: string | null
  order: { display_id?: number; email?: string }
  location: { name: string } | null
  items: { title: string; quantity: number; reason: { label: string } | null }[]
}

type ReasonsReport = {
  by_reason: { reason: string; label: string; quantity: number; restocked: number; written_off: number }[]
  by_reason_and_product: { reason: string; product_title: string | null; quantity: number; restocked: number; written_off: number }[]
}

const STATUS_COLOR: Record<string, "green" | "orange" | "red" | "grey" | "blue"> = {
  requested: "blue",
  received: "orange",
  refund_failed: "red",
  refunded: "green",
  no_refund_due: "grey",
}

// Same-origin admin calls carry the admin session cookie.
const getJson = async <T,>(path: string): Promise<T> => {
  const response = await fetch(path, { credentials: "include" })
  if (!response.ok) throw new Error(`${path} answered ${response.status}`)
  return response.json()
}

const money = (amount: number, currency: string) =>
  new Intl.NumberFormat(undefined, { style: "currency", currency: currency.toUpperCase() }).format(amount)

const StoreReturnsPage = () => {
  const [returns, setReturns] = useState<StoreReturnRow[]>([])
  const [report, setReport] = useState<ReasonsReport | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    Promise.all([
      getJson<{ store_returns: StoreReturnRow[] }>("/admin/store-returns?limit=100"),
      getJson<ReasonsReport>("/admin/store-returns/reasons-report"),
    ])
      .then(([list, reasons]) => {
        setReturns(list.store_returns)
        setReport(reasons)
      })
      .catch((failure) => setError(String(failure.message ?? failure)))
  }, [])

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h1">Store returns</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Returns booked online or at a counter, with their store, reasons and refund.
          </Text>
        </div>
        {error && <Text className="px-6 py-4 text-ui-fg-error">{error}</Text>}
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Code</Table.HeaderCell>
              <Table.HeaderCell>Order</Table.HeaderCell>
              <Table.HeaderCell>Store</Table.HeaderCell>
              <Table.HeaderCell>Items and reasons</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Refunded</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {returns.map((row) => (
              <Table.Row key={row.id}>
                <Table.Cell>{row.code}</Table.Cell>
                <Table.Cell>#{row.order.display_id}</Table.Cell>
                <Table.Cell>{row.location?.name ?? "—"}</Table.Cell>
                <Table.Cell>
                  {row.items.map((item) => `${item.quantity} × ${item.title} (${item.reason?.label ?? "no reason"})`).join("; ")}
                </Table.Cell>
                <Table.Cell>
                  <Badge color={STATUS_COLOR[row.status] ?? "grey"} title={row.refund_error ?? undefined}>
                    {row.status.replace(/_/g, " ")}
                  </Badge>
                </Table.Cell>
                <Table.Cell>
                  {money(row.refunded_amount, row.currency_code)}
                  {row.pending_refund_amount > 0 && ` (${money(row.pending_refund_amount, row.currency_code)} pending)`}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>
      {report && (
        <Container className="divide-y p-0">
          <div className="px-6 py-4">
            <Heading level="h2">Why things come back</Heading>
          </div>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Reason</Table.HeaderCell>
                <Table.HeaderCell>Product</Table.HeaderCell>
                <Table.HeaderCell>Units</Table.HeaderCell>
                <Table.HeaderCell>Restocked</Table.HeaderCell>
                <Table.HeaderCell>Written off</Table.HeaderCell>
                <Table.HeaderCell>Not checked yet</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {report.by_reason_and_product.map((row) => (
                <Table.Row key={`${row.reason}-${row.product_title}`}>
                  <Table.Cell>{report.by_reason.find((reason) => reason.reason === row.reason)?.label ?? row.reason}</Table.Cell>
                  <Table.Cell>{row.product_title ?? "—"}</Table.Cell>
                  <Table.Cell>{row.quantity}</Table.Cell>
                  <Table.Cell>{row.restocked}</Table.Cell>
                  <Table.Cell>{row.written_off}</Table.Cell>
                  <Table.Cell>{Math.max(0, row.quantity - row.restocked - row.written_off)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </Container>
      )}
    </div>
  )
}

export const config = defineRouteConfig({ label: "Store returns", icon: ArrowUturnLeft })

export default StoreReturnsPage
