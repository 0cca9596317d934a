import type { ProductForSearch, VariantForSearch } from "./product-fields"

/** Currencies the index holds prices in: one price field each (the demo's regions sell in euros and pounds). */
export const SEARCH_CURRENCIES = ["eur", "gbp"] as const
export type SearchCurrency = (typeof SEARCH_CURRENCIES)[number]

/** The price a shopper sees on listings, per currency: the cheapest variant's calculated price and its list price. */
export type PagePrices = Partial<Record<SearchCurrency, { amount: number; original: number }>>

/** A product as the search index holds it (see src/search/product.ts for what each field is for). */
export type ProductSearchDocument = {
  id: string
  handle: string
  title: string
  description: string
  thumbnail: string | null
  status: string
  skus: string[]
  category_ids: string[]
  category_names: string[]
  collection: string | null
  tags: string[]
  colours: string[]
  option_values: string[]
  in_stock_location_ids: string[]
  origin: string | null
  materials: string | null
  sales_channel_ids: string[]
  prices: Partial<Record<SearchCurrency, number>>
  original_prices: Partial<Record<SearchCurrency, number>>
  created_at: string
}

/** The option that holds colours, whatever the merchant called it. */
const COLOUR_OPTION_TITLES = ["colour", "color"]

/** The search document of a product, or null when shoppers must not find it (not published). */
export function toSearchDocument(product: ProductForSearch, locationIds: string[], pagePrices: PagePrices): ProductSearchDocument | null {
  if (product.status !== "published") return null
  const variants = product.variants ?? []
  const metadata = product.metadata ?? {}
  const options = optionsOf(product)
  const prices: ProductSearchDocument["prices"] = {}
  const original_prices: ProductSearchDocument["original_prices"] = {}
  for (const currency of SEARCH_CURRENCIES) {
    const price = pagePrices[currency]
    if (!price) continue
    prices[currency] = price.amount
    original_prices[currency] = price.original
  }
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    description: product.description ?? "",
    thumbnail: product.thumbnail ?? null,
    status: product.status,
    skus: variants.flatMap((variant) => (variant.sku ? [variant.sku] : [])),
    category_ids: (product.categories ?? []).map(({ id }) => id),
    category_names: (product.categories ?? []).map(({ name }) => name),
    collection: product.collection?.title ?? null,
    tags: (product.tags ?? []).map((tag) => tag.value),
    colours: COLOUR_OPTION_TITLES.flatMap((title) => options[title] ?? []),
    option_values: Object.values(options).flat(),
    in_stock_location_ids: locationIds.filter((locationId) => variants.some((variant) => isSellableAt(variant, locationId))),
    origin: typeof metadata.origin === "string" ? metadata.origin : null,
    materials: typeof metadata.materials === "string" ? metadata.materials : null,
    sales_channel_ids: (product.sales_channels ?? []).map((channel) => channel.id),
    prices,
    original_prices,
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

/**
 * The listing price of a product in one region: its cheapest variant's
 * calculated price (sales and price lists included, as Medusa prices the
 * listing page), with that variant's original price.
 */
export function cheapestCalculatedPrice(
  variants: { calculated_price?: { calculated_amount?: unknown; original_amount?: unknown } | null }[] | null | undefined,
): { amount: number; original: number } | undefined {
  let best: { amount: number; original: number } | undefined
  for (const variant of variants ?? []) {
    const calculated = variant.calculated_price
    if (calculated?.calculated_amount == null) continue
    const amount = Number(calculated.calculated_amount)
    const original = calculated.original_amount == null ? amount : Number(calculated.original_amount)
    if (!best || amount < best.amount) best = { amount, original: Math.max(original, amount) }
  }
  return best
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
