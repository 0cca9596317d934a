import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { pickupSettingsOf } from "../../lib/store-settings"

const ORDER_FIELDS = [
  "id",
  "display_id",
  "email",
  "status",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "billing_address.last_name",
  "items.id",
  // Order item quantities live on the item's "detail" (order_item), not on the line item.
  "items.detail.quantity",
  "items.title",
]

const PICKUP_FIELDS = [
  "id",
  "status",
  "order_id",
  "location_id",
  "ship_to_store",
  "expires_at",
  "stock_location.id",
  "stock_location.name",
  "stock_location.metadata",
  "stock_location.address.*",
]

type OrderItemRow = { id: string; title: string; quantity?: unknown; detail?: { quantity?: unknown } | null } | null

export const quantified = (item: OrderItemRow) => ({
  id: item!.id,
  title: item!.title,
  quantity: Number(item!.detail?.quantity ?? item!.quantity),
})

export const loadPickupContextStepId = "load-pickup-context"

/** The pickup with what its workflows need: the order (e-mail, names, items) and the store. */
export const loadPickupContextStep = createStep(
  loadPickupContextStepId,
  async ({ pickup_id }: { pickup_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "pickup_order", fields: PICKUP_FIELDS, filters: { id: pickup_id } })
    const pickup = data[0]
    // The order is read on its own, not through the link: line item quantities come back null through it.
    const { data: orders } = pickup ? await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: pickup.order_id } }) : { data: [] }
    if (!pickup?.stock_location || !orders[0]) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Pickup ${pickup_id} was not found.`)
    }
    const order = { ...orders[0], items: (orders[0].items ?? []).map(quantified) }
    return new StepResponse({ ...pickup, order, settings: pickupSettingsOf(pickup.stock_location) } as PickupContext)
  },
)

export type PickupContext = {
  id: string
  status: string
  location_id: string
  ship_to_store: boolean
  expires_at: string | Date | null
  order: {
    id: string
    display_id: number
    email: string | null
    status: string
    shipping_address?: { first_name?: string | null; last_name?: string | null } | null
    billing_address?: { last_name?: string | null } | null
    items: { id: string; quantity: number; title: string }[]
  }
  stock_location: { id: string; name: string; address?: Record<string, unknown> | null }
  settings: ReturnType<typeof pickupSettingsOf>
}
