import type { SearchDocument } from "../modules/product-search/types"
import type { ProductForSearch, VariantForSearch } from "./product-fields"

export type StockLocationNames = Map<string, string>

/** The search document of a product, or null when shoppers must not find it (not published). */
export function toSearchDocument(product: ProductForSearch, locations: StockLocationNames): SearchDocument | null {
  if (product.status !== "published") return null
  const variants = product.variants ?? []
  const metadata = product.metadata ?? {}
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    description: product.description ?? "",
    thumbnail: product.thumbnail ?? null,
    categories: (product.categories ?? []).map(({ id, name }) => ({ id, name })),
    collection: product.collection?.title ?? null,
    tags: (product.tags ?? []).map((tag) => tag.value),
    options: optionsOf(product),
    skus: variants.flatMap((variant) => (variant.sku ? [variant.sku] : [])),
    prices: lowestPrices(variants),
    in_stock_locations: [...locations]
      .filter(([locationId]) => variants.some((variant) => isSellableAt(variant, locationId)))
      .map(([id, name]) => ({ id, name })),
    origin: typeof metadata.origin === "string" ? metadata.origin : null,
    materials: typeof metadata.materials === "string" ? metadata.materials : null,
    sales_channel_ids: (product.sales_channels ?? []).map((channel) => channel.id),
    created_at: new Date(product.created_at).toISOString(),
  }
}

/** Option values by lower-case title, leaving out the placeholder option of single-variant products. */
function optionsOf(product: ProductForSearch): Record<string, string[]> {
  const options: Record<string, string[]> = {}
  for (const option of product.options ?? []) {
    const values = (option.values ?? []).map((value) => value.value)
    if (option.title === "Default" && values.every((value) => value === "Default")) continue
    options[option.title.toLowerCase()] = values
  }
  return options
}

/** The lowest list price per currency: no price-list or rule-bound prices (those depend on the customer). */
function lowestPrices(variants: VariantForSearch[]): Record<string, number> {
  const prices: Record<string, number> = {}
  for (const price of variants.flatMap((variant) => variant.prices ?? [])) {
    if (price.price_list_id || (price.rules_count ?? 0) > 0) continue
    const currency = price.currency_code.toLowerCase()
    prices[currency] = Math.min(prices[currency] ?? Infinity, Number(price.amount))
  }
  return prices
}

/** Whether a variant can be sold from a location now: untracked, backorderable, or every part in stock there. */
function isSellableAt(variant: VariantForSearch, locationId: string): boolean {
  if (!variant.manage_inventory || variant.allow_backorder) return true
  const items = variant.inventory_items ?? []
  return (
    items.length > 0 &&
    items.every((item) => {
      const level = item.inventory?.location_levels?.find((candidate) => candidate.location_id === locationId)
      return !!level && Number(level.stocked_quantity) - Number(level.reserved_quantity) >= (item.required_quantity ?? 1)
    })
  )
}
