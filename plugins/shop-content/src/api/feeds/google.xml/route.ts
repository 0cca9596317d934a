import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, getVariantAvailability, Modules, QueryContext } from "@medusajs/framework/utils"
import { feedItems, googleFeedXml, type FeedProduct } from "../../../lib/google-feed"

/**
 * GET /feeds/google.xml?currency=eur|gbp: the Google Merchant Center feed of the web
 * shop's published products, priced in the region of that currency (default: the
 * store's default region). The storefront serves it at its own /feeds/google.xml.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [store] = await req.scope.resolve(Modules.STORE).listStores({}, { take: 1 })
  const { data: regions } = await query.graph({ entity: "region", fields: ["id", "currency_code"] })
  const wanted = typeof req.query.currency === "string" ? req.query.currency.toLowerCase() : null
  const region =
    (regions as any[]).find((candidate) => candidate.currency_code === wanted) ??
    (regions as any[]).find((candidate) => candidate.id === store?.default_region_id) ??
    regions[0]
  if (!region) {
    res.status(404).json({ type: "not_found", message: "The shop has no region to price its products in." })
    return
  }
  const salesChannelId = store?.default_sales_channel_id
  const { data: products } = await query.graph({
    entity: "product",
    fields: [
      "id", "handle", "title", "description", "thumbnail", "status", "categories.name", "sales_channels.id",
      "variants.id", "variants.title", "variants.sku", "variants.barcode", "variants.ean", "variants.upc",
      "variants.calculated_price.calculated_amount", "variants.calculated_price.original_amount",
    ],
    filters: { status: "published" },
    context: { variants: { calculated_price: QueryContext({ region_id: region.id, currency_code: region.currency_code }) } },
  })
  const sold = (products as any[]).filter(
    (product) => !salesChannelId || (product.sales_channels ?? []).some((channel: any) => channel?.id === salesChannelId),
  )
  const variantIds = sold.flatMap((product) => product.variants.map((variant: any) => variant.id))
  const availability = salesChannelId && variantIds.length
    ? await getVariantAvailability(query, { variant_ids: variantIds, sales_channel_id: salesChannelId })
    : {}
  const storefrontUrl = process.env.STOREFRONT_URL ?? "http://localhost:4321"
  const backendUrl = process.env.BACKEND_URL ?? "http://localhost:9000"
  const absolute = (url: string | null) => (!url ? null : /^https?:\/\//.test(url) ? url : `${backendUrl}${url.startsWith("/") ? "" : "/"}${url}`)
  const feedProducts: FeedProduct[] = sold.map((product) => ({
    id: product.id,
    handle: product.handle,
    title: product.title,
    description: product.description ?? null,
    image: absolute(product.thumbnail ?? null),
    category: product.categories?.[0]?.name ?? null,
    variants: product.variants.map((variant: any) => {
      const stock = (availability as Record<string, { availability: number } | undefined>)[variant.id]
      const price = variant.calculated_price?.calculated_amount
      const original = variant.calculated_price?.original_amount
      return {
        id: variant.id,
        title: variant.title,
        sku: variant.sku ?? null,
        barcode: variant.barcode ?? null,
        ean: variant.ean ?? null,
        upc: variant.upc ?? null,
        price: price === null || price === undefined ? null : Number(price),
        original_price: original === null || original === undefined ? null : Number(original),
        available: stock === undefined ? true : Number(stock.availability) > 0,
      }
    }),
  }))
  const xml = googleFeedXml(feedItems(feedProducts, { storefrontUrl, currencyCode: region.currency_code }), { storefrontUrl, title: "Fairmade" })
  res.setHeader("Content-Type", "application/xml; charset=utf-8")
  res.setHeader("Cache-Control", "public, max-age=900")
  res.send(xml)
}
