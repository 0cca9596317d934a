import type { ProductSearchDocument } from "../../plugins/product-search/src/lib/product-document"

/** A fixture as written below: categories, options, stock and prices as a merchant thinks of them. */
type FixtureProduct = {
  id: string
  handle: string
  title: string
  description: string
  thumbnail: string | null
  categories: { id: string; name: string }[]
  collection: string | null
  tags: string[]
  options: Record<string, string[]>
  skus: string[]
  prices: Record<string, number>
  in_stock_locations: { id: string; name: string }[]
  origin: string | null
  materials: string | null
  sales_channel_ids: string[]
  created_at: string
}

const STORE = { id: "sloc_parisstore", name: "Paris Le Marais" }
const WAREHOUSE = { id: "sloc_warehouse", name: "Warehouse" }

const fixture = (fields: Partial<FixtureProduct> & Pick<FixtureProduct, "id" | "title">): FixtureProduct => ({
  handle: fields.title.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
  description: "",
  thumbnail: null,
  categories: [],
  collection: null,
  tags: [],
  options: {},
  skus: [],
  prices: {},
  in_stock_locations: [WAREHOUSE],
  origin: "Made in our Lyon workshop",
  materials: null,
  sales_channel_ids: ["sc_web"],
  created_at: "2024-01-01T00:00:00.000Z",
  ...fields,
})

/** The fixture as the product index holds it (lib/product-document.ts makes the same from a real product). */
const product = (fields: Partial<FixtureProduct> & Pick<FixtureProduct, "id" | "title">): ProductSearchDocument => {
  const { categories, options, in_stock_locations, prices, ...rest } = fixture(fields)
  return {
    ...rest,
    status: "published",
    category_ids: categories.map(({ id }) => id),
    category_names: categories.map(({ name }) => name),
    colours: options.colour ?? [],
    option_values: Object.values(options).flat(),
    in_stock_location_ids: in_stock_locations.map(({ id }) => id),
    prices,
    original_prices: prices,
  }
}

const candles = { id: "pcat_candles", name: "Candles & Lighting" }
const kitchen = { id: "pcat_kitchen", name: "Kitchen & Dining" }
const bags = { id: "pcat_bags", name: "Bags" }

/** A small catalogue whose expected answers are easy to count by hand. */
export const SEARCH_FIXTURES: ProductSearchDocument[] = [
  product({
    id: "prod_heart_holder",
    title: "Hanging Heart T-Light Holder",
    description: "It casts a warm, flickering glow. Available in Red & White.",
    categories: [candles],
    tags: ["hearts"],
    options: { colour: ["Red", "White"] },
    skus: ["85123A-WHITE", "21733-RED"],
    prices: { eur: 3.5, gbp: 2.95 },
    in_stock_locations: [WAREHOUSE, STORE],
    created_at: "2024-03-01T00:00:00.000Z",
  }),
  product({
    id: "prod_lantern",
    title: "White Metal Lantern",
    description: "A lantern for the garden table.",
    categories: [candles],
    options: { colour: ["White"] },
    prices: { eur: 8.5, gbp: 7.5 },
  }),
  product({
    id: "prod_cakestand",
    title: "Regency Cakestand 3 Tier",
    description: "Three tiers of <fine> bone china.",
    categories: [kitchen],
    prices: { eur: 15, gbp: 12.75 },
    in_stock_locations: [WAREHOUSE, STORE],
    created_at: "2024-05-01T00:00:00.000Z",
  }),
  product({
    id: "prod_jumbo_bag",
    title: "Jumbo Bag Red Retrospot",
    description: "A roomy shopper.",
    categories: [bags],
    options: { colour: ["Red"] },
    prices: { eur: 2.5, gbp: 2.1 },
    in_stock_locations: [],
  }),
  product({
    id: "prod_lunch_bag",
    title: "Lunch Bag Pink Polkadot",
    description: "For school and office.",
    categories: [bags],
    options: { colour: ["Pink"] },
    prices: { eur: 2.2, gbp: 1.95 },
  }),
  product({
    id: "prod_wicker_heart",
    title: "Heart Of Wicker Large",
    description: "Woven by hand.",
    categories: [candles],
    tags: ["hearts"],
    prices: { eur: 4.5, gbp: 3.95 },
    in_stock_locations: [STORE],
  }),
]

export const FIXTURE_IDS = { candles: candles.id, kitchen: kitchen.id, bags: bags.id, store: STORE.id, warehouse: WAREHOUSE.id, salesChannel: "sc_web" }
