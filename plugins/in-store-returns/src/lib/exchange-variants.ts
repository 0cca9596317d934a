import type { IInventoryService, RemoteQueryFunction } from "@medusajs/framework/types"
import { MathBN, QueryContext } from "@medusajs/framework/utils"
import type { ExchangeVariant } from "./exchange-plan"
import type { OrderForReturns } from "./order-for-returns"

export type ExchangeVariantFilter = { variant_ids?: string[]; product_ids?: string[] }

/**
 * Variants as the counter of one store sees them for an exchange: the price they sell
 * at in the order's region and currency, and how many units the store can hand over
 * now (its stocked minus reserved units; a kit counts its scarcest part).
 */
export async function loadExchangeVariants(
  query: Omit<RemoteQueryFunction, symbol>,
  inventory: IInventoryService,
  filter: ExchangeVariantFilter,
  context: { location_id: string; region_id: string | null; currency_code: string },
): Promise<ExchangeVariant[]> {
  const ids = filter.variant_ids?.length ? { id: filter.variant_ids } : filter.product_ids?.length ? { product_id: filter.product_ids } : null
  if (!ids) return []
  const { data } = await query.graph({
    entity: "product_variant",
    fields: [
      "id", "title", "sku", "product_id", "product.title", "manage_inventory", "allow_backorder",
      "inventory_items.inventory_item_id", "inventory_items.required_quantity",
      "calculated_price.calculated_amount",
    ],
    filters: ids,
    context: {
      calculated_price: QueryContext({
        currency_code: context.currency_code,
        ...(context.region_id && { region_id: context.region_id }),
      }),
    },
  })
  return Promise.all(
    (data as any[]).map(async (variant) => {
      const links = (variant.inventory_items ?? []).map((link: any) => ({
        inventory_item_id: link.inventory_item_id as string,
        required_quantity: Number(link.required_quantity ?? 1),
      }))
      let available: number | null = null
      if (variant.manage_inventory) {
        const perPart = await Promise.all(
          links.map(async (link: { inventory_item_id: string; required_quantity: number }) => {
            const levels = await inventory.listInventoryLevels({ inventory_item_id: link.inventory_item_id, location_id: context.location_id })
            if (!levels.length) return 0
            const units = await inventory.retrieveAvailableQuantity(link.inventory_item_id, [context.location_id])
            return Math.floor(MathBN.convert(units).toNumber() / link.required_quantity)
          }),
        )
        available = perPart.length ? Math.max(0, Math.min(...perPart)) : 0
      }
      const amount = variant.calculated_price?.calculated_amount
      return {
        id: variant.id,
        product_id: variant.product_id,
        product_title: variant.product?.title ?? null,
        title: variant.title ?? null,
        sku: variant.sku ?? null,
        manage_inventory: !!variant.manage_inventory,
        allow_backorder: !!variant.allow_backorder,
        price: amount === null || amount === undefined ? null : MathBN.convert(amount).toString(),
        available_quantity: available,
        inventory_items: links,
      }
    }),
  )
}

export type ExchangeOption = {
  variant_id: string
  title: string
  sku: string | null
  price: number | null
  available_quantity: number | null
  // Why the counter cannot hand it over for this line, or null when it can.
  why_not: "dearer" | "out_of_stock" | "no_price" | null
}

/**
 * For each line of a return, the variants of its product the store could hand over
 * instead of a refund (the exchange rule of `planExchange`), for the staff screen.
 */
export async function exchangeOptionsFor(
  query: Omit<RemoteQueryFunction, symbol>,
  inventory: IInventoryService,
  order: OrderForReturns,
  itemIds: string[],
  locationId: string,
): Promise<Record<string, ExchangeOption[]>> {
  const lines = order.items.filter((item) => itemIds.includes(item.id) && item.product_id)
  const variants = await loadExchangeVariants(
    query,
    inventory,
    { product_ids: [...new Set(lines.map((line) => line.product_id as string))] },
    { location_id: locationId, region_id: order.region_id ?? null, currency_code: order.currency_code },
  )
  const options: Record<string, ExchangeOption[]> = {}
  for (const line of lines) {
    const paid = MathBN.convert(line.raw_unit_price ?? line.unit_price ?? 0)
    options[line.id] = variants
      .filter((variant) => variant.product_id === line.product_id)
      .map((variant) => ({
        variant_id: variant.id,
        title: variant.title ?? variant.product_title ?? variant.id,
        sku: variant.sku,
        price: variant.price === null ? null : Number(variant.price),
        available_quantity: variant.available_quantity,
        why_not:
          variant.price === null ? "no_price"
          : MathBN.gt(variant.price, paid) ? "dearer"
          : variant.available_quantity !== null && !variant.allow_backorder && variant.available_quantity < 1 ? "out_of_stock"
          : null,
      }))
  }
  return options
}
