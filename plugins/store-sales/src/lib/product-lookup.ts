/**
 * Product lookup at the till: a scanned or typed code (SKU, barcode, EAN, UPC)
 * matches exactly; anything else searches product names. Each hit carries its
 * price in the store's region and the units free on this store's shelf.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, QueryContext } from "@medusajs/framework/utils"
import { formatAmount } from "@fairmade/shop-core/lib/money"
import type { StoreChannel } from "./store-channel"
import { storeStock } from "./store-stock"

export type LookupHit = {
  variant_id: string
  product_title: string
  variant_title: string | null
  sku: string | null
  barcode: string | null
  thumbnail: string | null
  price: string | null
  currency_code: string
  in_store: number | null
}

/** Variants whose code is exactly `code` (SKU, barcode, EAN or UPC). */
export async function variantIdsByCode(container: MedusaContainer, code: string, take = 10): Promise<string[]> {
  const variants = await container.resolve(Modules.PRODUCT).listProductVariants(
    { $or: [{ sku: code }, { barcode: code }, { ean: code }, { upc: code }] } as never,
    { select: ["id"], take },
  )
  return variants.map((variant) => variant.id)
}

export async function lookupProducts(container: MedusaContainer, q: string, channel: StoreChannel, limit = 10) {
  const term = q.trim()
  let match: "code" | "name" = "code"
  let variantIds = await variantIdsByCode(container, term, limit)
  if (!variantIds.length) {
    match = "name"
    const products = await container
      .resolve(Modules.PRODUCT)
      .listProducts({ q: term, status: "published" } as never, { select: ["id"], relations: ["variants"], take: limit })
    variantIds = products.flatMap((product) => (product.variants ?? []).map((variant) => variant.id)).slice(0, limit * 3)
  }
  const hits = await describeVariants(container, variantIds, channel)
  return { match, hits }
}

export async function describeVariants(container: MedusaContainer, variantIds: string[], channel: StoreChannel): Promise<LookupHit[]> {
  if (!variantIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data }, stock] = await Promise.all([
    query.graph({
      entity: "product_variant",
      fields: ["id", "title", "sku", "barcode", "thumbnail", "product.title", "product.thumbnail", "product.status", "calculated_price.calculated_amount"],
      filters: { id: variantIds },
      context: { calculated_price: QueryContext({ region_id: channel.region_id, currency_code: channel.currency_code }) },
    }),
    storeStock(container, variantIds, channel.location_id),
  ])
  const order = new Map(variantIds.map((id, index) => [id, index]))
  return (data as any[])
    .filter((variant) => variant.product?.status === "published")
    .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
    .map((variant) => {
      const price = variant.calculated_price?.calculated_amount
      return {
        variant_id: variant.id,
        product_title: variant.product?.title ?? variant.title,
        variant_title: variant.title ?? null,
        sku: variant.sku ?? null,
        barcode: variant.barcode ?? null,
        thumbnail: variant.thumbnail ?? variant.product?.thumbnail ?? null,
        price: price === null || price === undefined ? null : formatAmount(price, channel.currency_code),
        currency_code: channel.currency_code,
        in_store: stock.get(variant.id) ?? null,
      }
    })
}
