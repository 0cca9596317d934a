/** How a product becomes a search document: prices, stock per location, options. Pure, no database. */
import { cheapestCalculatedPrice, toSearchDocument } from "../../plugins/product-search/src/lib/product-document"
import type { ProductForSearch } from "../../plugins/product-search/src/lib/product-fields"

const LOCATIONS = ["sloc_warehouse", "sloc_london"]
const PRICES = { eur: { amount: 3, original: 4 }, gbp: { amount: 3.5, original: 3.5 } }
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
      inventory_items: [{ required_quantity: 1, inventory: { location_levels: [level("sloc_warehouse", 5, 5), level("sloc_london", 2)] } }],
    },
    {
      sku: "WHITE",
      manage_inventory: true,
      allow_backorder: false,
      inventory_items: [{ required_quantity: 1, inventory: { location_levels: [level("sloc_warehouse", 0)] } }],
    },
  ],
  ...changes,
})

describe("search documents from products", () => {
  it("prices a product as listings do: the cheapest variant's calculated price, with its price before a sale", () => {
    const variants = [
      { calculated_price: { calculated_amount: 4, original_amount: 4 } },
      { calculated_price: { calculated_amount: 2.5, original_amount: 3.9 } },
      { calculated_price: null },
    ]
    expect(cheapestCalculatedPrice(variants)).toEqual({ amount: 2.5, original: 3.9 })
    expect(cheapestCalculatedPrice([])).toBeUndefined()
    const document = toSearchDocument(product(), LOCATIONS, PRICES)!
    expect(document.prices).toEqual({ eur: 3, gbp: 3.5 })
    expect(document.original_prices).toEqual({ eur: 4, gbp: 3.5 })
  })

  it("counts a location as in stock only where some variant has unreserved units", () => {
    expect(toSearchDocument(product(), LOCATIONS, PRICES)!.in_stock_location_ids).toEqual(["sloc_london"])
  })

  it("treats untracked variants as available everywhere", () => {
    const untracked = product({ variants: [{ sku: "X", manage_inventory: false, allow_backorder: false }] })
    expect(toSearchDocument(untracked, LOCATIONS, PRICES)!.in_stock_location_ids).toEqual(["sloc_warehouse", "sloc_london"])
  })

  it("indexes colours, SKUs, origin and materials, but not the placeholder option of single-variant products", () => {
    const document = toSearchDocument(product(), LOCATIONS, PRICES)!
    expect(document).toMatchObject({ colours: ["Red", "White"], option_values: ["Red", "White"], skus: ["RED", "WHITE"], origin: "Made in our Lyon workshop", materials: "Zinc" })
    expect(document.category_ids).toEqual(["pcat_candles"])
    expect(document.category_names).toEqual(["Candles & Lighting"])
    const single = toSearchDocument(product({ options: [{ title: "Default", values: [{ value: "Default" }] }] }), LOCATIONS, PRICES)!
    expect(single.option_values).toEqual([])
  })

  it("leaves unpublished products out", () => {
    expect(toSearchDocument(product({ status: "draft" }), LOCATIONS, PRICES)).toBeNull()
  })
})
