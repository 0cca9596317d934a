/**
 * Google Merchant Center product feed (RSS 2.0 with the g: namespace), built from the
 * catalogue. One item per variant, grouped by product (item_group_id).
 * Required: id, title, description, link, image_link, availability, price; brand and
 * gtin or mpn identify the product; sale_price when a sale lowers the price.
 */
export type FeedVariant = {
  id: string
  title: string
  sku: string | null
  barcode: string | null
  ean: string | null
  upc: string | null
  /** Major units, as Medusa holds them (4.9 is 4.90). */
  price: number | null
  original_price: number | null
  available: boolean
}

export type FeedProduct = {
  id: string
  handle: string
  title: string
  description: string | null
  image: string | null
  category: string | null
  variants: FeedVariant[]
}

export type FeedItem = {
  id: string
  item_group_id: string
  title: string
  description: string
  link: string
  image_link: string
  availability: "in_stock" | "out_of_stock"
  price: string
  sale_price: string | null
  brand: string
  gtin: string | null
  mpn: string | null
  identifier_exists: "yes" | "no"
  product_type: string | null
}

export const FEED_BRAND = "Fairmade"

const escapeXml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[char]!)
    // Characters XML 1.0 forbids.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "")

/** "12.50 EUR": two decimals from the major-unit amount, without floating-point drift. */
export function feedPrice(amount: number, currencyCode: string): string {
  const cents = Math.round(amount * 100)
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")} ${currencyCode.toUpperCase()}`
}

const validGtin = (value: string | null) => (value && /^\d{8}$|^\d{12,14}$/.test(value.trim()) ? value.trim() : null)

export function feedItems(products: FeedProduct[], { storefrontUrl, currencyCode }: { storefrontUrl: string; currencyCode: string }): FeedItem[] {
  const base = storefrontUrl.replace(/\/$/, "")
  return products.flatMap((product) =>
    product.variants.flatMap((variant): FeedItem[] => {
      if (variant.price === null || !product.image) return []
      const onSale = variant.original_price !== null && variant.original_price > variant.price
      const gtin = validGtin(variant.ean) ?? validGtin(variant.upc) ?? validGtin(variant.barcode)
      const mpn = variant.sku ?? null
      const several = product.variants.length > 1
      return [
        {
          id: variant.sku ?? variant.id,
          item_group_id: product.id,
          title: several && variant.title ? `${product.title} – ${variant.title}` : product.title,
          description: (product.description ?? product.title).slice(0, 5000),
          link: `${base}/products/${encodeURIComponent(product.handle)}${several ? `?variant=${encodeURIComponent(variant.id)}` : ""}`,
          image_link: product.image,
          availability: variant.available ? "in_stock" : "out_of_stock",
          price: feedPrice(onSale ? variant.original_price! : variant.price, currencyCode),
          sale_price: onSale ? feedPrice(variant.price, currencyCode) : null,
          brand: FEED_BRAND,
          gtin,
          mpn,
          identifier_exists: gtin || mpn ? "yes" : "no",
          product_type: product.category,
        },
      ]
    }),
  )
}

export function googleFeedXml(items: FeedItem[], { storefrontUrl, title }: { storefrontUrl: string; title: string }): string {
  const tag = (name: string, value: string | null) => (value === null ? "" : `<g:${name}>${escapeXml(value)}</g:${name}>`)
  const entries = items.map(
    (item) =>
      `<item>${tag("id", item.id)}${tag("item_group_id", item.item_group_id)}<title>${escapeXml(item.title)}</title>` +
      `<description>${escapeXml(item.description)}</description><link>${escapeXml(item.link)}</link>` +
      `${tag("title", item.title)}${tag("description", item.description)}${tag("link", item.link)}${tag("image_link", item.image_link)}` +
      `${tag("availability", item.availability)}${tag("price", item.price)}${tag("sale_price", item.sale_price)}` +
      `${tag("brand", item.brand)}${tag("gtin", item.gtin)}${tag("mpn", item.mpn)}${tag("identifier_exists", item.identifier_exists)}` +
      `${tag("condition", "new")}${tag("product_type", item.product_type)}</item>`,
  )
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:g="http://base.google.com/ns/1.0"><channel>` +
    `<title>${escapeXml(title)}</title><link>${escapeXml(storefrontUrl)}</link><description>${escapeXml(title)} products</description>\n` +
    entries.join("\n") +
    `\n</channel></rss>\n`
  )
}
