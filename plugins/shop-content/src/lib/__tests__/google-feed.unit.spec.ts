import { feedItems, feedPrice, googleFeedXml, type FeedProduct } from "../google-feed"

const product = (overrides: Partial<FeedProduct> = {}): FeedProduct => ({
  id: "prod_1",
  handle: "heart-of-wicker",
  title: "Heart of Wicker",
  description: "A heart <woven> by hand & dried.",
  image: "https://shop.test/static/products/heart.svg",
  category: "Home Decor",
  variants: [
    { id: "variant_1", title: "Large", sku: "22469", barcode: null, ean: "4006381333931", upc: null, price: 4.25, original_price: 4.25, available: true },
    { id: "variant_2", title: "Small", sku: null, barcode: null, ean: null, upc: null, price: 2.1, original_price: 2.95, available: false },
  ],
  ...overrides,
})

describe("Google Merchant Center feed", () => {
  it("formats prices with two decimals and the currency, without float drift", () => {
    expect(feedPrice(4.9, "eur")).toBe("4.90 EUR")
    expect(feedPrice(0.1 + 0.2, "gbp")).toBe("0.30 GBP")
    expect(feedPrice(12, "eur")).toBe("12.00 EUR")
  })

  it("makes one item per variant with the required fields, a sale price and an identifier", () => {
    const [large, small] = feedItems([product()], { storefrontUrl: "https://shop.test/", currencyCode: "eur" })
    expect(large).toEqual({
      id: "22469",
      item_group_id: "prod_1",
      title: "Heart of Wicker – Large",
      description: "A heart <woven> by hand & dried.",
      link: "https://shop.test/products/heart-of-wicker?variant=variant_1",
      image_link: "https://shop.test/static/products/heart.svg",
      availability: "in_stock",
      price: "4.25 EUR",
      sale_price: null,
      brand: "Fairmade",
      gtin: "4006381333931",
      mpn: "22469",
      identifier_exists: "yes",
      product_type: "Home Decor",
    })
    expect(small).toEqual(expect.objectContaining({ id: "variant_2", availability: "out_of_stock", price: "2.95 EUR", sale_price: "2.10 EUR", identifier_exists: "no" }))
  })

  it("leaves out what cannot be listed: no price, or no picture", () => {
    expect(feedItems([product({ image: null })], { storefrontUrl: "https://shop.test", currencyCode: "eur" })).toEqual([])
  })

  it("writes escaped RSS 2.0 with the g: namespace", () => {
    const xml = googleFeedXml(feedItems([product()], { storefrontUrl: "https://shop.test", currencyCode: "eur" }), { storefrontUrl: "https://shop.test", title: "Fairmade" })
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:g="http://base.google.com/ns/1.0">')).toBe(true)
    expect(xml).toContain("<g:description>A heart &lt;woven&gt; by hand &amp; dried.</g:description>")
    expect(xml).toContain("<g:sale_price>2.10 EUR</g:sale_price>")
    expect(xml).not.toContain("<g:gtin></g:gtin>")
    expect(xml.match(/<item>/g)).toHaveLength(2)
  })
})
