/**
 * A counter sale is a Medusa cart in the store's sales channel, marked in its
 * metadata (`channel: "store"`, `store_location_id`, `counter_sale: true`).
 * Its id is the sale's id: the tablet holds it for the whole basket, and every
 * retry of the completion names it, so a retry finds the order already made
 * instead of selling twice. The metadata becomes the order's (Medusa copies
 * it at completion), which is how the analytics read model counts the order
 * as a store sale of that store.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { formatAmount } from "@fairmade/shop-core/lib/money"
import { storeStock } from "./store-stock"

export type TillPayment = { method: "card" | "cash"; amount: string; tendered: string; change: string }

export type CounterSaleMetadata = {
  channel: "store"
  counter_sale: true
  store_location_id: string
  opened_by: string
  till_payment?: TillPayment
  completed_by?: string
}

export const CART_FIELDS = [
  "id",
  "currency_code",
  "region_id",
  "sales_channel_id",
  "email",
  "customer_id",
  "customer.id",
  "customer.email",
  "customer.first_name",
  "customer.last_name",
  "customer.has_account",
  "metadata",
  "completed_at",
  "created_at",
  "total",
  "subtotal",
  "item_subtotal",
  "discount_total",
  "tax_total",
  "items.id",
  "items.title",
  "items.subtitle",
  "items.product_title",
  "items.variant_title",
  "items.variant_id",
  "items.variant_sku",
  "items.variant_barcode",
  "items.quantity",
  "items.unit_price",
  "items.subtotal",
  "items.discount_total",
  "items.total",
  "promotions.code",
]

export type CounterSaleCart = {
  id: string
  currency_code: string
  region_id: string
  sales_channel_id: string
  email: string | null
  customer_id: string | null
  customer: { id: string; email: string; first_name: string | null; last_name: string | null; has_account: boolean } | null
  metadata: CounterSaleMetadata
  completed_at: string | Date | null
  created_at: string | Date
  total: unknown
  subtotal: unknown
  item_subtotal: unknown
  discount_total: unknown
  tax_total: unknown
  items: {
    id: string
    title: string
    subtitle: string | null
    product_title: string | null
    variant_title: string | null
    variant_id: string | null
    variant_sku: string | null
    variant_barcode: string | null
    quantity: unknown
    unit_price: unknown
    subtotal: unknown
    discount_total: unknown
    total: unknown
  }[]
  promotions: { code: string | null }[]
}

export const isCounterSale = (metadata: Record<string, unknown> | null | undefined) =>
  metadata?.channel === "store" && metadata?.counter_sale === true && typeof metadata?.store_location_id === "string"

/** The sale's cart, or 404 (also for a cart that is not a counter sale, or one of a store the member does not work at). */
export async function loadCounterSale(container: MedusaContainer, id: string, storeIds?: string[]): Promise<CounterSaleCart> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: CART_FIELDS, filters: { id } })
  const cart = data[0] as unknown as CounterSaleCart | undefined
  if (!cart || !isCounterSale(cart.metadata) || (storeIds && !storeIds.includes(cart.metadata.store_location_id))) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Counter sale ${id} was not found.`)
  }
  cart.items = (cart.items ?? []).filter(Boolean)
  return cart
}

/** The order the sale became, if it did. */
export async function orderIdOfSale(container: MedusaContainer, cartId: string): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
  return (data[0]?.order_id as string | undefined) ?? null
}

export type CounterSaleLine = {
  id: string
  product_title: string
  variant_title: string | null
  sku: string | null
  barcode: string | null
  variant_id: string | null
  quantity: number
  unit_price: string
  subtotal: string
  discount_total: string
  total: string
  /** Units still free on this store's shelf, beyond this line (null: stock not tracked). */
  in_store: number | null
}

export type CounterSaleReceipt = {
  order_id: string
  display_id: number
  placed_at: string
  status: string
  payment_status: string
  fulfillment_status: string
  sales_channel_id: string
}

export type CounterSaleDetail = {
  id: string
  status: "open" | "completed"
  store: { id: string; name: string; address: string | null }
  currency_code: string
  lines: CounterSaleLine[]
  promo_codes: string[]
  customer: { id: string; email: string; first_name: string | null; last_name: string | null } | null
  totals: { subtotal: string; discount_total: string; tax_total: string; total: string }
  payment: TillPayment | null
  order: CounterSaleReceipt | null
  created_at: string
}

/** What the till shows: lines with this store's stock, totals as strings in the currency's minor unit. */
export async function counterSaleDetail(container: MedusaContainer, id: string, storeIds?: string[]): Promise<CounterSaleDetail> {
  const cart = await loadCounterSale(container, id, storeIds)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const money = (value: unknown) => formatAmount((value ?? 0) as never, cart.currency_code)
  const locationId = cart.metadata.store_location_id
  const { data: locations } = await query.graph({
    entity: "stock_location",
    fields: ["id", "name", "address.address_1", "address.postal_code", "address.city"],
    filters: { id: locationId },
  })
  const location = locations[0] as any
  const address = location?.address ? [location.address.address_1, [location.address.postal_code, location.address.city].filter(Boolean).join(" ")].filter(Boolean).join(", ") : null
  const orderId = await orderIdOfSale(container, cart.id)
  let order: CounterSaleReceipt | null = null
  let totalsSource: { subtotal: unknown; discount_total: unknown; tax_total: unknown; total: unknown; items: CounterSaleCart["items"] } = cart
  if (orderId) {
    const { data: orders } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "display_id",
        "created_at",
        "status",
        "payment_status",
        "fulfillment_status",
        "sales_channel_id",
        "item_subtotal",
        "subtotal",
        "discount_total",
        "tax_total",
        "total",
        "items.id",
        "items.title",
        "items.subtitle",
        "items.product_title",
        "items.variant_title",
        "items.variant_id",
        "items.variant_sku",
        "items.variant_barcode",
        "items.quantity",
        "items.detail.quantity",
        "items.unit_price",
        "items.subtotal",
        "items.discount_total",
        "items.total",
      ],
      filters: { id: orderId },
    })
    const row = orders[0] as any
    if (row) {
      order = {
        order_id: row.id,
        display_id: row.display_id,
        placed_at: new Date(row.created_at).toISOString(),
        status: row.status,
        payment_status: row.payment_status,
        fulfillment_status: row.fulfillment_status,
        sales_channel_id: row.sales_channel_id,
      }
      // An order line's quantity lives on its detail (order_item).
      totalsSource = { ...row, items: (row.items ?? []).filter(Boolean).map((item: any) => ({ ...item, quantity: item.detail?.quantity ?? item.quantity })) }
    }
  }
  const stock = order
    ? new Map<string, number | null>()
    : await storeStock(container, cart.items.map((item) => item.variant_id).filter((id): id is string => !!id), locationId)
  const lines: CounterSaleLine[] = totalsSource.items.map((item) => {
    const quantity = MathBN.convert(item.quantity as number).toNumber()
    const free = item.variant_id ? stock.get(item.variant_id) : null
    return {
      id: item.id,
      product_title: item.product_title ?? item.title,
      variant_title: item.variant_title,
      sku: item.variant_sku,
      barcode: item.variant_barcode,
      variant_id: item.variant_id,
      quantity,
      unit_price: money(item.unit_price),
      subtotal: money(item.subtotal),
      discount_total: money(item.discount_total),
      total: money(item.total),
      in_store: free === undefined || free === null ? null : free,
    }
  })
  return {
    id: cart.id,
    status: order ? "completed" : "open",
    store: { id: locationId, name: location?.name ?? locationId, address },
    currency_code: cart.currency_code,
    lines,
    promo_codes: (cart.promotions ?? []).map((promotion) => promotion?.code).filter((code): code is string => !!code),
    customer: cart.customer && cart.customer_id
      ? { id: cart.customer.id, email: cart.customer.email, first_name: cart.customer.first_name, last_name: cart.customer.last_name }
      : null,
    totals: {
      subtotal: money(totalsSource.subtotal),
      discount_total: money(totalsSource.discount_total),
      tax_total: money(totalsSource.tax_total),
      total: money(totalsSource.total),
    },
    payment: cart.metadata.till_payment ?? null,
    order,
    created_at: new Date(cart.created_at).toISOString(),
  }
}
