import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { pickupSettingsOf } from "../../lib/store-settings"

const ORDER_FIELDS = [
  "id",
  "display_id",
  "email",
  "status",
  "currency_code",
  // An order-level total in the fields is what makes Medusa compute totals, the items' included.
  "total",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "billing_address.last_name",
  "items.id",
  // Order item quantities live on the item's "detail" (order_item), not on the line item.
  "items.detail.quantity",
  "items.title",
  // What a short pick refunds: the line's total after promotions, and its adjustments to scale down.
  "items.unit_price",
  "items.subtotal",
  "items.total",
  "items.discount_total",
  "items.tax_total",
  "items.adjustments.id",
  "items.adjustments.amount",
  "items.adjustments.code",
  "items.adjustments.description",
  "items.adjustments.promotion_id",
  "items.adjustments.is_tax_inclusive",
]

const PICKUP_FIELDS = [
  "id",
  "status",
  "order_id",
  "location_id",
  "ship_to_store",
  "expires_at",
  "pending_action",
  "pending_plan",
  "stock_location.id",
  "stock_location.name",
  "stock_location.metadata",
  "stock_location.address.*",
]

export type ItemAdjustment = {
  amount: string
  code?: string | null
  description?: string | null
  promotion_id?: string | null
  is_tax_inclusive?: boolean | null
}

type OrderItemRow = {
  id: string
  title: string
  quantity?: unknown
  detail?: { quantity?: unknown } | null
  unit_price?: unknown
  subtotal?: unknown
  total?: unknown
  discount_total?: unknown
  tax_total?: unknown
  adjustments?: ({ amount?: unknown; code?: string | null; description?: string | null; promotion_id?: string | null; is_tax_inclusive?: boolean | null } | null)[] | null
} | null

// Amounts travel as strings in workflow data: exact, and serialisable for the execution store.
const decimal = (value: unknown) => (value === null || value === undefined ? "0" : String(value))

export const quantified = (item: OrderItemRow) => ({
  id: item!.id,
  title: item!.title,
  quantity: Number(item!.detail?.quantity ?? item!.quantity),
  unit_price: decimal(item!.unit_price),
  subtotal: decimal(item!.subtotal),
  total: decimal(item!.total),
  discount_total: decimal(item!.discount_total),
  tax_total: decimal(item!.tax_total),
  adjustments: (item!.adjustments ?? []).flatMap((adjustment): ItemAdjustment[] =>
    adjustment
      ? [
          {
            amount: decimal(adjustment.amount),
            code: adjustment.code ?? null,
            description: adjustment.description ?? null,
            promotion_id: adjustment.promotion_id ?? null,
            is_tax_inclusive: adjustment.is_tax_inclusive ?? false,
          },
        ]
      : [],
  ),
})

export type PickupOrderItem = ReturnType<typeof quantified>

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
  /** Set while a hand-over or short pick is under way (or was interrupted by a crash). */
  pending_action: "hand_over" | "short_pick" | null
  pending_plan: Record<string, unknown> | null
  order: {
    id: string
    display_id: number
    email: string | null
    status: string
    currency_code: string
    shipping_address?: { first_name?: string | null; last_name?: string | null } | null
    billing_address?: { last_name?: string | null } | null
    items: PickupOrderItem[]
  }
  stock_location: { id: string; name: string; address?: Record<string, unknown> | null }
  settings: ReturnType<typeof pickupSettingsOf>
}
