import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { adminFetch } from "../lib/admin-fetch"

type PickupEvent = { id: string; action: string; from_status: string | null; to_status: string | null; actor_id: string; note: string | null; verification_method: string | null; created_at: string }
type Pickup = { id: string; status: string; overdue: boolean; due_at: string; expires_at: string | null; ship_to_store: boolean; reason: string | null; store: { name: string } | null; events: PickupEvent[] }

const when = (date: string | null) => (date ? new Date(date).toLocaleString() : "—")

/** Order page: where the order is collected and everything that happened to its pickup. */
const OrderPickupTimeline = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const [pickup, setPickup] = useState<Pickup | null | undefined>(undefined)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    adminFetch<{ pickup: Pickup | null }>(`/admin/orders/${order.id}/pickup`)
      .then(({ pickup }) => setPickup(pickup))
      .catch((e: Error) => setError(e.message))
  }, [order.id])

  if (pickup === null || (pickup === undefined && !error)) {
    return null // home delivery, or still loading
  }
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Click &amp; collect{pickup?.store ? ` — ${pickup.store.name}` : ""}</Heading>
        {pickup && <Badge color={pickup.overdue ? "red" : "grey"}>{pickup.status}{pickup.overdue ? " · overdue" : ""}</Badge>}
      </div>
      {error && <Text className="px-6 py-4 text-ui-fg-error">{error}</Text>}
      {pickup && (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            Promised ready by {when(pickup.due_at)}
            {pickup.ship_to_store ? " (ship to store)" : ""} · held until {when(pickup.expires_at)}
            {pickup.reason ? ` · ${pickup.reason}` : ""}
          </Text>
          <ol className="mt-4 flex flex-col gap-y-2">
            {pickup.events.map((event) => (
              <li key={event.id}>
                <Text size="small" weight="plus">
                  {event.action.replace(/_/g, " ")}
                  {event.to_status && event.from_status !== event.to_status ? ` → ${event.to_status}` : ""}
                  {event.verification_method ? ` (${event.verification_method})` : ""}
                </Text>
                <Text size="small" className="text-ui-fg-subtle">
                  {when(event.created_at)} · {event.actor_id}
                  {event.note ? ` · ${event.note}` : ""}
                </Text>
              </li>
            ))}
          </ol>
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.after" })

export default OrderPickupTimeline
