/** How a product becomes a search document: prices, stock per location, options. Pure, no database. */
import { toSearchDocument } from "../../plugins/product-search/src/lib/product-document"
import type { ProductForSearch } from "../../plugins/product-search/src/lib/product-fields"

const LOCATIONS = new Map([
  ["sloc_warehouse", "Warehouse"],
  ["sloc_london", "London Covent Garden"],
])
const level = (location_id: string, stocked_quantity: number, reserved_quantity = 0) => ({ location_id, stocked_quantity, reserved_quantity })

const product = (changes: Partial<ProductForSearch> = {}): ProductForSearch => ({
  id: "prod_1",
  handle: "heart-holder",
  title: "Hanging Heart T-Light Holder",
  description: "Warm glow.",
  thumbnail: null,
  status: "published",
  metadata: { origin: "Made in our Lyon workshop", materials: "Zinc" },
  created_at: "2024-01-01T00:00:00.000Z",
  categories: [{ id: "pcat_candles", name: "Candles & Lighting" }],
  options: [{ title: "Colour", values: [{ value: "Red" }, { value: "White" }] }],
  variants: [
    {
      sku: "RED",
      manage_inventory: true,
      allow_backorder: false,
      prices: [
        { amount: 4, currency_code: "eur" },
        { amount: 2, currency_code: "eur", price_list_id: "plist_sale" },
        { amount: 3.5, currency_code: "gbp" },
      ],
      inventory_items: [{ required_quantity: 1, inventory: { location_levels: [level("sloc_warehouse", 5, 5), level("sloc_london", 2)] } }],
    },
    {
      sku: "WHITE",
      manage_inventory: true,
      allow_backorder: false,
      prices: [{ amount: 3, currency_code: "EUR" }],
      inventory_items: [{ required_quantity: 1, inventory: { location_levels: [level("sloc_warehouse", 0)] } }],
    },
  ],
  ...changes,
})

describe("search documents from products", () => {
  it("keeps the lowest list price per currency, ignoring price-list prices", () => {
    expect(toSearchDocument(product(), LOCATIONS)!.prices).toEqual({ eur: 3, gbp: 3.5 })
  })

  it("counts a location as in stock only where some variant has unreserved units", () => {
    expect(toSearchDocument(product(), LOCATIONS)!.in_stock_locations).toEqual([{ id: "sloc_london", name: "London Covent Garden" }])
  })

  it("treats untracked variants as available everywhere", () => {
    const untracked = product({ variants: [{ sku: "X", manage_inventory: false, allow_backorder: false, prices: [] }] })
    expect(toSearchDocument(untracked, LOCATIONS)!.in_stock_locations.map((location) => location.id)).toEqual(["sloc_warehouse", "sloc_london"])
  })

  it("indexes colours, SKUs, origin and materials, but not the placeholder option of single-variant products", () => {
    const document = toSearchDocument(product(), LOCATIONS)!
    expect(document).toMatchObject({ options: { colour: ["Red", "White"] }, skus: ["RED", "WHITE"], origin: "Made in our Lyon workshop", materials: "Zinc" })
    const single = toSearchDocument(product({ options: [{ title: "Default", values: [{ value: "Default" }] }] }), LOCATIONS)!
    expect(single.options).toEqual({})
  })

  it("leaves unpublished products out", () => {
    expect(toSearchDocument(product({ status: "draft" }), LOCATIONS)).toBeNull()
  })
})
