import type { SearchDocument } from "../../plugins/product-search/src/modules/product-search/types"

const STORE = { id: "sloc_store_paris", name: "Paris Le Marais" }
const WAREHOUSE = { id: "sloc_warehouse", name: "Warehouse" }

const product = (fields: Partial<SearchDocument> & Pick<SearchDocument, "id" | "title">): SearchDocument => ({
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

const candles = { id: "pcat_candles", name: "Candles & Lighting" }
const kitchen = { id: "pcat_kitchen", name: "Kitchen & Dining" }
const bags = { id: "pcat_bags", name: "Bags" }

/** A small catalogue whose expected answers are easy to count by hand. */
export const SEARCH_FIXTURES: SearchDocument[] = [
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

export const FIXTURE_IDS = { candles: candles.id, kitchen: kitchen.id, bags: bags.id, store: STORE.id, warehouse: WAREHOUSE.id }
